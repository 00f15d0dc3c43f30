import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('server / hostile input: refused clearly, nothing stored, no internals leaked', () => {
  let server: TestServer;
  let clerk: HttpClient;

  before(async () => {
    server = await startTestServer();
    clerk = await new HttpClient(server.url).login('clerk');
  });
  after(() => server.close());

  const casesStored = async () => (await clerk.get<unknown[]>('/api/cases')).body.length;

  it('given a 2 MB body, then 413 PAYLOAD_TOO_LARGE', async () => {
    const huge = JSON.stringify({ ...REEMPLOYMENT_APPLICATION, applicantName: 'x'.repeat(2 * 1024 * 1024) });
    const reply = await clerk.send('POST', '/api/cases', huge, 'application/json');
    expect(reply.status).to.equal(413);
    expect(reply.body).to.deep.include({ code: 'PAYLOAD_TOO_LARGE' });
    expect(await casesStored()).to.equal(0);
  });

  it('given query operators where strings belong, then 400 VALIDATION_FAILED, not a login or a lookup', async () => {
    const login = await new HttpClient(server.url).post('/api/auth/login', {
      username: { $gt: '' },
      password: { $gt: '' },
    });
    expect(login.status).to.equal(400);
    expect(login.body['code']).to.equal('VALIDATION_FAILED');
    const intake = await clerk.post('/api/cases', { ...REEMPLOYMENT_APPLICATION, itemCode: { $where: 'sleep(1000)' } });
    expect(intake.status).to.equal(400);
    expect(await casesStored()).to.equal(0);
  });

  it('given a __proto__ key in the form data, then the case is refused and nothing is polluted', async () => {
    const body = `{"itemCode":"JJ-RS-001","applicantName":"王仕碧","materials":["id-card","loss-statement"],"formData":{"applicantName":"王仕碧","idNumber":"510104196003152846","phone":"13980012345","reason":"遗失","__proto__":{"polluted":true}}}`;
    const reply = await clerk.send('POST', '/api/cases', body, 'application/json');
    expect(reply.status).to.be.within(400, 422);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(await casesStored()).to.equal(0);
  });

  it('given JSON nested 10,000 levels deep, then 400 quickly and the server still answers', async () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const body = `{"itemCode":"JJ-RS-001","applicantName":"x","materials":[],"formData":${deep}}`;
    const reply = await clerk.send('POST', '/api/cases', body, 'application/json');
    expect(reply.status).to.equal(400);
    expect((await clerk.get('/api/health')).status).to.equal(200);
  });

  it('given path tricks in an item code, then 404 and no file is read', async () => {
    for (const path of [
      '/api/items/..%2F..%2Fetc%2Fpasswd',
      '/api/items/%2e%2e%2fpackage.json',
      '/api/items/JJ-RS-001%00',
    ]) {
      const reply = await clerk.get(path);
      expect(reply.status, path).to.equal(404);
      expect(JSON.stringify(reply.body)).not.to.contain('root:');
    }
  });

  it('given a garbage bearer token, then 401 like no token at all', async () => {
    const response = await fetch(`${server.url}/api/cases`, { headers: { authorization: `Bearer ${'A'.repeat(60)}` } });
    expect(response.status).to.equal(401);
  });
});
