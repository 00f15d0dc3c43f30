import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../clock.js';
import type { Store } from '../store/port.js';
import { ContentStore } from './contentStore.js';
import { FileService, type CaseReadCheck } from './fileService.js';
import type { UploadLimits } from './receiveUpload.js';

/** Where uploaded files live and how large uploads may be (every field optional). */
export interface UploadOptions {
  /** The content-addressed file store's directory (default: a fresh directory under the system's temp dir). */
  readonly dir?: string;
  /** Largest file in bytes (default 20 MB). */
  readonly maxFileBytes?: number;
  /** Most files in one request (default 10). */
  readonly maxFiles?: number;
}

/** The limits when none are configured. */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { maxFileBytes: 20 * 1024 * 1024, maxFiles: 10 };

/** The file service on a store, with the options' directory and limits. */
export function createFileService(
  store: Store,
  clock: Clock,
  options: UploadOptions = {},
  canReadCase?: CaseReadCheck,
): FileService {
  return new FileService({
    store,
    clock,
    contents: new ContentStore(options.dir ?? join(tmpdir(), `govflow-files-${randomUUID()}`)),
    limits: {
      maxFileBytes: options.maxFileBytes ?? DEFAULT_UPLOAD_LIMITS.maxFileBytes,
      maxFiles: options.maxFiles ?? DEFAULT_UPLOAD_LIMITS.maxFiles,
    },
    ...(canReadCase ? { canReadCase } : {}),
  });
}

/**
 * Upload options from the environment: files under `<dataDir>/files`; `GOVFLOW_UPLOAD_MAX_MB` and
 * `GOVFLOW_UPLOAD_MAX_FILES` change the limits (invalid values are refused at start).
 */
export function uploadOptionsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  dataDir: string,
): UploadOptions {
  const megabytes = positive(env, 'GOVFLOW_UPLOAD_MAX_MB');
  const files = positive(env, 'GOVFLOW_UPLOAD_MAX_FILES');
  return {
    dir: join(dataDir, 'files'),
    ...(megabytes === undefined ? {} : { maxFileBytes: Math.round(megabytes * 1024 * 1024) }),
    ...(files === undefined ? {} : { maxFiles: Math.max(1, Math.floor(files)) }),
  };
}

function positive(env: Readonly<Record<string, string | undefined>>, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} 必须是正数，当前为 ${raw}`);
  return value;
}
