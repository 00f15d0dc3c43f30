import { expect } from 'chai';
import { LoginThrottle } from '../../server/src/services/loginThrottle.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('server / login throttling', () => {
  it('given five failures of one name, then the name waits out the window while other names and the address still may', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle({ maxFailures: 5, maxFailuresPerAddress: 8, windowMs: 60_000 }, () => now);
    for (let i = 0; i < 5; i++) throttle.fail(['user:clerk', 'ip:10.0.0.1']);
    expect(throttle.retryAfter(['user:clerk', 'ip:10.0.0.1'])).to.equal(60_000);
    expect(throttle.retryAfter(['user:reviewer', 'ip:10.0.0.1'])).to.equal(0);
    now += 30_000;
    expect(throttle.retryAfter(['user:clerk'])).to.equal(30_000);
    now += 30_001;
    expect(throttle.retryAfter(['user:clerk'])).to.equal(0);
  });

  it('given many failures from one address across names, then the address is throttled at its own limit', () => {
    const throttle = new LoginThrottle({ maxFailures: 5, maxFailuresPerAddress: 8, windowMs: 60_000 }, () => 0);
    for (let i = 0; i < 8; i++) throttle.fail([`user:u${i}`, 'ip:10.0.0.9']);
    expect(throttle.retryAfter(['user:new', 'ip:10.0.0.9'])).to.equal(60_000);
    expect(throttle.retryAfter(['user:new', 'ip:10.0.0.10'])).to.equal(0);
  });

  describe('over HTTP', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server.close());

    it('answers 429 LOGIN_THROTTLED with Retry-After after five wrong passwords, even for the right one', async () => {
      const client = new HttpClient(server.url);
      for (let i = 0; i < 5; i++) {
        expect((await client.post('/api/auth/login', { username: 'lead', password: 'wrong' })).status).to.equal(401);
      }
      const response = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'lead', password: 'govflow' }),
      });
      expect(response.status).to.equal(429);
      expect(Number(response.headers.get('retry-after'))).to.be.within(800, 900);
      const body = (await response.json()) as { code: string; message: string };
      expect(body.code).to.equal('LOGIN_THROTTLED');
      expect(body.message).to.contain('分钟后再试');
      expect((await client.post('/api/auth/login', { username: 'clerk', password: 'govflow' })).status).to.equal(200);
    });
  });
});
