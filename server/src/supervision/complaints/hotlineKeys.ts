import type { Clock } from '../../clock.js';
import { ApiError } from '../../http/apiError.js';
import { authenticateApiKey, newApiKey } from '../../http/apiKeySecrets.js';
import type { SessionUser } from '../../services/authService.js';
import type { HotlineKeyRecord, Store } from '../../store/port.js';

/** A hotline key as the API shows it: never its secret, never its hash. */
export interface HotlineKeyView extends Omit<HotlineKeyRecord, 'secretHash'> {
  /** The visible start of the key (`gfh.<id>`), to recognise it in the hotline system's configuration. */
  readonly prefix: string;
}

/** Hotline keys look like `gfh.<12 hex id>.<43 base64url secret>` (department systems' keys start `gfk.`). */
const KEY_PREFIX = 'gfh';

/**
 * API keys of the 12345 hotline's system (the same mechanism as department systems' keys, in a table of
 * their own: a hotline key may only file and follow complaints). Administrators create, list and revoke
 * them; the secret is shown once and only its SHA-256 is kept.
 */
export class HotlineKeyService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Creates a key; the answer holds the only copy of the secret. */
  async create(admin: SessionUser, name: string): Promise<{ key: HotlineKeyView; secret: string }> {
    requireAdministrator(admin);
    const { id, secret, secretHash } = newApiKey(KEY_PREFIX);
    const record: HotlineKeyRecord = {
      id,
      name: name.trim(),
      secretHash,
      createdBy: admin.id,
      createdAt: this.clock.now().toISOString(),
      revokedAt: null,
      revokedBy: null,
    };
    await this.store.saveHotlineKey(record);
    return { key: viewOf(record), secret };
  }

  /** Every key, newest first. */
  async list(admin: SessionUser): Promise<HotlineKeyView[]> {
    requireAdministrator(admin);
    return (await this.store.listHotlineKeys()).map(viewOf);
  }

  /** Revokes a key at once; 404 for an unknown one. */
  async revoke(admin: SessionUser, id: string): Promise<HotlineKeyView> {
    requireAdministrator(admin);
    const record = await this.store.revokeHotlineKey(id, admin.id, this.clock.now().toISOString());
    if (!record) throw new ApiError(404, 'API_KEY_NOT_FOUND', `接口密钥不存在：${id}`, { id });
    return viewOf(record);
  }

  /** The key behind an `X-Api-Key` header; 401 when missing, unknown, wrong or revoked. */
  authenticate(header: string): Promise<HotlineKeyRecord> {
    return authenticateApiKey(KEY_PREFIX, header, (id) => this.store.findHotlineKey(id), '中心发放的 12345 热线密钥');
  }
}

function requireAdministrator(user: SessionUser): void {
  if (user.role !== 'administrator') {
    throw new ApiError(403, 'FORBIDDEN', '只有中心管理员可以管理热线接口密钥', { role: user.role });
  }
}

function viewOf(record: HotlineKeyRecord): HotlineKeyView {
  const { secretHash: _secret, ...view } = record;
  return { ...view, prefix: `${KEY_PREFIX}.${record.id}` };
}
