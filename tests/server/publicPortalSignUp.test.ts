import { expect } from 'chai';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

interface Reply {
  status: number;
  retryAfter: string | null;
  body: Record<string, unknown>;
}

async function signUp(server: TestServer, body: unknown): Promise<Reply> {
  const response = await fetch(`${server.url}/api/public/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe('server / public portal: applicants sign up with real name, mobile and password (群众注册)', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('given a citizen signs up, then the mobile number signs in to an applicant account of no unit, stored with a hashed password', async () => {
    const reply = await signUp(server, { realName: '陈晓燕', mobile: '13600001111', password: 'chen2026ok' });
    expect(reply.status).to.equal(201);
    expect(reply.body).to.deep.include({ username: '13600001111', displayName: '陈晓燕', role: 'applicant' });
    const me = await (await new HttpClient(server.url).login('13600001111', 'chen2026ok')).get('/api/auth/me');
    expect(me.body).to.deep.include({
      role: 'applicant',
      unitId: null,
      departmentId: null,
      windowId: null,
      groups: [],
    });
    const stored = await server.store.findUserByName('13600001111');
    expect(stored?.passwordHash)
      .to.match(/^scrypt\$/)
      .and.not.contain('chen2026ok');
  });

  it('given the same mobile again, then 409 and the first account keeps its password', async () => {
    const again = await signUp(server, { realName: '冒名者', mobile: '13600001111', password: 'other2026ok' });
    expect([again.status, again.body['code']]).to.deep.equal([409, 'MOBILE_REGISTERED']);
    expect(
      (await new HttpClient(server.url).post('/api/auth/login', { username: '13600001111', password: 'chen2026ok' }))
        .status,
    ).to.equal(200);
  });

  it('given a weak password, a bad mobile, a missing name or a role smuggled in, then 400 and no account', async () => {
    const weak = await signUp(server, { realName: '王五', mobile: '13600002222', password: 'onlyletters' });
    expect([weak.status, weak.body['code']]).to.deep.equal([400, 'VALIDATION_FAILED']);
    const mobileAsPassword = await signUp(server, {
      realName: '王五',
      mobile: '13600002222',
      password: 'a13600002222',
    });
    expect(mobileAsPassword.status).to.equal(400);
    expect((await signUp(server, { realName: '王五', mobile: '12345', password: 'wang2026ok' })).status).to.equal(400);
    expect((await signUp(server, { mobile: '13600002222', password: 'wang2026ok' })).status).to.equal(400);
    const smuggled = await signUp(server, {
      realName: '王五',
      mobile: '13600002222',
      password: 'wang2026ok',
      role: 'administrator',
    });
    expect(smuggled.status).to.equal(400);
    expect(await server.store.findUserByName('13600002222')).to.equal(undefined);
  });
});

describe('server / public portal: sign-up is throttled like login', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('given five attempts for one mobile, then the sixth is 429 with Retry-After; given ten from one address, then the eleventh is too', async () => {
    const attempts: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      attempts.push(
        (await signUp(server, { realName: '赵六', mobile: '13700003333', password: `zhao2026ok${i}` })).status,
      );
    }
    expect(attempts).to.deep.equal([201, 409, 409, 409, 409]);
    const sixth = await signUp(server, { realName: '赵六', mobile: '13700003333', password: 'zhao2026ok9' });
    expect([sixth.status, sixth.body['code']]).to.deep.equal([429, 'SIGN_UP_THROTTLED']);
    expect(Number(sixth.retryAfter)).to.be.greaterThan(0).and.at.most(3600);
    for (let i = 0; i < 5; i += 1) {
      expect(
        (await signUp(server, { realName: '钱七', mobile: `1370000400${i}`, password: 'qian2026ok' })).status,
      ).to.equal(201);
    }
    const eleventh = await signUp(server, { realName: '孙八', mobile: '13700005555', password: 'sun2026ok' });
    expect([eleventh.status, eleventh.body['code']]).to.deep.equal([429, 'SIGN_UP_THROTTLED']);
    expect(await server.store.findUserByName('13700005555')).to.equal(undefined);
  });
});
