import { getUiOptions, type FieldProps } from '@rjsf/utils';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { FileReference } from '../index.js';
import { checkFile, describeAccept, formatBytes, type UploadLimits } from './fileChecks.js';

/** Hands a chosen file to the upload service; resolves to the stored file's reference. */
export type UploadFn = (file: File) => Promise<FileReference>;

/** Props of {@link FileUpload}. */
export interface FileUploadProps extends UploadLimits {
  readonly id: string;
  /** The input's name (defaults to the id). */
  readonly name?: string;
  readonly label?: string;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly upload: UploadFn;
  /** The stored reference, when a file was uploaded. */
  readonly value?: FileReference | undefined;
  /** Receives the new reference, or undefined when the file is removed. */
  onChange(value: FileReference | undefined): void;
}

type UploadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'uploading'; readonly name: string; readonly size: number }
  | { readonly kind: 'rejected'; readonly message: string };

/**
 * A file input for an electronic material: checks size and type (Chinese message on rejection), shows the
 * chosen file's name and size, and hands the `File` itself to `upload` — the form keeps only the returned
 * reference, never the bytes (no base64 in form data).
 */
export function FileUpload(props: FileUploadProps) {
  const { id, name, label, required, disabled, upload, value, onChange, maxSize, accept } = props;
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const attempt = useRef(0);

  const busy = Boolean(disabled) || state.kind === 'uploading';

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after a fix
    if (!file) return;
    const current = ++attempt.current;
    const problem = checkFile(file, accept === undefined ? { maxSize } : { maxSize, accept });
    if (problem) return setState({ kind: 'rejected', message: problem });
    setState({ kind: 'uploading', name: file.name, size: file.size });
    try {
      const stored = await upload(file);
      if (current !== attempt.current) return;
      setState({ kind: 'idle' });
      onChange({
        id: stored.id,
        name: stored.name,
        size: stored.size,
        ...(stored.sha256 ? { sha256: stored.sha256 } : {}),
      });
    } catch (error) {
      if (current !== attempt.current) return;
      setState({
        kind: 'rejected',
        message: `文件“${file.name}”上传失败：${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  return (
    <div className="gf-upload" data-testid={`upload-${id}`}>
      {label && (
        <label className="gf-upload-label" htmlFor={id}>
          {label}
          {required && <span className="required">*</span>}
        </label>
      )}
      <span className="gf-upload-control">
        <input
          type="file"
          className="gf-visually-hidden"
          id={id}
          name={name ?? id}
          accept={accept?.join(',')}
          disabled={busy}
          onChange={(event) => void choose(event)}
        />
        {/* the browser's own button speaks the machine's language; this one speaks Chinese */}
        <label htmlFor={id} className={busy ? 'gf-upload-button gf-disabled' : 'gf-upload-button'}>
          {value ? '重新选择' : '选择文件'}
        </label>
        {!value && state.kind !== 'uploading' && <span className="gf-upload-none">未选择文件</span>}
      </span>
      <small className="gf-upload-hint">
        {accept && accept.length > 0 ? `支持 ${describeAccept(accept)}，` : ''}单个文件不超过 {formatBytes(maxSize)}
      </small>
      {state.kind === 'uploading' && (
        <p className="gf-upload-progress" role="status">
          正在上传：{state.name}（{formatBytes(state.size)}）…
        </p>
      )}
      {state.kind === 'rejected' && (
        <p className="gf-upload-error" role="alert">
          {state.message}
        </p>
      )}
      {value && state.kind !== 'uploading' && (
        <p className="gf-upload-done">
          已上传：<span className="gf-upload-name">{value.name}</span>（{formatBytes(value.size)}）
          {!disabled && (
            <button type="button" className="gf-link-button" onClick={() => onChange(undefined)}>
              移除
            </button>
          )}
        </p>
      )}
    </div>
  );
}

/** What {@link GovForm} puts in rjsf's `formContext` for its widgets. */
export interface GovFormContext {
  readonly upload?: UploadFn;
}

const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;

/**
 * The rjsf field for a file-reference property (`fileReferenceSchema(...)` with `"ui:field": "FileUploadWidget"`).
 * Limits come from `ui:options` (`maxSize` in bytes, `accept`); `upload` from `ui:options.upload` or the form's
 * context (GovForm's `upload` prop). The form data holds `{ id, name, size, sha256? }` only.
 */
export function FileUploadWidget(props: FieldProps<FileReference | undefined>) {
  const { fieldPathId, formData, onChange, schema, uiSchema, required, disabled, readonly, registry, name } = props;
  const options = getUiOptions(uiSchema);
  const upload =
    (options['upload'] as UploadFn | undefined) ?? (registry.formContext as GovFormContext | undefined)?.upload;
  const accept = Array.isArray(options['accept']) ? (options['accept'] as string[]) : undefined;
  const maxSize = typeof options['maxSize'] === 'number' ? options['maxSize'] : DEFAULT_MAX_SIZE;
  const label = (typeof options.title === 'string' ? options.title : undefined) ?? schema.title ?? name;
  // rjsf may leave `{}` here when an if/then switch re-sanitizes the data; that is "no file", not a broken reference
  const stray = formData !== undefined && !isFileReference(formData);
  const clear = useRef(() => onChange(undefined, fieldPathId.path));
  clear.current = () => onChange(undefined, fieldPathId.path);
  useEffect(() => {
    if (stray) clear.current();
  }, [stray]);
  if (!upload) {
    return (
      <p className="gf-upload-error" role="alert">
        {label}：未配置上传服务，无法上传文件
      </p>
    );
  }
  return (
    <FileUpload
      id={fieldPathId.$id}
      name={fieldPathId.name ?? fieldPathId.$id}
      label={label}
      required={required ?? false}
      disabled={Boolean(disabled || readonly)}
      upload={upload}
      value={isFileReference(formData) ? formData : undefined}
      onChange={(reference) => onChange(reference, fieldPathId.path)}
      maxSize={maxSize}
      {...(accept ? { accept } : {})}
    />
  );
}

function isFileReference(value: unknown): value is FileReference {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}
