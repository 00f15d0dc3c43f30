import { randomUUID } from 'node:crypto';
import { ApiError, notFound } from '../http/apiError.js';
import { hashPassword } from '../services/passwords.js';
import type { Store, UserRecord } from '../store/port.js';
import type { OrganisationService } from './organisationService.js';

/** An account as administrators see it (never its password hash). */
export type AccountView = Omit<UserRecord, 'passwordHash'>;

/** What an administrator submits to create or change an account. */
export interface AccountRequest {
  readonly username: string;
  readonly displayName: string;
  readonly role: UserRecord['role'];
  readonly groups: readonly string[];
  readonly unitId: string | null;
  readonly departmentId: string | null;
  readonly windowId: string | null;
  /** Required when creating; when changing, a new password (else the old one stays). */
  readonly password?: string;
}

/** Accounts administration: list, create, change; every place named must exist in the organisation. */
export class UserAdmin {
  constructor(
    private readonly store: Store,
    private readonly organisation: OrganisationService,
  ) {}

  /** Every account without its password hash. */
  async list(): Promise<readonly AccountView[]> {
    return (await this.store.listUsers()).map(view);
  }

  /** Creates an account; 409 when the user name is taken. */
  async create(request: AccountRequest): Promise<AccountView> {
    if (request.password === undefined) {
      throw new ApiError(400, 'VALIDATION_FAILED', '请设置初始密码', {
        errors: [{ path: '/password', message: '必填' }],
      });
    }
    if (await this.store.findUserByName(request.username)) {
      throw new ApiError(409, 'USERNAME_TAKEN', `用户名已被占用：${request.username}`, { username: request.username });
    }
    await this.checkPlace(request);
    const user: UserRecord = {
      ...fields(request),
      id: `u-${randomUUID()}`,
      passwordHash: await hashPassword(request.password),
    };
    await this.store.saveUser(user);
    return view(user);
  }

  /** Changes an account (the user name may not collide with another's). */
  async update(id: string, request: AccountRequest): Promise<AccountView> {
    const existing = await this.store.findUser(id);
    if (!existing) throw notFound('用户', id);
    const holder = await this.store.findUserByName(request.username);
    if (holder && holder.id !== id) {
      throw new ApiError(409, 'USERNAME_TAKEN', `用户名已被占用：${request.username}`, { username: request.username });
    }
    await this.checkPlace(request);
    const passwordHash = request.password === undefined ? existing.passwordHash : await hashPassword(request.password);
    const user: UserRecord = { ...fields(request), id, passwordHash };
    await this.store.saveUser(user);
    return view(user);
  }

  /** The unit, department and window must exist and agree; staff other than applicants need a unit. */
  private async checkPlace(request: AccountRequest): Promise<void> {
    const org = await this.organisation.get();
    const errors: { path: string; message: string }[] = [];
    const unit = request.unitId === null ? undefined : org.units.find((u) => u.id === request.unitId);
    if (request.unitId !== null && !unit) errors.push({ path: '/unitId', message: `单位不存在：${request.unitId}` });
    if (request.unitId === null && request.role !== 'applicant')
      errors.push({ path: '/unitId', message: '工作人员必须属于一个单位' });
    if (request.role === 'applicant' && (request.unitId ?? request.departmentId ?? request.windowId) !== null) {
      errors.push({ path: '/role', message: '申请人账号不属于任何单位、部门或窗口' });
    }
    const department = org.departments.find((d) => d.id === request.departmentId);
    if (request.departmentId !== null && !department)
      errors.push({ path: '/departmentId', message: `部门不存在：${request.departmentId}` });
    if (department && department.unitId !== request.unitId)
      errors.push({ path: '/departmentId', message: '部门不在所选单位' });
    const window = org.windows.find((w) => w.id === request.windowId);
    if (request.windowId !== null && !window)
      errors.push({ path: '/windowId', message: `窗口不存在：${request.windowId}` });
    if (window && window.unitId !== request.unitId) errors.push({ path: '/windowId', message: '窗口不在所选单位' });
    if (request.role === 'agent' && request.windowId === null)
      errors.push({ path: '/windowId', message: '代办员必须属于一个便民服务室' });
    if (request.role === 'lead' && request.departmentId === null)
      errors.push({ path: '/departmentId', message: '部门负责人必须属于一个部门' });
    if (errors.length > 0) throw new ApiError(400, 'VALIDATION_FAILED', '账号信息有误', { errors });
  }
}

function fields(request: AccountRequest): Omit<UserRecord, 'id' | 'passwordHash'> {
  return {
    username: request.username,
    displayName: request.displayName,
    role: request.role,
    groups: [...new Set(request.groups)],
    unitId: request.unitId,
    departmentId: request.departmentId,
    windowId: request.windowId,
  };
}

function view({ passwordHash: _hash, ...account }: UserRecord): AccountView {
  return account;
}
