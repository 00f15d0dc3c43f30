import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const SHA256 = /^[0-9a-f]{64}$/u;
/** Where uploads are written while they arrive, inside the root so a rename never crosses file systems. */
const INCOMING = '.incoming';

/** True for a lowercase hex SHA-256. */
export function isSha256(value: string): boolean {
  return SHA256.test(value);
}

/**
 * Files stored by content: `<root>/<aa>/<bb>/<sha256>`, so the same content is stored once. A file
 * is written to `<root>/.incoming/` first, flushed to disk, and renamed into place (atomic), so a
 * reader never sees half a file. Paths come only from validated hashes, never from client names.
 */
export class ContentStore {
  constructor(readonly root: string) {}

  /** A fresh path to receive an upload into (its directory exists). */
  async incomingPath(): Promise<string> {
    const dir = join(this.root, INCOMING);
    await mkdir(dir, { recursive: true });
    return join(dir, `${randomUUID()}.part`);
  }

  /** Flushes a received file to disk and moves it into place; if the content is stored already, drops it. */
  async place(tempPath: string, sha256: string, size: number): Promise<void> {
    const target = this.pathOf(sha256);
    if ((await sizeOf(target)) === size) {
      await this.discard(tempPath);
      return;
    }
    const handle = await open(tempPath, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await mkdir(join(target, '..'), { recursive: true });
    await rename(tempPath, target);
  }

  /** Removes a received file that will not be kept. */
  async discard(tempPath: string): Promise<void> {
    await rm(tempPath, { force: true });
  }

  /** A stream of the stored content and its size, or undefined when it is not on disk. */
  async read(sha256: string): Promise<{ readonly stream: ReadStream; readonly size: number } | undefined> {
    const path = this.pathOf(sha256);
    const size = await sizeOf(path);
    return size === undefined ? undefined : { stream: createReadStream(path), size };
  }

  /** Where a content lives; throws on anything but a lowercase hex SHA-256. */
  pathOf(sha256: string): string {
    if (!isSha256(sha256)) throw new Error(`not a SHA-256: ${JSON.stringify(sha256).slice(0, 80)}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}
