import { expect } from 'chai';
import type { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import {
  acceptCase,
  complaintBody,
  fileHotline,
  hotlineKey,
  ok,
  sendJson,
  type ComplaintDetailReply,
  type ComplaintReply,
  type ErrorReply,
  signInAs,
} from './complaintsSupport.js';

/** What the hotline's system is answered with. */
interface HotlineReply {
  id: string;
  number: string;
  status: string;
  hotlineTicket: string | null;
  receiptNumber: string | null;
  decideDueAt: string;
  [key: string]: unknown;
}

/** The 12345 hotline's system files complaints with an API key of its own and an idempotency key per filing. */
describe('Complaints: the 12345 hotline system', () => {
  let server: TestServer;
  let admin: HttpClient;
  let supervisor: HttpClient;
  let clerk: HttpClient;
  let key: { id: string; secret: string };
  let receiptNumber: string;
  let caseId: string;

  before(async () => {
    server = await startTestServer({ now: '2026-09-29T10:00:00+08:00' });
    [admin, supervisor, clerk] = await signInAs(server.url, 'admin', 'supervisor', 'clerk');
    key = await hotlineKey(admin);
    ({ id: caseId, receiptNumber } = await acceptCase(clerk));
  });
  after(() => server.close());

  const ticket = (n: number, overrides: Record<string, unknown> = {}) =>
    complaintBody({ ticket: `12345-20260929-${n}`, ...overrides });

  it('given the administrator, then a hotline key is shown once and listed without its secret; nobody else manages keys', async () => {
    expect(key.secret).to.match(/^gfh\.[0-9a-f]{12}\.[\w-]{43}$/);
    const listed = await ok(admin.get<Record<string, unknown>[]>('/api/admin/hotline-keys'));
    expect(listed).to.have.length(1);
    expect(listed[0]).to.include({ id: key.id, prefix: `gfh.${key.id}`, name: '成都市12345热线', revokedAt: null });
    expect(JSON.stringify(listed)).not.to.contain(key.secret.split('.')[2]);
    expect(listed[0]).not.to.have.property('secretHash');
    for (const client of [supervisor, clerk]) {
      expect((await client.post('/api/admin/hotline-keys', { name: 'x' })).status).to.equal(403);
      expect((await client.get('/api/admin/hotline-keys')).status).to.equal(403);
    }
  });

  it('given no key, a wrong key, a department system’s key or a signed-in user, then the hotline endpoint answers 401', async () => {
    const wrong = `${key.secret.slice(0, -1)}${key.secret.endsWith('A') ? 'B' : 'A'}`;
    for (const headers of [
      {},
      { 'x-api-key': wrong },
      { 'x-api-key': `gfk.${key.id}.${'a'.repeat(43)}` },
      { 'x-api-key': { $ne: null } as unknown as string },
    ]) {
      const reply = await sendJson<ErrorReply>(server.url, 'POST', '/api/hotline/complaints', ticket(1), {
        'idempotency-key': 'k-1',
        ...headers,
      });
      expect(reply.status).to.equal(401);
      expect(reply.body.code).to.equal('API_KEY_INVALID');
    }
    expect((await supervisor.post('/api/hotline/complaints', ticket(1))).status).to.equal(401);
    expect((await supervisor.get<ComplaintReply[]>('/api/complaints')).body).to.deep.equal([]);
  });

  it('given a filing without or with a malformed idempotency key, then it is refused and nothing is stored', async () => {
    const none = await fileHotline<ErrorReply>(server.url, key.secret, '', ticket(1));
    expect(none.status).to.equal(400);
    expect(none.body.code).to.equal('IDEMPOTENCY_KEY_REQUIRED');
    const long = await fileHotline<ErrorReply>(server.url, key.secret, 'x'.repeat(129), ticket(1));
    expect(long.body.code).to.equal('IDEMPOTENCY_KEY_INVALID');
    expect((await supervisor.get<ComplaintReply[]>('/api/complaints')).body).to.deep.equal([]);
  });

  it('given a filing, when the hotline retries it with the same key, then the first answer comes again and there is one complaint', async () => {
    const first = await fileHotline<HotlineReply>(server.url, key.secret, 'call-0001', ticket(1, { receiptNumber }));
    expect(first.status, JSON.stringify(first.body)).to.equal(201);
    expect(first.body).to.include({ status: 'received', hotlineTicket: '12345-20260929-1', receiptNumber });
    expect(first.body.decideDueAt).to.equal('2026-10-13T00:00:00.000+08:00');
    expect(first.headers.get('idempotent-replayed')).to.equal(null);
    for (let retry = 0; retry < 3; retry += 1) {
      const again = await fileHotline<HotlineReply>(server.url, key.secret, 'call-0001', ticket(1, { receiptNumber }));
      expect(again.status).to.equal(201);
      expect(again.body).to.deep.equal(first.body);
      expect(again.headers.get('idempotent-replayed')).to.equal('true');
    }
    const listed = (await supervisor.get<ComplaintReply[]>('/api/complaints?channel=hotline')).body;
    expect(listed.map((c) => c.id)).to.deep.equal([first.body.id]);
    expect(listed[0]).to.deep.include({ receivedBy: `hotline:${key.id}`, hotlineTicket: '12345-20260929-1' });
    const reused = await fileHotline<ErrorReply>(server.url, key.secret, 'call-0001', ticket(2));
    expect(reused.status).to.equal(422);
    expect(reused.body.code).to.equal('IDEMPOTENCY_KEY_REUSED');
  });

  it('given a bad filing, then it is refused with every field error and leaves its idempotency key free for the corrected one', async () => {
    const bad = await fileHotline<ErrorReply>(
      server.url,
      key.secret,
      'call-0002',
      ticket(3, { complainant: { name: '李四' }, subject: '' }),
    );
    expect(bad.status).to.equal(400);
    const paths = (bad.body.details['errors'] as { path: string }[]).map((e) => e.path);
    expect(paths).to.include('/subject');
    expect(paths.some((p) => p.startsWith('/complainant'))).to.equal(true);
    const good = await fileHotline<HotlineReply>(server.url, key.secret, 'call-0002', ticket(3));
    expect(good.status).to.equal(201);
  });

  it('given a receipt number that names a case and one that does not, then the hotline hears the same shape of answer and never the case; staff see the link', async () => {
    const known = await fileHotline<HotlineReply>(server.url, key.secret, 'call-0010', ticket(10, { receiptNumber }));
    const unknown = await fileHotline<HotlineReply>(
      server.url,
      key.secret,
      'call-0011',
      ticket(11, { receiptNumber: 'SL20260929-9999' }),
    );
    expect(Object.keys(known.body).sort()).to.deep.equal(Object.keys(unknown.body).sort());
    for (const reply of [known, unknown]) {
      expect(reply.body).not.to.have.property('linkedCase');
      expect(JSON.stringify(reply.body)).not.to.contain(caseId).and.not.to.contain('JJ-RS-001');
    }
    const seen = async (id: string) =>
      (await supervisor.get<ComplaintDetailReply>(`/api/complaints/${id}`)).body.complaint.linkedCase;
    expect((await seen(known.body.id))?.receiptNumber).to.equal(receiptNumber);
    expect(await seen(unknown.body.id)).to.equal(null);
  });

  it('given a filed complaint, then the hotline follows its status with its key; other complaints and keyless reads are refused', async () => {
    const filed = await fileHotline<HotlineReply>(server.url, key.secret, 'call-0020', ticket(20));
    await ok(supervisor.post(`/api/complaints/${filed.body.id}/accept`, {}));
    const status = await sendJson<HotlineReply>(
      server.url,
      'GET',
      `/api/hotline/complaints/${filed.body.id}`,
      undefined,
      {
        'x-api-key': key.secret,
      },
    );
    expect(status.status).to.equal(200);
    expect(status.body).to.include({ status: 'accepted', statusName: '已受理', hotlineTicket: '12345-20260929-20' });
    const windowComplaint = await ok(clerk.post<ComplaintReply>('/api/complaints', complaintBody()), 201);
    const other = await sendJson(server.url, 'GET', `/api/hotline/complaints/${windowComplaint.id}`, undefined, {
      'x-api-key': key.secret,
    });
    expect(other.status).to.equal(404);
    expect((await sendJson(server.url, 'GET', `/api/hotline/complaints/${filed.body.id}`, undefined)).status).to.equal(
      401,
    );
  });

  it('given a revoked key, then filings and reads with it are refused at once', async () => {
    const spare = await hotlineKey(admin, '备用线路');
    await ok(admin.post(`/api/admin/hotline-keys/${spare.id}/revoke`, {}));
    const refused = await fileHotline<ErrorReply>(server.url, spare.secret, 'call-0030', ticket(30));
    expect(refused.status).to.equal(401);
    expect(refused.body.code).to.equal('API_KEY_REVOKED');
    expect((await admin.post('/api/admin/hotline-keys/000000000000/revoke', {})).status).to.equal(404);
    const push = await sendJson(
      server.url,
      'POST',
      '/api/department-systems/tasks/x.y/complete',
      {},
      {
        'x-api-key': key.secret,
        'idempotency-key': 'k',
      },
    );
    expect(push.status).to.equal(401);
  });
});
