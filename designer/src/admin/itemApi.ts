import { api, ApiFailure, currentToken } from '../api';
import type {
  DraftItem,
  DraftSummary,
  ImportReport,
  ItemDiff,
  ItemVerdict,
  OpenedDraft,
  Publication,
  VersionRow,
} from './adminTypes';
import { t } from '../i18n/i18n';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const path = (code: string) => encodeURIComponent(code);

/** The item-administration API (administrators only). */
export const itemApi = {
  drafts: () => api<DraftSummary[]>('/api/admin/item-drafts'),
  open: (code: string) => api<OpenedDraft>(`/api/admin/item-drafts/${path(code)}`),
  save: (code: string, item: DraftItem, revision: number) =>
    api<OpenedDraft>(`/api/admin/item-drafts/${path(code)}`, { method: 'PUT', body: { item, revision } }),
  discard: (code: string, revision: number) =>
    api<void>(`/api/admin/item-drafts/${path(code)}?revision=${revision}`, { method: 'DELETE' }),
  validate: (item: DraftItem) => api<ItemVerdict>('/api/admin/items/validate', { method: 'POST', body: { item } }),
  publish: (item: DraftItem, draftRevision: number) =>
    api<Publication>('/api/admin/items/publish', {
      method: 'POST',
      body: draftRevision > 0 ? { item, draftRevision } : { item },
    }),
  versions: (code: string) => api<VersionRow[]>(`/api/items/${path(code)}/versions`),
  diff: (code: string, from: number, to: number) =>
    api<ItemDiff>(`/api/items/${path(code)}/diff?from=${from}&to=${to}`),
  importXlsx,
};

/** Uploads an Excel catalog as the raw body: checked only, or published all or nothing. */
async function importXlsx(file: Blob, publish: boolean): Promise<ImportReport> {
  const token = currentToken();
  let response: Response;
  try {
    response = await fetch(`/api/admin/items/import${publish ? '?publish=true' : ''}`, {
      method: 'POST',
      headers: {
        'content-type': XLSX,
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: file,
    });
  } catch {
    throw new ApiFailure(0, 'NETWORK', t('无法连接服务器，请检查网络'), {});
  }
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ApiFailure(
      response.status,
      String(payload['code'] ?? 'UNKNOWN'),
      String(payload['message'] ?? t('请求失败（{status}）', { status: response.status })),
      (payload['details'] as Record<string, unknown> | undefined) ?? {},
    );
  }
  return payload as unknown as ImportReport;
}
