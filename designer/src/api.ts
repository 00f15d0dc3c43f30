import { t } from './i18n/i18n';

/** An error the API returned: stable code, Chinese message, details (field errors, missing materials). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
  }
}

let token: string | null = sessionStorage.getItem('govflow.token');

/** Remembers the session token for later calls (kept for this browser tab only). */
export function setToken(value: string | null): void {
  token = value;
  if (value) sessionStorage.setItem('govflow.token', value);
  else sessionStorage.removeItem('govflow.token');
}

/** The session token, for the live stream (EventSource cannot send headers). */
export function currentToken(): string | null {
  return token;
}

/** Whether a session token is held. */
export function hasToken(): boolean {
  return token !== null;
}

/** Calls the govflow API; any non-2xx answer becomes an `ApiFailure` with the server's Chinese message. */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers['authorization'] = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    throw new ApiFailure(0, 'NETWORK', t('无法连接服务器，请检查网络'), {});
  }
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ApiFailure(
      response.status,
      String(payload['code'] ?? 'UNKNOWN'),
      String(payload['message'] ?? t('请求失败（{status}）', { status: response.status })),
      (payload['details'] as Record<string, unknown> | undefined) ?? {},
    );
  }
  return payload as T;
}
