import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('server API: errors are clear, typed and never leak internals', () => {
  let server: TestServer;
  let anonymous: HttpClient;
  let clerk: HttpClient;

  before(async () => {
    server = await startTestServer();
    anonymous = new HttpClient(server.url);
    clerk = await new HttpClient(server.url).login('clerk');
  });
  after(() => server.close());

  it('reports health with the demo catalog loaded', async () => {
    const reply = await anonymous.get('/api/health');
    expect(reply.status).to.equal(200);
    expect(reply.body).to.include({ status: 'ok', clock: 'manual' });
    expect(reply.body['items']).to.be.greaterThan(0);
  });

  it('answers 401 with a Chinese message when nobody is signed in', async () => {
    const reply = await anonymous.get('/api/cases');
    expect(reply.status).to.equal(401);
    expect(reply.body).to.deep.equal({ code: 'UNAUTHENTICATED', message: '请先登录', details: {} });
  });

  it('answers 401 LOGIN_FAILED for a wrong password, the same as for an unknown user', async () => {
    const wrong = await anonymous.post('/api/auth/login', { username: 'clerk', password: 'nope' });
    const unknown = await anonymous.post('/api/auth/login', { username: 'ghost', password: 'nope' });
    expect([wrong.status, unknown.status]).to.deep.equal([401, 401]);
    expect(wrong.body).to.deep.equal(unknown.body);
  });

  it('lists the published items with their materials', async () => {
    const reply = await clerk.get<{ code: string; name: string; materials: unknown[] }[]>('/api/items');
    const item = reply.body.find((i) => i.code === 'JJ-RS-001');
    expect(item?.name).to.equal('失业人员再就业证补办');
    expect(item?.materials).to.have.length(3);
  });

  it('rejects a body that is not JSON with 415, and broken JSON with 400', async () => {
    const text = await clerk.send('POST', '/api/cases', 'itemCode=1', 'text/plain');
    expect(text.status).to.equal(415);
    expect(text.body).to.include({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    const broken = await clerk.send('POST', '/api/cases', '{"itemCode":', 'application/json');
    expect(broken.status).to.equal(400);
    expect(broken.body).to.include({ code: 'MALFORMED_JSON' });
    expect(JSON.stringify(broken.body)).not.to.match(/at \w+ \(|node_modules/);
  });

  it('lists every invalid request field at once with 400 VALIDATION_FAILED', async () => {
    const reply = await clerk.post<{ code: string; details: { errors: { path: string }[] } }>('/api/cases', {
      itemCode: 'JJ-RS-001',
      formData: {},
      materials: [{ $gt: '' }],
    });
    expect(reply.status).to.equal(400);
    expect(reply.body.code).to.equal('VALIDATION_FAILED');
    expect(reply.body.details.errors.map((e) => e.path)).to.include.members(['/applicantName', '/materials/0']);
  });

  it('lists every invalid form field with Chinese messages and stores no case', async () => {
    const reply = await clerk.post<{ code: string; details: { errors: { path: string; message: string }[] } }>(
      '/api/cases',
      {
        ...REEMPLOYMENT_APPLICATION,
        formData: { applicantName: '王', idNumber: '123', phone: '12' },
      },
    );
    expect(reply.status).to.equal(400);
    expect(reply.body.code).to.equal('FORM_INVALID');
    const paths = reply.body.details.errors.map((e) => e.path);
    expect(paths).to.include.members(['/applicantName', '/idNumber', '/phone', '/reason']);
    expect(reply.body.details.errors.every((e) => /[\u4e00-\u9fff]/.test(e.message))).to.equal(true);
    expect((await clerk.get<unknown[]>('/api/cases')).body).to.have.length(0);
  });

  it('answers 404 for an unknown item, task or route', async () => {
    expect((await clerk.post('/api/cases', { ...REEMPLOYMENT_APPLICATION, itemCode: 'NOPE' })).status).to.equal(404);
    const task = await clerk.post('/api/tasks/nope.t1/complete', {});
    expect(task.status).to.equal(404);
    expect(task.body['code']).to.equal('TASK_NOT_FOUND');
    const route = await clerk.get('/api/nothing-here');
    expect(route.status).to.equal(404);
    expect(route.body['code']).to.equal('NOT_FOUND');
  });

  it('moves the manual clock forward only', async () => {
    const moved = await clerk.post('/api/dev/clock', { now: '2026-10-01T09:00:00+08:00' });
    expect(moved.status).to.equal(200);
    const back = await clerk.post('/api/dev/clock', { now: '2026-01-01T09:00:00+08:00' });
    expect(back.status).to.equal(400);
    expect(back.body['code']).to.equal('CLOCK_INVALID');
  });
});
