/** One upload of a file: the content's facts and who uploaded it, under which name, when. */
export interface FileUploadRecord {
  /** SHA-256 of the content, lowercase hex: the file's name in the content-addressed store. */
  readonly sha256: string;
  readonly size: number;
  /** The media type found in the content (magic bytes), not the one the client declared. */
  readonly mediaType: string;
  /** The client's file name, sanitised; metadata only, never a path. */
  readonly originalName: string;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
}

/** Store methods for uploaded materials (content-addressed files) and the cases that reference them. */
export interface FileStore {
  /**
   * Records an upload. The same content uploaded again by the same user keeps the first record, which
   * is returned; another user's upload of the same content gets a record of its own.
   */
  saveFileUpload(record: FileUploadRecord): Promise<FileUploadRecord>;
  /** Every upload of one content, earliest first (empty for an unknown hash). */
  listFileUploads(sha256: string): Promise<readonly FileUploadRecord[]>;
  /** Records that a case's materials reference these files (idempotent). */
  saveFileReferences(caseId: string, sha256s: readonly string[]): Promise<void>;
  /** Ids of the cases whose materials reference the file, at most `limit`. */
  listFileReferences(sha256: string, limit: number): Promise<readonly string[]>;
}
