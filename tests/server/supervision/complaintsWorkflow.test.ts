import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import {
  acceptCase,
  complaintBody,
  moveClock,
  ok,
  type ComplaintDetailReply,
  type ComplaintReply,
  type ErrorReply,
  signInAs,
} from './complaintsSupport.js';

/**
 * A complaint made in person at 春熙路街道 on Tuesday 2026-09-29, and one nobody decides on. Deciding is due
 * within 5 working days counted from the next day: 09-30, then (after the National Day holiday, 10-01..07)
 * 10-08, 10-09, 10-10 (a make-up working Saturday) and 10-12 — so by 24:00 on 10-12.
 */
describe('Complaints: received at a window, decided, forwarded, answered and closed', () => {
  let dir: string;
  let server: TestServer;
  let clerk: HttpClient;
  let clerk2: HttpClient;
  let supervisor: HttpClient;
  let admin: HttpClient;
  let lead: HttpClient;
  let reviewer: HttpClient;
  let planlead: HttpClient;
  let applicant: HttpClient;
  let caseId: string;
  let receiptNumber: string;
  let decided: ComplaintReply;
  let undecided: ComplaintReply;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-complaints-'));
    server = await startTestServer({ now: '2026-09-29T10:00:00+08:00', file: join(dir, 'govflow.db') });
    [clerk, clerk2, supervisor, admin, lead, reviewer, planlead, applicant] = await signInAs(
      server.url,
      'clerk',
      'clerk2',
      'supervisor',
      'admin',
      'lead',
      'reviewer',
      'planlead',
      'applicant',
    );
    ({ id: caseId, receiptNumber } = await acceptCase(clerk));
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const detail = (client: HttpClient, id: string) => client.get<ComplaintDetailReply>(`/api/complaints/${id}`);
  const outbox = async (id: string) => server.store.listOutbox({ caseId: `complaint:${id}` }, 20);

  it('given a complaint made in person, when the clerk records it with a receipt number, then it is received, due for a decision by 24:00 on 10-12 and linked to the case for staff', async () => {
    decided = await ok(
      clerk.post<ComplaintReply>('/api/complaints', complaintBody({ receiptNumber, about: '区人社局审核岗' })),
      201,
    );
    expect(decided).to.deep.include({
      channel: 'window',
      status: 'received',
      receivedBy: 'u-clerk',
      windowId: 'jj-chunxilu-window',
      receivedAt: '2026-09-29T10:00:00.000+08:00',
      decideDueAt: '2026-10-13T00:00:00.000+08:00',
      pendingDueAt: '2026-10-13T00:00:00.000+08:00',
      overdue: false,
      entryCount: 1,
    });
    expect(decided.number).to.match(/^TS20260929-\d{4}$/);
    expect(decided.linkedCase).to.deep.include({
      caseId,
      receiptNumber,
      itemCode: 'JJ-RS-001',
      departmentId: 'jj-labour',
    });
    undecided = await ok(
      clerk.post<ComplaintReply>('/api/complaints', complaintBody({ subject: '窗口人员态度生硬' })),
      201,
    );
    expect(undecided.linkedCase).to.equal(null);
    expect(undecided.number).not.to.equal(decided.number);
  });

  it('given the roles, then only window staff record complaints made in person and nobody unsigned does', async () => {
    for (const client of [supervisor, lead, admin, applicant]) {
      const reply = await client.post<ErrorReply>('/api/complaints', complaintBody());
      expect(reply.status, JSON.stringify(reply.body)).to.equal(403);
    }
    const anonymous = await new HttpClient(server.url).post<ErrorReply>('/api/complaints', complaintBody());
    expect(anonymous.status).to.equal(401);
  });

  it('given a received complaint, then supervisors, administrators and the recording clerk read it; the department, a colleague and applicants do not', async () => {
    for (const client of [supervisor, admin, clerk]) expect((await detail(client, decided.id)).status).to.equal(200);
    for (const client of [lead, reviewer, clerk2, applicant]) {
      const reply = await detail(client, decided.id);
      expect(reply.status).to.equal(404);
      expect((reply.body as unknown as ErrorReply).code).to.equal('COMPLAINT_NOT_FOUND');
    }
    expect((await lead.get<ComplaintReply[]>('/api/complaints')).body).to.deep.equal([]);
    expect((await applicant.get<ComplaintReply[]>('/api/complaints')).body).to.deep.equal([]);
    expect((await detail(supervisor, 'no-such-complaint')).status).to.equal(404);
  });

  it('given the holiday, when the supervisor accepts on 10-09, then it is within the limit and the complainant is told by SMS without a word of the case', async () => {
    await moveClock(supervisor, '2026-10-09T09:00:00+08:00');
    expect((await supervisor.get<ComplaintReply[]>('/api/complaints?overdue=true')).body).to.deep.equal([]);
    expect((await lead.post<ErrorReply>(`/api/complaints/${decided.id}/accept`, {})).status).to.equal(404);
    expect((await clerk.post<ErrorReply>(`/api/complaints/${decided.id}/accept`, {})).status).to.equal(403);
    const accepted = await ok(
      supervisor.post<ComplaintReply>(`/api/complaints/${decided.id}/accept`, { note: '属于办件超期投诉' }),
    );
    expect(accepted).to.deep.include({
      status: 'accepted',
      decidedAt: '2026-10-09T09:00:00.000+08:00',
      decidedLate: false,
      pendingDueAt: null,
    });
    const again = await supervisor.post<ErrorReply>(`/api/complaints/${decided.id}/accept`, {});
    expect(again.status).to.equal(409);
    expect(again.body.code).to.equal('COMPLAINT_STATE');
    const [notice] = await outbox(decided.id);
    expect(notice).to.deep.include({
      channel: 'sms',
      to: '13980012345',
      template: 'complaint.accepted',
      status: 'pending',
    });
    const text = String(notice?.payload['text']);
    expect(text).to.contain(decided.number).and.to.contain('已受理');
    expect(text).not.to.contain(receiptNumber);
    expect(JSON.stringify(notice?.payload)).not.to.contain(caseId);
  });

  it('given an accepted complaint, when it is forwarded to the labour bureau, then its answer is due in 10 working days, its lead is told and the department reads it', async () => {
    const unknown = await supervisor.post<ErrorReply>(`/api/complaints/${decided.id}/forward`, {
      departmentId: 'jj-nowhere',
    });
    expect(unknown.status).to.equal(422);
    expect(unknown.body.code).to.equal('DEPARTMENT_UNKNOWN');
    const forwarded = await ok(
      supervisor.post<ComplaintReply>(`/api/complaints/${decided.id}/forward`, {
        departmentId: 'jj-labour',
        note: '请核查审核环节',
      }),
    );
    // From 10-09: 10-10 (make-up Saturday), 10-12 … 10-16, 10-19 … 10-22.
    expect(forwarded).to.deep.include({
      status: 'forwarded',
      departmentId: 'jj-labour',
      answerDueAt: '2026-10-23T00:00:00.000+08:00',
      pendingDueAt: '2026-10-23T00:00:00.000+08:00',
    });
    const toLead = (await outbox(decided.id)).find((m) => m.template === 'complaint.forwarded');
    expect(toLead).to.deep.include({ channel: 'webhook', to: 'user:u-lead' });
    for (const client of [lead, reviewer]) expect((await detail(client, decided.id)).status).to.equal(200);
    expect((await lead.get<ComplaintReply[]>('/api/complaints')).body.map((c) => c.id)).to.deep.equal([decided.id]);
    expect((await detail(planlead, decided.id)).status).to.equal(404);
  });

  it('given a forwarded complaint, then only its department answers, once, and only a supervisor closes it; the complainant hears the result', async () => {
    expect(
      (await planlead.post<ErrorReply>(`/api/complaints/${decided.id}/answer`, { text: '已核查' })).status,
    ).to.equal(404);
    expect(
      (await supervisor.post<ErrorReply>(`/api/complaints/${decided.id}/answer`, { text: '已核查' })).body.code,
    ).to.equal('NOT_COMPLAINT_DEPARTMENT');
    expect(
      (
        await supervisor.post<ErrorReply>(`/api/complaints/${decided.id}/close`, {
          resolution: 'substantiated',
          opinion: '属实',
        })
      ).status,
    ).to.equal(409);
    await ok(
      reviewer.post(`/api/complaints/${decided.id}/answer`, {
        text: '经核查，审核岗国庆前未及时审核，已于10月9日办结并致歉。',
      }),
    );
    expect((await lead.post<ErrorReply>(`/api/complaints/${decided.id}/answer`, { text: '再答复' })).status).to.equal(
      409,
    );
    for (const client of [lead, admin]) {
      const reply = await client.post<ErrorReply>(`/api/complaints/${decided.id}/close`, {
        resolution: 'substantiated',
        opinion: '属实',
      });
      expect(reply.status).to.equal(403);
    }
    const closed = await ok(
      supervisor.post<ComplaintReply>(`/api/complaints/${decided.id}/close`, {
        resolution: 'substantiated',
        opinion: '投诉属实，已责令区人社局整改并向投诉人致歉',
      }),
    );
    expect(closed).to.deep.include({
      status: 'closed',
      resolution: 'substantiated',
      reply: '投诉属实，已责令区人社局整改并向投诉人致歉',
    });
    const last = (await outbox(decided.id)).at(-1);
    expect(last).to.deep.include({ template: 'complaint.closed', to: '13980012345' });
    expect(String(last?.payload['text'])).to.contain('反映问题属实').and.to.contain('已责令区人社局整改');
    const full = (await detail(supervisor, decided.id)).body;
    expect(full.history.map((h) => h.type)).to.deep.equal([
      'complaint.received',
      'complaint.accepted',
      'complaint.forwarded',
      'complaint.answered',
      'complaint.closed',
    ]);
    expect(full.history.map((h) => h.by)).to.deep.equal([
      'u-clerk',
      'u-supervisor',
      'u-supervisor',
      'u-reviewer',
      'u-supervisor',
    ]);
    expect(full.evidence).to.deep.equal({ verified: true, algorithm: 'sm3', count: 5, brokenAt: null });
  });

  it('given the complaint nobody decided, then it turns overdue at 24:00 on 10-12, is listed as such, and a late refusal says so', async () => {
    await moveClock(supervisor, '2026-10-12T23:59:59.999+08:00');
    expect((await detail(supervisor, undecided.id)).body.complaint.overdue).to.equal(false);
    await moveClock(supervisor, '2026-10-13T00:00:00+08:00');
    const overdue = (await detail(supervisor, undecided.id)).body.complaint;
    expect(overdue).to.deep.include({ overdue: true, overdueKind: 'decide', decidedLate: true });
    expect(
      (await supervisor.get<ComplaintReply[]>('/api/complaints?overdue=true')).body.map((c) => c.id),
    ).to.deep.equal([undecided.id]);
    for (const reasons of [[], ['   '], 'not a list']) {
      expect(
        (await supervisor.post<ErrorReply>(`/api/complaints/${undecided.id}/reject`, { reasons })).status,
      ).to.equal(400);
    }
    const rejected = await ok(
      supervisor.post<ComplaintReply>(`/api/complaints/${undecided.id}/reject`, {
        reasons: ['反映的问题已通过行政复议程序处理', '不属于本中心受理范围'],
      }),
    );
    expect(rejected).to.deep.include({ status: 'rejected', overdue: false, decidedLate: true });
    const [notice] = await outbox(undecided.id);
    expect(notice?.template).to.equal('complaint.rejected');
    expect(String(notice?.payload['text'])).to.contain('不予受理').and.to.contain('不属于本中心受理范围');
    expect(
      (await supervisor.post<ErrorReply>(`/api/complaints/${undecided.id}/forward`, { departmentId: 'jj-labour' }))
        .status,
    ).to.equal(409);
  });

  it('given a step rewritten in the database, then the chain breaks at that entry; with the last entry removed, it is found missing', async () => {
    const db = new Database(join(dir, 'govflow.db'));
    try {
      db.prepare(
        `UPDATE complaint_entries SET data = json_set(data, '$.text', '按时办结') WHERE complaint_id = ? AND seq = 4`,
      ).run(decided.id);
      expect((await detail(supervisor, decided.id)).body.evidence).to.deep.include({
        verified: false,
        brokenAt: { seq: 4, reason: 'hash-mismatch' },
      });
      db.prepare('DELETE FROM complaint_entries WHERE complaint_id = ? AND seq >= 4').run(decided.id);
      expect((await detail(supervisor, decided.id)).body.evidence).to.deep.include({
        verified: false,
        brokenAt: { seq: 4, reason: 'missing-events' },
      });
    } finally {
      db.close();
    }
  });

  it('given the settings, when a supervisor shortens the decision limit to 3 working days, then new complaints run on it; clerks may not change it and a stale version is refused', async () => {
    const current = await ok(
      supervisor.get<{ version: number; complaints: Record<string, number> }>('/api/supervision/feedback-settings'),
    );
    expect(current).to.deep.include({ version: 0, complaints: { decideDays: 5, answerDays: 10 } });
    const body = {
      version: 0,
      complaints: { decideDays: 3, answerDays: 10 },
      evaluations: { rectifyDays: 10, codeMinutes: 30 },
    };
    expect(
      (await clerk.send('PUT', '/api/supervision/feedback-settings', JSON.stringify(body), 'application/json')).status,
    ).to.equal(403);
    const bad = { ...body, complaints: { decideDays: 0, answerDays: 10 } };
    expect(
      (await supervisor.send('PUT', '/api/supervision/feedback-settings', JSON.stringify(bad), 'application/json'))
        .status,
    ).to.equal(400);
    expect(
      (await supervisor.send('PUT', '/api/supervision/feedback-settings', JSON.stringify(body), 'application/json'))
        .status,
    ).to.equal(200);
    expect(
      (await admin.send('PUT', '/api/supervision/feedback-settings', JSON.stringify(body), 'application/json')).status,
    ).to.equal(409);
    // Tuesday 10-13: 10-14, 10-15, 10-16.
    const next = await ok(clerk.post<ComplaintReply>('/api/complaints', complaintBody()), 201);
    expect(next.decideDueAt).to.equal('2026-10-17T00:00:00.000+08:00');
    expect((await detail(supervisor, decided.id)).body.complaint.decideDueAt).to.equal('2026-10-13T00:00:00.000+08:00');
  });
});
