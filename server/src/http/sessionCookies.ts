import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'koa';

/** The HTTP-only cookie holding the session token. */
export const SESSION_COOKIE = 'govflow_session';
/** The cookie the web app reads to learn the CSRF token it must echo in `X-CSRF-Token`. */
export const CSRF_COOKIE = 'govflow_csrf';
/** The header that carries the CSRF token on unsafe requests authenticated by the cookie. */
export const CSRF_HEADER = 'x-csrf-token';

const TOKEN = /^[\w-]{20,100}$/u;

/**
 * The CSRF token of a session: derived from the session token, so a cookie planted by a neighbouring
 * site (plain double-submit's weakness) cannot match, and nothing needs storing. The session token is
 * HTTP-only, so a script on another site can neither read it nor compute this.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`govflow-csrf:${sessionToken}`).digest('base64url');
}

/** The session token from the cookie, when it has the shape of one. */
export function sessionTokenFromCookie(ctx: Context): string | undefined {
  const value = ctx.cookies.get(SESSION_COOKIE);
  return value !== undefined && TOKEN.test(value) ? value : undefined;
}

/** True when the request's `X-CSRF-Token` is the session's CSRF token (compared in constant time). */
export function hasValidCsrfToken(ctx: Context, sessionToken: string): boolean {
  const sent = Buffer.from(ctx.get(CSRF_HEADER));
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

/**
 * Sets the session cookie (HTTP-only, SameSite=Lax, Secure over https, no expiry date: it ends with the
 * browser session; the server ends it after 12 hours anyway) and the readable CSRF cookie.
 */
export function setSessionCookies(ctx: Context, sessionToken: string): string {
  const csrf = csrfTokenFor(sessionToken);
  ctx.cookies.set(SESSION_COOKIE, sessionToken, { ...base(ctx), httpOnly: true });
  ctx.cookies.set(CSRF_COOKIE, csrf, { ...base(ctx), httpOnly: false });
  return csrf;
}

/** Clears both cookies (sign-out). */
export function clearSessionCookies(ctx: Context): void {
  ctx.cookies.set(SESSION_COOKIE, null, { ...base(ctx), httpOnly: true });
  ctx.cookies.set(CSRF_COOKIE, null, { ...base(ctx), httpOnly: false });
}

function base(ctx: Context) {
  return { path: '/', sameSite: 'lax', secure: ctx.secure, overwrite: true } as const;
}
