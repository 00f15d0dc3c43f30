import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { ApiError } from '../http/apiError.js';
import type { ContentStore } from './contentStore.js';
import { SNIFF_BYTES } from './materialTypes.js';

/** The limits of one upload request. */
export interface UploadLimits {
  /** Largest file, in bytes. */
  readonly maxFileBytes: number;
  /** Most files in one request. */
  readonly maxFiles: number;
}

/** One file as received: on disk in the incoming directory, hashed, not yet checked or placed. */
export interface ReceivedFile {
  readonly tempPath: string;
  readonly sha256: string;
  readonly size: number;
  /** The first bytes, for the type check. */
  readonly head: Buffer;
  /** The client's name, raw (with any path it sent). */
  readonly declaredName: string | undefined;
  readonly declaredType: string;
}

/** The multipart field that carries files. */
export const FILE_FIELD = 'file';

/**
 * Streams a `multipart/form-data` request's files to the incoming directory, hashing them on the way
 * (nothing is held in memory). All or nothing: on any problem (too large, too many, a malformed body,
 * the client going away) every file received so far is removed and the first problem is thrown.
 */
export async function receiveUpload(
  req: IncomingMessage,
  contents: ContentStore,
  limits: UploadLimits,
): Promise<ReceivedFile[]> {
  const parser = openParser(req, limits);
  const received: Promise<ReceivedFile | undefined>[] = [];
  let failure: ApiError | undefined;
  const fail = (error: ApiError): void => {
    failure ??= error;
  };
  parser.on('file', (field, stream, info) => {
    if (failure === undefined && field !== FILE_FIELD) {
      fail(new ApiError(400, 'UPLOAD_FIELD_UNKNOWN', `文件须放在表单字段 ${FILE_FIELD} 中`, { field }));
    }
    // An error before `receiveOne` pipes the stream (a body cut short) reaches the pipeline, not the process.
    stream.on('error', () => undefined);
    if (failure !== undefined) {
      stream.resume();
      return;
    }
    received.push(
      receiveOne(stream, info, contents, limits).catch((error: unknown) => {
        fail(error instanceof ApiError ? error : malformed());
        return undefined;
      }),
    );
  });
  parser.on('filesLimit', () =>
    fail(new ApiError(413, 'TOO_MANY_FILES', `一次最多上传 ${limits.maxFiles} 个文件`, { maxFiles: limits.maxFiles })),
  );
  parser.on('fieldsLimit', () => fail(new ApiError(413, 'TOO_MANY_PARTS', '表单字段过多')));
  parser.on('partsLimit', () => fail(new ApiError(413, 'TOO_MANY_PARTS', '表单字段过多')));
  await new Promise<void>((resolve) => {
    parser.once('close', resolve);
    parser.on('error', () => {
      fail(malformed());
      // busboy may report a malformed part without destroying itself; close it (and any file it was streaming).
      parser.destroy();
    });
    req.once('close', () => {
      if (!req.complete) parser.destroy(new Error('the client went away during the upload'));
    });
    req.pipe(parser);
  });
  const files = await Promise.all(received);
  if (failure === undefined && files.length === 0) {
    fail(new ApiError(400, 'NO_FILE', `请在表单字段 ${FILE_FIELD} 中选择要上传的文件`));
  }
  if (failure !== undefined) {
    req.unpipe(parser);
    await Promise.all(files.map((f) => (f ? contents.discard(f.tempPath) : undefined)));
    throw failure;
  }
  return files.filter((f): f is ReceivedFile => f !== undefined);
}

function openParser(req: IncomingMessage, limits: UploadLimits): busboy.Busboy {
  try {
    return busboy({
      headers: req.headers,
      // The raw name reaches `sanitizeFileName`, which handles paths itself (and is tested for it).
      preservePath: true,
      defParamCharset: 'utf8',
      limits: {
        // busboy flags a file as truncated once it reaches this size, so one byte more than allowed.
        fileSize: limits.maxFileBytes + 1,
        files: limits.maxFiles,
        fields: 20,
        fieldSize: 4096,
        parts: limits.maxFiles + 20,
        headerPairs: 20,
      },
    });
  } catch {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', '上传文件请使用 multipart/form-data');
  }
}

async function receiveOne(
  stream: Readable & { truncated?: boolean },
  info: busboy.FileInfo,
  contents: ContentStore,
  limits: UploadLimits,
): Promise<ReceivedFile> {
  const tempPath = await contents.incomingPath();
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const digest = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
      done(null, chunk);
    },
  });
  try {
    await pipeline(stream, digest, createWriteStream(tempPath, { flags: 'wx' }));
    if (stream.truncated) {
      throw new ApiError(413, 'FILE_TOO_LARGE', `文件超过 ${megabytes(limits.maxFileBytes)} 的上限，未保存`, {
        maxBytes: limits.maxFileBytes,
        name: info.filename ?? '',
      });
    }
  } catch (error) {
    await contents.discard(tempPath);
    throw error;
  }
  const sha256 = hash.digest('hex');
  return { tempPath, sha256, size, head, declaredName: info.filename, declaredType: info.mimeType };
}

function malformed(): ApiError {
  return new ApiError(400, 'MULTIPART_INVALID', '上传内容格式有误或不完整');
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${bytes} 字节`;
}
