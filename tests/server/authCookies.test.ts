import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChinaCalendar } from '@govflow/engine';
import { createPlatform, ManualClock, seedDemo, SqliteStore } from '@govflow/server';
import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { signIn } from '../scenarios/support/lifecycle.js';
import { multipart, pdfBytes } from './filesSupport.js';

/** A browser's sign-in: the cookies it keeps and the CSRF token the page reads from the readable cookie. */
interface BrowserSession {
  readonly session: string;
  readonly csrf: string;
  readonly setCookies: readonly string[];
  readonly body: Record<string, unknown>;
}

async function browserLogin(baseUrl: string, username: string, cookie?: string): Promise<BrowserSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ username, password: 'govflow' }),
  });
  expect(response.status).to.equal(200);
  const setCookies = response.headers.getSetCookie();
  return {
    session: cookieValue(setCookies, 'govflow_session'),
    csrf: cookieValue(setCookies, 'govflow_csrf'),
    setCookies,
    body: (await response.json()) as Record<string, unknown>,
  };
}

function cookieValue(setCookies: readonly string[], name: string): string {
  const line = setCookies.find((c) => c.startsWith(`${name}=`)) ?? '';
  return line.slice(name.length + 1).split(';')[0] ?? '';
}

const cookieOf = (s: BrowserSession): string => `govflow_session=${s.session}; govflow_csrf=${s.csrf}`;

describe('server / cookie sessions with CSRF protection, beside bearer tokens', () => {
  let server: TestServer;
  let clerkToken: string;
  let filesDir: string;

  before(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'govflow-cookies-'));
    server = await startTestServer({ uploads: { dir: filesDir } });
    clerkToken = await signIn(server.url, 'clerk');
  });
  after(async () => {
    await server.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  const send = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);
  const intake = (headers: Record<string, string>) =>
    send('/api/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(REEMPLOYMENT_APPLICATION),
    });
  const casesStored = async (): Promise<number> =>
    ((await (await send('/api/cases', { headers: { authorization: `Bearer ${clerkToken}` } })).json()) as unknown[])
      .length;
  const codeOf = async (response: Response): Promise<unknown> => ((await response.json()) as { code: unknown }).code;

  it('given a login, then an HTTP-only SameSite=Lax session cookie and a readable CSRF cookie are set (no Secure over http)', async () => {
    const login = await browserLogin(server.url, 'clerk');
    const session = login.setCookies.find((c) => c.startsWith('govflow_session=')) ?? '';
    const csrf = login.setCookies.find((c) => c.startsWith('govflow_csrf=')) ?? '';
    expect(session.toLowerCase()).to.include('httponly').and.include('samesite=lax').and.include('path=/');
    expect(session.toLowerCase()).not.to.include('secure');
    expect(csrf.toLowerCase()).to.include('samesite=lax').and.not.include('httponly');
    expect(login.session).to.equal(login.body['token']);
    expect(login.csrf).to.equal(login.body['csrfToken']).and.not.equal(login.session);
  });

  it('given the session cookie alone, then safe requests are signed in', async () => {
    const login = await browserLogin(server.url, 'clerk');
    const me = await send('/api/auth/me', { headers: { cookie: cookieOf(login) } });
    expect(me.status).to.equal(200);
    expect(((await me.json()) as { username: string }).username).to.equal('clerk');
  });

  it('given a cookie session, when a write lacks or mismatches X-CSRF-Token, then 403 CSRF_FAILED and nothing is stored', async () => {
    const login = await browserLogin(server.url, 'clerk');
    const other = await browserLogin(server.url, 'clerk2');
    const before = await casesStored();
    for (const token of [
      undefined,
      '',
      'x'.repeat(43),
      login.session,
      other.csrf,
      `${login.csrf}x`,
      login.csrf.slice(1),
    ]) {
      const reply = await intake({
        cookie: cookieOf(login),
        ...(token === undefined ? {} : { 'x-csrf-token': token }),
      });
      expect([reply.status, await codeOf(reply)], JSON.stringify(token)).to.deep.equal([403, 'CSRF_FAILED']);
    }
    // A planted CSRF cookie that matches the header does not help either: the token is bound to the session.
    const planted = await intake({
      cookie: `govflow_session=${login.session}; govflow_csrf=${other.csrf}`,
      'x-csrf-token': other.csrf,
    });
    expect(planted.status).to.equal(403);
    expect(await casesStored()).to.equal(before);
    const accepted = await intake({ cookie: cookieOf(login), 'x-csrf-token': login.csrf });
    expect(accepted.status).to.equal(201);
    expect(await casesStored()).to.equal(before + 1);
  });

  it('given a bearer token, then writes need no CSRF token, and the bearer wins over any cookie', async () => {
    const cookieSession = await browserLogin(server.url, 'clerk2');
    const reply = await intake({ authorization: `Bearer ${clerkToken}`, cookie: cookieOf(cookieSession) });
    expect(reply.status).to.equal(201);
    const me = await send('/api/auth/me', {
      headers: { authorization: `Bearer ${clerkToken}`, cookie: cookieOf(cookieSession) },
    });
    expect(((await me.json()) as { username: string }).username).to.equal('clerk');
  });

  it('given a bad bearer token beside a good cookie, then 401: a bad credential is never papered over', async () => {
    const login = await browserLogin(server.url, 'clerk');
    const me = await send('/api/auth/me', {
      headers: { authorization: `Bearer ${'A'.repeat(43)}`, cookie: cookieOf(login) },
    });
    expect(me.status).to.equal(401);
  });

  it('given a cookie session, when uploading a file (multipart, the one non-JSON write), then the CSRF token is required too', async () => {
    const login = await browserLogin(server.url, 'clerk');
    const post = (headers: Record<string, string>) => {
      const { body, contentType } = multipart([{ filename: '身份证.pdf', content: pdfBytes() }]);
      return send('/api/files', { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
    };
    const forged = await post({ cookie: cookieOf(login) });
    expect([forged.status, await codeOf(forged)]).to.deep.equal([403, 'CSRF_FAILED']);
    expect((await post({ cookie: cookieOf(login), 'x-csrf-token': login.csrf })).status).to.equal(201);
  });

  it('given a cookie session, when logging out, then CSRF is checked, the session ends and both cookies are cleared', async () => {
    const login = await browserLogin(server.url, 'clerk');
    const forged = await send('/api/auth/logout', { method: 'POST', headers: { cookie: cookieOf(login) } });
    expect(forged.status).to.equal(403);
    expect((await send('/api/auth/me', { headers: { cookie: cookieOf(login) } })).status).to.equal(200);
    const logout = await send('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: cookieOf(login), 'x-csrf-token': login.csrf },
    });
    expect(logout.status).to.equal(204);
    const cleared = logout.headers.getSetCookie();
    for (const name of ['govflow_session', 'govflow_csrf']) {
      const line = cleared.find((c) => c.startsWith(`${name}=`)) ?? '';
      expect(line, name).to.match(/^[a-z_]+=;/u);
      expect(line.toLowerCase(), name).to.include('expires=thu, 01 jan 1970');
    }
    expect((await send('/api/auth/me', { headers: { cookie: cookieOf(login) } })).status).to.equal(401);
  });

  it('given a still-valid cookie, when signing in again without a CSRF token, then the login works (the old cookie is ignored)', async () => {
    const first = await browserLogin(server.url, 'clerk');
    const second = await browserLogin(server.url, 'clerk2', cookieOf(first));
    expect((second.body['user'] as { username: string }).username).to.equal('clerk2');
  });

  it("given the live light stream, then the browser's cookie signs it in, and ?access_token= still works", async () => {
    const supervisor = await browserLogin(server.url, 'supervisor');
    const open = async (path: string, headers: Record<string, string> = {}): Promise<[number, string]> => {
      const controller = new AbortController();
      const response = await send(path, { headers, signal: controller.signal });
      controller.abort();
      return [response.status, (response.headers.get('content-type') ?? '').split(';')[0] ?? ''];
    };
    expect(await open('/api/supervision/stream', { cookie: cookieOf(supervisor) })).to.deep.equal([
      200,
      'text/event-stream',
    ]);
    const [status] = await open(`/api/supervision/stream?access_token=${supervisor.session}`);
    expect(status).to.equal(200);
    expect((await open('/api/supervision/stream'))[0]).to.equal(401);
  });
});

// A throwaway self-signed certificate for 127.0.0.1 (test only; valid until 2126), to serve the app over https.
const TEST_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgy3QglWBZPr1pvhZK
s+gSQRUVLvqnYGhLe/st5Sh+5HWhRANCAATbDfVBSGhpx8Pbse7ByoYpVTY1bM/x
D8jYlqAcWOy6cmgz0Bps8XCcFLCGyC1BLnNo9pxzLKhqjG6eoJddy13H
-----END PRIVATE KEY-----
`;
const TEST_CERT = `-----BEGIN CERTIFICATE-----
MIIBkDCCATagAwIBAgIUe92LnfPNDGScqMgdbOXeTT1efAEwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyMTE1MzMzNloYDzIxMjYxMDI4
MTUzMzM2WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAATbDfVBSGhpx8Pbse7ByoYpVTY1bM/xD8jYlqAcWOy6cmgz0Bps8XCc
FLCGyC1BLnNo9pxzLKhqjG6eoJddy13Ho2QwYjAdBgNVHQ4EFgQUl2wGlvvtT0jj
qZZFdR3H7DPRk/EwHwYDVR0jBBgwFoAUl2wGlvvtT0jjqZZFdR3H7DPRk/EwDwYD
VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0gAMEUC
IQCCOFGdQO43y4dcpuAXhylJOqOwAG3R27sX0xzmH5608QIgCdBp4CLcjsccTNLW
mJNUiC8XjpLkGgWhOT2AtaEOGoA=
-----END CERTIFICATE-----
`;

describe('server / cookie sessions over https', () => {
  it('given the app served over https, when signing in, then both cookies carry Secure', async () => {
    const store = new SqliteStore({ file: ':memory:' });
    await seedDemo(store);
    const { app, scheduler, services } = createPlatform({
      store,
      clock: new ManualClock('2026-09-21T09:00:00+08:00'),
      calendar: createChinaCalendar(),
    });
    const server = createServer({ key: TEST_KEY, cert: TEST_CERT }, app.callback());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const setCookies = await new Promise<string[]>((resolve, reject) => {
        const req = httpsRequest(
          {
            host: '127.0.0.1',
            port,
            path: '/api/auth/login',
            method: 'POST',
            ca: TEST_CERT,
            headers: { 'content-type': 'application/json' },
          },
          (res) => {
            res.resume();
            resolve(res.headers['set-cookie'] ?? []);
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ username: 'clerk', password: 'govflow' }));
      });
      expect(setCookies).to.have.length(2);
      for (const line of setCookies) expect(line.toLowerCase(), line).to.include('; secure');
    } finally {
      services.lightStream.close();
      await scheduler.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    }
  });
});
