import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { crc32 } from 'node:zlib';

/** One part of a hand-built multipart body (so tests control every byte a hostile client could send). */
export interface Part {
  /** Form field (default `file`). */
  readonly field?: string;
  /** The `filename` parameter, sent as raw UTF-8 like browsers do; omit for a plain field. */
  readonly filename?: string;
  /** A `filename*` parameter (RFC 5987, e.g. `UTF-8''scan%00.pdf`), which takes precedence over `filename`. */
  readonly filenameStar?: string;
  /** The part's declared content type. */
  readonly type?: string;
  readonly content: Buffer | string;
}

/** A multipart/form-data body and its content type. */
export function multipart(parts: readonly Part[]): {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly contentType: string;
} {
  const boundary = `----govflow${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.field ?? 'file'}"${
      part.filename === undefined ? '' : `; filename="${part.filename}"`
    }${part.filenameStar === undefined ? '' : `; filename*=${part.filenameStar}`}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${
      part.type ? `Content-Type: ${part.type}\r\n` : ''
    }\r\n`;
    chunks.push(Buffer.from(head, 'utf8'), Buffer.from(part.content), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  // A copy on a plain ArrayBuffer, which is what fetch's body type accepts.
  return { body: new Uint8Array(Buffer.concat(chunks)), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A small real PDF, made unique by `tag`. */
export function pdfBytes(tag = randomBytes(6).toString('hex')): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n% ${tag}\ntrailer <</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );
}

/** A real 1×1 PNG, with a unique text chunk after it when `tag` is given. */
export function pngBytes(tag?: string): Buffer {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  return tag === undefined ? png : Buffer.concat([png, Buffer.from(tag)]);
}

/** The start of a JPEG (SOI + JFIF APP0) and some bytes. */
export function jpegBytes(tag = randomBytes(6).toString('hex')): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from(tag),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A ZIP (stored, no compression) holding the given entries: with `OFD.xml` an OFD package, else e.g. a docx. */
export function zipBytes(entries: Readonly<Record<string, string>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A minimal OFD package (GB/T 33190): `OFD.xml` at the root and one document. */
export function ofdBytes(tag = randomBytes(6).toString('hex')): Buffer {
  return zipBytes({
    'OFD.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
    'Doc_0/Document.xml': `<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><!-- ${tag} --></ofd:Document>`,
  });
}

/** A reply to an upload or download, with its headers and raw bytes. */
export interface RawReply {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Buffer;
  /** The body as JSON when it is JSON, else `{}`. */
  readonly json: Record<string, unknown>;
}

/** POSTs a hand-built multipart body to `/api/files` (with a bearer token unless `headers` say otherwise). */
export async function upload(
  baseUrl: string,
  token: string | undefined,
  parts: readonly Part[],
  headers: Readonly<Record<string, string>> = {},
): Promise<RawReply> {
  const { body, contentType } = multipart(parts);
  return request(baseUrl, '/api/files', {
    method: 'POST',
    headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body,
  });
}

/** GETs a stored file. */
export function download(
  baseUrl: string,
  token: string | undefined,
  sha256: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<RawReply> {
  return request(baseUrl, `/api/files/${sha256}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
}

/** Any request, answered as a `RawReply`. */
export async function request(baseUrl: string, path: string, init: RequestInit): Promise<RawReply> {
  const response = await fetch(`${baseUrl}${path}`, init);
  const bytes = Buffer.from(await response.arrayBuffer());
  const isJson = (response.headers.get('content-type') ?? '').includes('application/json');
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    json: isJson && bytes.length > 0 ? (JSON.parse(bytes.toString('utf8')) as Record<string, unknown>) : {},
  };
}

/** Every file under a directory, as paths relative to it (`/`-separated). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
