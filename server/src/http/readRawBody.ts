import type { IncomingMessage } from 'node:http';
import { ApiError } from './apiError.js';

/**
 * Reads a request's raw body into memory, refusing it (413 PAYLOAD_TOO_LARGE) as soon as it passes
 * `maxBytes` — a declared length too large is refused before anything is read.
 */
export async function readRawBody(request: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of request) {
    const bytes = chunk as Buffer;
    total += bytes.byteLength;
    if (total > maxBytes) {
      request.resume();
      throw tooLarge(maxBytes);
    }
    chunks.push(bytes);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, 'PAYLOAD_TOO_LARGE', `上传的文件超过 ${(maxBytes / 1024 / 1024).toFixed(0)} MB 的上限`, {
    maxBytes,
  });
}
