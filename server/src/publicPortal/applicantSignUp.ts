import { randomUUID } from 'node:crypto';
import { ApiError } from '../http/apiError.js';
import { LoginThrottle, type LoginThrottleOptions } from '../services/loginThrottle.js';
import { hashPassword } from '../services/passwords.js';
import type { Store } from '../store/port.js';

/** Five sign-up attempts for a mobile number, or ten from an address, per hour. */
export const DEFAULT_SIGN_UP_THROTTLE: LoginThrottleOptions = {
  maxFailures: 5,
  maxFailuresPerAddress: 10,
  windowMs: 60 * 60_000,
};

/** What a citizen gives to sign up (real name, mobile number, password). */
export interface SignUpRequest {
  readonly realName: string;
  readonly mobile: string;
  readonly password: string;
}

/** The new account, as the public sees it. */
export interface SignedUp {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: 'applicant';
}

/**
 * Public sign-up of applicants (群众注册): the mobile number is the sign-in name, the real name the
 * display name; the account belongs to no unit. Every attempt counts against the mobile number and the
 * client address in the login throttle's style (429 with Retry-After), so it cannot be used to create
 * accounts in bulk or to probe which numbers are registered.
 */
export class ApplicantSignUp {
  constructor(
    private readonly store: Store,
    private readonly throttle: LoginThrottle = new LoginThrottle(DEFAULT_SIGN_UP_THROTTLE),
  ) {}

  async register(request: SignUpRequest, address: string): Promise<SignedUp> {
    const keys = [`mobile:${request.mobile}`, `ip:${address}`];
    const wait = this.throttle.retryAfter(keys);
    if (wait > 0) {
      throw new ApiError(429, 'SIGN_UP_THROTTLED', `注册尝试过于频繁，请 ${Math.ceil(wait / 60_000)} 分钟后再试`, {
        retryAfterSeconds: Math.ceil(wait / 1000),
      });
    }
    this.throttle.fail(keys);
    requireStrongPassword(request);
    if (await this.store.findUserByName(request.mobile)) {
      throw new ApiError(409, 'MOBILE_REGISTERED', '该手机号已注册，请直接登录');
    }
    const account: SignedUp = {
      id: `u-${randomUUID()}`,
      username: request.mobile,
      displayName: request.realName.trim(),
      role: 'applicant',
    };
    await this.store.saveUser({
      ...account,
      groups: [],
      unitId: null,
      departmentId: null,
      windowId: null,
      passwordHash: await hashPassword(request.password),
    });
    return account;
  }
}

/** 400 unless the password mixes letters and digits and is not the mobile number. */
function requireStrongPassword(request: SignUpRequest): void {
  const { password, mobile } = request;
  if (/[A-Za-z]/.test(password) && /\d/.test(password) && !password.includes(mobile)) return;
  throw new ApiError(400, 'VALIDATION_FAILED', '密码强度不足', {
    errors: [{ path: '/password', message: '密码至少 8 位，须同时包含字母和数字，且不能包含手机号' }],
  });
}
