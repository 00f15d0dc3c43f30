import { expect } from 'chai';
import { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import {
  acceptCase,
  complaintBody,
  ok,
  sendJson,
  type ComplaintDetailReply,
  type ComplaintReply,
  type ErrorReply,
  signInAs,
} from './complaintsSupport.js';

/** What the public page is answered with. */
interface PublicReply {
  id: string;
  number: string;
  status: string;
  receiptNumber: string | null;
  rejectionReasons: string[];
  [key: string]: unknown;
}

const FILE = '/api/public/complaints';

describe('Complaints: the public page', () => {
  let server: TestServer;
  let supervisor: HttpClient;
  let applicant: HttpClient;
  let receiptNumber: string;
  let caseId: string;

  before(async () => {
    server = await startTestServer({ now: '2026-09-29T10:00:00+08:00' });
    [supervisor, applicant] = await signInAs(server.url, 'supervisor', 'applicant');
    ({ id: caseId, receiptNumber } = await acceptCase(await new HttpClient(server.url).login('clerk')));
  });
  after(() => server.close());

  const file = (body: unknown) => sendJson<PublicReply & ErrorReply>(server.url, 'POST', FILE, body);

  it('given anyone without signing in, when they complain with contact details, then it is received and they are answered without a word of the case', async () => {
    const known = await file(complaintBody({ receiptNumber, complainant: { name: '王仕碧', phone: '13980010001' } }));
    const unknown = await file(
      complaintBody({ receiptNumber: 'SL20260929-9999', complainant: { name: '王仕碧', phone: '13980010002' } }),
    );
    expect(known.status, JSON.stringify(known.body)).to.equal(201);
    expect(known.body).to.include({ status: 'received', channel: 'public', receiptNumber });
    expect(Object.keys(known.body).sort()).to.deep.equal(Object.keys(unknown.body).sort());
    for (const reply of [known, unknown]) {
      expect(JSON.stringify(reply.body)).not.to.contain(caseId).and.not.to.contain('JJ-RS-001');
      expect(reply.body).not.to.have.property('linkedCase');
      expect(reply.body).not.to.have.property('complainant');
    }
    const staff = (await supervisor.get<ComplaintDetailReply>(`/api/complaints/${known.body.id}`)).body.complaint;
    expect(staff).to.deep.include({ channel: 'public', receivedBy: 'public', scopeKeys: [] });
    expect(staff.linkedCase?.caseId).to.equal(caseId);
  });

  it('given a signed-in applicant, when they complain, then the complaint is theirs to follow — in the complainant’s view only', async () => {
    const filed = await ok(
      applicant.post<PublicReply>(
        FILE,
        complaintBody({ receiptNumber, complainant: { name: '张明', phone: '13800001111' } }),
      ),
      201,
    );
    const own = await ok(applicant.get<PublicReply[]>('/api/complaints'));
    expect(own.map((c) => c.id)).to.deep.equal([filed.id]);
    await ok(supervisor.post(`/api/complaints/${filed.id}/reject`, { reasons: ['已另案处理'] }));
    const seen = await ok(applicant.get<PublicReply>(`/api/complaints/${filed.id}`));
    expect(seen).to.include({ status: 'rejected', statusName: '不予受理' });
    expect(seen.rejectionReasons).to.deep.equal(['已另案处理']);
    for (const hidden of ['linkedCase', 'history', 'evidence', 'scopeKeys', 'receivedBy', 'departmentId']) {
      expect(seen).not.to.have.property(hidden);
    }
    expect(JSON.stringify(seen)).not.to.contain(caseId);
    const other = (await supervisor.get<ComplaintReply[]>('/api/complaints?channel=public')).body.find(
      (c) => c.id !== filed.id,
    );
    expect((await applicant.get(`/api/complaints/${other?.id ?? ''}`)).status).to.equal(404);
    expect(
      (await applicant.post(`/api/complaints/${filed.id}/close`, { resolution: 'substantiated', opinion: 'x' })).status,
    ).to.equal(403);
  });

  it('given missing contact details, hostile values or oversized text, then the complaint is refused with a clear error and nothing is stored', async () => {
    const before = (await supervisor.get<ComplaintReply[]>('/api/complaints')).body.length;
    const bodies: unknown[] = [
      { subject: '无联系方式', content: '内容' },
      complaintBody({ complainant: { name: '王' } }),
      complaintBody({ complainant: { name: '王', phone: 'call me' } }),
      complaintBody({ complainant: { name: { $gt: '' }, phone: '13980012345' } }),
      complaintBody({ complainant: { name: '王', phone: { $ne: null } } }),
      complaintBody({ receiptNumber: { $ne: null } }),
      complaintBody({ receiptNumber: '../../etc/passwd' }),
      complaintBody({ content: '长'.repeat(5001) }),
      complaintBody({ subject: '   ' }),
      complaintBody({ $where: 'sleep(1000)' }),
      JSON.parse(
        '{"__proto__":{"admin":true},"complainant":{"name":"王","phone":"13980012345"},"subject":"s","content":"c"}',
      ),
      [complaintBody()],
    ];
    for (const body of bodies) {
      const reply = await file(body);
      expect(reply.status, JSON.stringify(body).slice(0, 80)).to.equal(400);
      expect(reply.body.code).to.be.oneOf(['VALIDATION_FAILED', 'MALFORMED_JSON']);
    }
    const malformed = await sendJson<ErrorReply>(server.url, 'POST', FILE, '{"subject": ');
    expect(malformed.body.code).to.equal('MALFORMED_JSON');
    const text = await fetch(`${server.url}${FILE}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(text.status).to.equal(415);
    const huge = await file(complaintBody({ content: 'x'.repeat(1_100_000) }));
    expect(huge.status).to.equal(413);
    expect((await supervisor.get<ComplaintReply[]>('/api/complaints')).body).to.have.length(before);
  });

  it('given hostile query parameters, then the complaint list refuses them instead of reading them as operators', async () => {
    for (const query of [
      'status=%7B%22%24ne%22%3A1%7D',
      'status=received&status=closed',
      'overdue=yes',
      'limit=0',
      'channel=fax',
    ]) {
      const reply = await supervisor.get<ErrorReply>(`/api/complaints?${query}`);
      expect(reply.status, query).to.equal(400);
    }
    expect((await supervisor.get('/api/complaints?status[$ne]=closed')).status).to.equal(200);
  });
});

describe('Complaints: the public page’s rate limits', () => {
  let server: TestServer;
  let supervisor: HttpClient;

  before(async () => {
    server = await startTestServer({ now: '2026-09-29T10:00:00+08:00' });
    supervisor = await new HttpClient(server.url).login('supervisor');
  });
  after(() => server.close());

  const file = (phone: string) =>
    sendJson<ErrorReply>(server.url, 'POST', FILE, complaintBody({ complainant: { name: '王仕碧', phone } }));

  it('given three complaints from one phone number within the hour, then a fourth is refused with 429 and Retry-After, and not stored', async () => {
    for (let i = 0; i < 3; i += 1) expect((await file('13900000001')).status).to.equal(201);
    const refused = await file('13900000001');
    expect(refused.status).to.equal(429);
    expect(refused.body.code).to.equal('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).to.be.within(3000, 3600);
    expect((await supervisor.get<ComplaintReply[]>('/api/complaints')).body).to.have.length(3);
  });

  it('given twenty complaints from one address within the hour, then the next is refused whatever the phone number; bad requests do not count', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await sendJson(server.url, 'POST', FILE, { subject: 'no contact' })).status).to.equal(400);
    }
    for (let i = 0; i < 17; i += 1)
      expect((await file(`1390000${String(100 + i).padStart(4, '0')}`)).status).to.equal(201);
    const refused = await file('13900009999');
    expect(refused.status).to.equal(429);
    expect((await supervisor.get<ComplaintReply[]>('/api/complaints?limit=100')).body).to.have.length(20);
  });
});
