import { randomBytes } from 'node:crypto';
import type { Actor } from '@govflow/engine';
import { ApiError } from '../http/apiError.js';
import type { Clock } from '../clock.js';
import type { Store, UserRecord } from '../store/port.js';
import { LoginThrottle } from './loginThrottle.js';
import { verifyPassword } from './passwords.js';

const SESSION_HOURS = 12;

/** The signed-in user as services see them. */
export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: UserRecord['role'];
  readonly groups: readonly string[];
  readonly unitId: string | null;
  readonly departmentId: string | null;
  readonly windowId: string | null;
}

/** Logs users in and out and resolves bearer tokens to users. */
export class AuthService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly throttle: LoginThrottle = new LoginThrottle(),
  ) {}

  /**
   * Checks the password and opens a session; the same message for unknown users and bad passwords.
   * Repeated failures for a name or from an address are throttled (429 LOGIN_THROTTLED).
   */
  async login(username: string, password: string, clientAddress = ''): Promise<{ token: string; user: SessionUser }> {
    const keys = [`user:${username}`, `ip:${clientAddress}`];
    const wait = this.throttle.retryAfter(keys);
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60_000);
      throw new ApiError(429, 'LOGIN_THROTTLED', `登录失败次数过多，请 ${minutes} 分钟后再试`, {
        retryAfterSeconds: Math.ceil(wait / 1000),
      });
    }
    const user = await this.store.findUserByName(username);
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      this.throttle.fail(keys);
      throw new ApiError(401, 'LOGIN_FAILED', '用户名或密码错误');
    }
    this.throttle.succeed(`user:${username}`);
    const token = randomBytes(32).toString('base64url');
    const expires = new Date(this.clock.now().getTime() + SESSION_HOURS * 3_600_000).toISOString();
    await this.store.saveSession(token, user.id, expires);
    return { token, user: toSessionUser(user) };
  }

  /** Ends a session. */
  async logout(token: string): Promise<void> {
    await this.store.deleteSession(token);
  }

  /** The user behind a bearer token, or undefined when the token is unknown or expired. */
  async authenticate(token: string): Promise<SessionUser | undefined> {
    const userId = await this.store.findSession(token, this.clock.now().toISOString());
    const user = userId === undefined ? undefined : await this.store.findUser(userId);
    return user ? toSessionUser(user) : undefined;
  }
}

/** The engine's view of a user. */
export function actorOf(user: SessionUser): Actor {
  return { id: user.id, name: user.displayName, groups: user.groups };
}

function toSessionUser(user: UserRecord): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    groups: user.groups,
    unitId: user.unitId,
    departmentId: user.departmentId,
    windowId: user.windowId,
  };
}
