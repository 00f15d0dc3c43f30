import type { FormSchema } from './createFormValidator.js';

/** What form data keeps of an uploaded electronic material: a reference, never the file's bytes. */
export interface FileReference {
  /** The id the upload service gave the stored file. */
  readonly id: string;
  /** The file's original name. */
  readonly name: string;
  /** Size in bytes. */
  readonly size: number;
  /** SHA-256 of the content (hex), when the upload service computed it. */
  readonly sha256?: string;
}

/**
 * The JSON Schema of a {@link FileReference} field, for an item's form (render it with `"ui:field": "FileUploadWidget"`
 * from `@govflow/forms/react`). Data URLs and other inline content are rejected by its shape.
 */
export function fileReferenceSchema(title: string, description?: string): FormSchema {
  return {
    type: 'object',
    title,
    ...(description === undefined ? {} : { description }),
    required: ['id', 'name', 'size'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', minLength: 1, maxLength: 200, title: '文件编号' },
      name: { type: 'string', minLength: 1, maxLength: 255, title: '文件名' },
      size: { type: 'integer', minimum: 0, title: '大小（字节）' },
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', title: 'SHA-256' },
    },
  };
}
