import type { FileReference } from '@govflow/forms';
import { ApiFailure, currentToken } from '../api';
import { t } from '../i18n/i18n';

/** One stored upload as `POST /api/files` answers. */
interface UploadedFile {
  readonly sha256: string;
  readonly size: number;
  /** The name the file was uploaded under. */
  readonly name: string;
}

/**
 * Uploads one material file as the signed-in applicant (multipart, field `file`); the reference keeps
 * the content's SHA-256, which the application names.
 */
export async function uploadFile(file: File): Promise<FileReference> {
  const body = new FormData();
  body.append('file', file, file.name);
  const token = currentToken();
  let response: Response;
  try {
    response = await fetch('/api/files', {
      method: 'POST',
      body,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch {
    throw new ApiFailure(0, 'NETWORK', t('无法连接服务器，请检查网络'), {});
  }
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ApiFailure(
      response.status,
      String(payload['code'] ?? 'UNKNOWN'),
      String(payload['message'] ?? t('上传失败（{status}）', { status: response.status })),
      (payload['details'] as Record<string, unknown> | undefined) ?? {},
    );
  }
  const stored = (payload['files'] as UploadedFile[] | undefined)?.[0];
  if (!stored) throw new ApiFailure(response.status, 'UPLOAD_EMPTY', t('服务器没有保存任何文件'), {});
  return { id: stored.sha256, name: stored.name || file.name, size: stored.size, sha256: stored.sha256 };
}
