import { open } from 'node:fs/promises';

const EOCD_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
/** The end record sits in the last 22 bytes plus at most a 65,535-byte comment. */
const TAIL_BYTES = EOCD_SIZE + 0xffff;
/** Central directories larger than this are not read (an OFD's is a few kilobytes). */
const MAX_DIRECTORY_BYTES = 8 * 1024 * 1024;

/**
 * The entry names in a ZIP file's central directory, read from disk without unpacking anything; undefined
 * when the file is not a well-formed ZIP (or a ZIP64 one, which no material needs).
 */
export async function zipEntryNames(path: string): Promise<readonly string[] | undefined> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, TAIL_BYTES);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const end = findEndRecord(tail);
    if (end < 0) return undefined;
    const count = tail.readUInt16LE(end + 10);
    const length = tail.readUInt32LE(end + 12);
    const offset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || offset === 0xffffffff || length > MAX_DIRECTORY_BYTES || offset + length > size) {
      return undefined;
    }
    const directory = Buffer.alloc(length);
    await file.read(directory, 0, length, offset);
    return readNames(directory, count);
  } finally {
    await file.close();
  }
}

function findEndRecord(tail: Buffer): number {
  for (let at = tail.length - EOCD_SIZE; at >= 0; at -= 1) {
    if (tail.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function readNames(directory: Buffer, count: number): readonly string[] | undefined {
  const names: string[] = [];
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== ENTRY_SIGNATURE) return undefined;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    if (at + 46 + nameLength > directory.length) return undefined;
    names.push(directory.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
