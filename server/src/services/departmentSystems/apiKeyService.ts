import type { Clock } from '../../clock.js';
import { ApiError } from '../../http/apiError.js';
import { authenticateApiKey, newApiKey } from '../../http/apiKeySecrets.js';
import type { ApiKeyRecord, Store } from '../../store/port.js';
import type { SessionUser } from '../authService.js';

/** What an administrator gives to create a key. */
export interface ApiKeyRequest {
  readonly name: string;
  readonly departmentId: string;
  readonly groups: readonly string[];
}

/** A key as the API shows it: never its secret, never its hash. */
export interface ApiKeyView {
  readonly id: string;
  /** The visible start of the key (`gfk.<id>`), to recognise it in a department's configuration. */
  readonly prefix: string;
  readonly name: string;
  readonly departmentId: string;
  readonly groups: readonly string[];
  readonly createdBy: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
}

/** Department systems' keys look like `gfk.<12 hex id>.<43 base64url secret>`. */
const KEY_PREFIX = 'gfk';

/**
 * API keys of department systems (seed 004: departments keep their own systems and push results in).
 * Administrators create, list and revoke them; the secret is shown once and only its SHA-256 is kept.
 */
export class ApiKeyService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Creates a key; the answer holds the only copy of the secret. */
  async create(admin: SessionUser, request: ApiKeyRequest): Promise<{ key: ApiKeyView; secret: string }> {
    requireAdministrator(admin);
    await this.requireKnownDepartment(request);
    const { id, secret, secretHash } = newApiKey(KEY_PREFIX);
    const record: ApiKeyRecord = {
      id,
      name: request.name.trim(),
      departmentId: request.departmentId,
      groups: [...new Set(request.groups)],
      secretHash,
      createdBy: admin.id,
      createdAt: this.clock.now().toISOString(),
      revokedAt: null,
      revokedBy: null,
    };
    await this.store.saveApiKey(record);
    return { key: viewOf(record), secret };
  }

  /** Every key, newest first. */
  async list(admin: SessionUser): Promise<ApiKeyView[]> {
    requireAdministrator(admin);
    return (await this.store.listApiKeys()).map(viewOf);
  }

  /** Revokes a key at once; 404 for an unknown one. */
  async revoke(admin: SessionUser, id: string): Promise<ApiKeyView> {
    requireAdministrator(admin);
    const record = await this.store.revokeApiKey(id, admin.id, this.clock.now().toISOString());
    if (!record) throw new ApiError(404, 'API_KEY_NOT_FOUND', `接口密钥不存在：${id}`, { id });
    return viewOf(record);
  }

  /** The key behind an `X-Api-Key` header; 401 when missing, unknown, wrong or revoked. */
  authenticate(header: string): Promise<ApiKeyRecord> {
    return authenticateApiKey(KEY_PREFIX, header, (id) => this.store.findApiKey(id), '管理员发放的密钥');
  }

  /** When an organisation is stored, the department must exist and own every group it is given. */
  private async requireKnownDepartment(request: ApiKeyRequest): Promise<void> {
    const organisation = (await this.store.getOrganisation())?.organisation;
    if (!organisation) return;
    const department = organisation.departments.find((d) => d.id === request.departmentId);
    if (!department) {
      throw new ApiError(422, 'DEPARTMENT_UNKNOWN', `部门不存在：${request.departmentId}`, {
        departmentId: request.departmentId,
      });
    }
    const foreign = request.groups.filter((g) => !department.groups.includes(g));
    if (foreign.length > 0) {
      throw new ApiError(422, 'GROUPS_NOT_OF_DEPARTMENT', `岗位不属于${department.name}：${foreign.join('、')}`, {
        groups: foreign,
      });
    }
  }
}

function requireAdministrator(user: SessionUser): void {
  if (user.role !== 'administrator') {
    throw new ApiError(403, 'FORBIDDEN', '只有中心管理员可以管理接口密钥', { role: user.role });
  }
}

function viewOf(record: ApiKeyRecord): ApiKeyView {
  const { secretHash: _secret, ...view } = record;
  return { ...view, prefix: `${KEY_PREFIX}.${record.id}` };
}
