import type { IncomingMessage } from 'node:http';
import type { ReadStream } from 'node:fs';
import type { Clock } from '../clock.js';
import { ApiError } from '../http/apiError.js';
import type { SessionUser } from '../services/authService.js';
import type { CaseRecord, FileUploadRecord, Store } from '../store/port.js';
import { isSha256, type ContentStore } from './contentStore.js';
import { sanitizeFileName } from './fileNames.js';
import { allowedTypesText, sniffContent, type MaterialMediaType } from './materialTypes.js';
import { receiveUpload, type ReceivedFile, type UploadLimits } from './receiveUpload.js';
import { zipEntryNames } from './zipEntries.js';

/** Whether a user may read a case (the scope rules); files referenced by a readable case are readable. */
export type CaseReadCheck = (user: SessionUser, record: CaseRecord) => boolean | Promise<boolean>;

/** What the file service is built from. */
export interface FileServiceDeps {
  readonly store: Store;
  readonly contents: ContentStore;
  readonly limits: UploadLimits;
  readonly clock: Clock;
  /** Without it, only uploaders, administrators and supervisors read a file. */
  readonly canReadCase?: CaseReadCheck;
}

/** A file as the API shows it. */
export interface FileView {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
  readonly name: string;
  readonly uploadedAt: string;
  readonly url: string;
}

/** A stored file opened for download. */
export interface OpenedFile {
  readonly record: FileUploadRecord;
  readonly stream: ReadStream;
  readonly size: number;
}

/** Cases looked at when deciding whether a file is readable through a case. */
const REFERENCE_LIMIT = 200;

/**
 * Uploaded materials: received by streaming, checked by content (magic bytes, not the declared type),
 * stored once per content (SHA-256), recorded per uploader with the sanitised name; read back only by
 * the uploader, administrators, supervisors, or whoever may read a case whose materials reference it.
 */
export class FileService {
  constructor(private readonly deps: FileServiceDeps) {}

  /** Receives every file of the request, all or nothing (supervisors only read: 403). */
  async upload(user: SessionUser, req: IncomingMessage): Promise<FileView[]> {
    if (user.role === 'supervisor') {
      throw new ApiError(403, 'FORBIDDEN', '监察人员只能查看，不能上传材料', { role: user.role });
    }
    const received = await receiveUpload(req, this.deps.contents, this.deps.limits);
    let checked: { readonly file: ReceivedFile; readonly mediaType: MaterialMediaType; readonly name: string }[];
    try {
      checked = await Promise.all(received.map(async (file) => this.check(file)));
    } catch (error) {
      await Promise.all(received.map((f) => this.deps.contents.discard(f.tempPath)));
      throw error;
    }
    const uploadedAt = this.deps.clock.now().toISOString();
    const views: FileView[] = [];
    for (const { file, mediaType, name } of checked) {
      await this.deps.contents.place(file.tempPath, file.sha256, file.size);
      const record = await this.deps.store.saveFileUpload({
        sha256: file.sha256,
        size: file.size,
        mediaType,
        originalName: name,
        uploadedBy: user.id,
        uploadedAt,
      });
      views.push(viewOf(record));
    }
    return views;
  }

  /** The file for download, or 404 FILE_NOT_FOUND (also when it exists but is not the user's to read). */
  async open(user: SessionUser, sha256: string): Promise<OpenedFile> {
    const hash = sha256.toLowerCase();
    const uploads = isSha256(hash) ? await this.deps.store.listFileUploads(hash) : [];
    const first = uploads[0];
    if (!first || !(await this.mayRead(user, hash, uploads))) throw fileNotFound(sha256);
    const own = uploads.find((u) => u.uploadedBy === user.id) ?? first;
    const content = await this.deps.contents.read(hash);
    if (!content) throw new ApiError(500, 'FILE_CONTENT_MISSING', '文件内容缺失，请联系管理员', { sha256: hash });
    return { record: own, stream: content.stream, size: content.size };
  }

  private async mayRead(user: SessionUser, sha256: string, uploads: readonly FileUploadRecord[]): Promise<boolean> {
    if (user.role === 'administrator' || user.role === 'supervisor') return true;
    if (uploads.some((u) => u.uploadedBy === user.id)) return true;
    const canReadCase = this.deps.canReadCase;
    if (!canReadCase) return false;
    for (const caseId of await this.deps.store.listFileReferences(sha256, REFERENCE_LIMIT)) {
      const record = await this.deps.store.getCase(caseId);
      if (record && (await canReadCase(user, record))) return true;
    }
    return false;
  }

  private async check(file: ReceivedFile): Promise<{ file: ReceivedFile; mediaType: MaterialMediaType; name: string }> {
    const mediaType = await contentType(file);
    if (!mediaType) {
      throw new ApiError(415, 'UNSUPPORTED_FILE_TYPE', `文件内容不是允许的类型（${allowedTypesText()}），未保存`, {
        name: file.declaredName ?? '',
        declaredType: file.declaredType,
      });
    }
    return { file, mediaType, name: sanitizeFileName(file.declaredName, mediaType) };
  }
}

/** The file as the API shows it. */
export function viewOf(record: FileUploadRecord): FileView {
  return {
    sha256: record.sha256,
    size: record.size,
    mediaType: record.mediaType,
    name: record.originalName,
    uploadedAt: record.uploadedAt,
    url: `/api/files/${record.sha256}`,
  };
}

async function contentType(file: ReceivedFile): Promise<MaterialMediaType | undefined> {
  const sniffed = sniffContent(file.head);
  if (sniffed !== 'zip') return sniffed;
  const names = await zipEntryNames(file.tempPath);
  return names?.includes('OFD.xml') ? 'application/ofd' : undefined;
}

function fileNotFound(sha256: string): ApiError {
  return new ApiError(404, 'FILE_NOT_FOUND', '文件不存在或无权查看', { sha256: sha256.slice(0, 64) });
}
