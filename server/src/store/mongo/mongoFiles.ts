import { Schema, type Connection, type Model } from 'mongoose';
import type { FileUploadRecord } from '../fileStore.js';
import { isDuplicateKey, key } from './mappers.js';

/** An upload document: `_id` is `<sha256>:<uploadedBy>`, one per content and uploader. */
interface FileUploadDoc extends FileUploadRecord {
  _id: string;
}

/** A reference from a case's materials to a file: `_id` is `<sha256>:<caseId>`. */
interface FileReferenceDoc {
  _id: string;
  sha256: string;
  caseId: string;
}

const TOP = { versionKey: false, id: false, strict: 'throw', strictQuery: false, minimize: false } as const;

const fileUploadSchema = new Schema<FileUploadDoc>(
  {
    _id: { type: String, required: true },
    sha256: { type: String, required: true },
    size: { type: Number, required: true },
    mediaType: { type: String, required: true },
    originalName: { type: String, required: true },
    uploadedBy: { type: String, required: true },
    uploadedAt: { type: String, required: true },
  },
  { ...TOP, collection: 'file_uploads' },
);
fileUploadSchema.index({ sha256: 1, uploadedAt: 1 });

const fileReferenceSchema = new Schema<FileReferenceDoc>(
  {
    _id: { type: String, required: true },
    sha256: { type: String, required: true },
    caseId: { type: String, required: true },
  },
  { ...TOP, collection: 'file_references' },
);
fileReferenceSchema.index({ sha256: 1, caseId: 1 });

/** Uploaded files' metadata and case references on MongoDB; each write touches one document. */
export class MongoFiles {
  private readonly uploads: Model<FileUploadDoc>;
  private readonly references: Model<FileReferenceDoc>;
  /** The models, for the store to wait for their collections and indexes. */
  readonly models: readonly { init(): Promise<unknown> }[];

  constructor(connection: Connection) {
    this.uploads = connection.model<FileUploadDoc>('GovflowFileUpload', fileUploadSchema);
    this.references = connection.model<FileReferenceDoc>('GovflowFileReference', fileReferenceSchema);
    this.models = [this.uploads, this.references];
  }

  /** Inserts unless this uploader already has the content (`$setOnInsert`); returns the stored record. */
  async saveFileUpload(record: FileUploadRecord): Promise<FileUploadRecord> {
    const id = `${key(record.sha256, 'sha256')}:${key(record.uploadedBy, 'uploadedBy')}`;
    try {
      await this.uploads.updateOne({ _id: id }, { $setOnInsert: { ...record } }, { upsert: true });
    } catch (error) {
      // Two first uploads may race to insert; the loser reads the winner's record.
      if (!isDuplicateKey(error)) throw error;
    }
    const doc = await this.uploads.findById(id).lean<FileUploadDoc>();
    if (!doc) throw new Error(`file upload ${id} vanished`);
    return toUpload(doc);
  }

  /** Every upload of one content, earliest first. */
  async listFileUploads(sha256: string): Promise<FileUploadRecord[]> {
    const docs = await this.uploads
      .find({ sha256: key(sha256, 'sha256') })
      .sort({ uploadedAt: 1, uploadedBy: 1 })
      .lean<FileUploadDoc[]>();
    return docs.map(toUpload);
  }

  /** Records which files a case references (idempotent upserts). */
  async saveFileReferences(caseId: string, sha256s: readonly string[]): Promise<void> {
    const id = key(caseId, 'caseId');
    if (sha256s.length === 0) return;
    await this.references.bulkWrite(
      sha256s.map((sha) => ({
        updateOne: {
          filter: { _id: `${key(sha, 'sha256')}:${id}` },
          update: { $setOnInsert: { sha256: sha, caseId: id } },
          upsert: true,
        },
      })),
    );
  }

  /** The cases referencing a file. */
  async listFileReferences(sha256: string, limit: number): Promise<string[]> {
    const docs = await this.references
      .find({ sha256: key(sha256, 'sha256') }, { caseId: 1 })
      .sort({ caseId: 1 })
      .limit(limit)
      .lean<FileReferenceDoc[]>();
    return docs.map((d) => d.caseId);
  }
}

function toUpload(doc: FileUploadDoc): FileUploadRecord {
  return {
    sha256: doc.sha256,
    size: doc.size,
    mediaType: doc.mediaType,
    originalName: doc.originalName,
    uploadedBy: doc.uploadedBy,
    uploadedAt: doc.uploadedAt,
  };
}
