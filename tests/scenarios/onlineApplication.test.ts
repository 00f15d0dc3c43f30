import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { pdfBytes, request, upload } from '../server/filesSupport.js';
import { signIn, type CaseReply, type ErrorReply } from './support/lifecycle.js';

interface Hop {
  action: string;
  by: string;
  data: Record<string, unknown>;
}
interface ApplicationReply {
  id: string;
  status: string;
  channel: string;
  unitId: string;
  windowId: string | null;
  applicantName: string;
  caseId: string | null;
  path: Hop[];
  notice: { number: string; missing: { id: string; name: string }[]; noticeText: string } | null;
}
interface AcceptReply {
  application: ApplicationReply;
  case: CaseReply;
  verificationCode: string;
}
interface CaseDetail extends CaseReply {
  state: { applicantId?: string };
}

const FORM = {
  applicantName: '张明',
  idNumber: '510104198807150011',
  phone: '13880001234',
  address: '成都市锦江区春熙路',
  reason: '遗失',
};

describe('Scenario: Zhang Ming applies online, the window pre-reviews, returns it once with everything missing, then accepts', () => {
  let dir: string;
  let server: TestServer;
  const tokens: Record<string, string> = {};
  const as: Record<string, HttpClient> = {};
  let application: ApplicationReply;
  let accepted: AcceptReply;
  let windowCase: CaseReply;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-online-'));
    server = await startTestServer({ now: '2026-09-21T20:30:00+08:00', uploads: { dir } });
    for (const name of ['applicant', 'clerk', 'clerk3', 'supervisor']) {
      tokens[name] = await signIn(server.url, name);
      as[name] = await new HttpClient(server.url).login(name);
    }
    windowCase = (await client('clerk').post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION)).body;
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const client = (name: string): HttpClient => {
    const found = as[name];
    if (!found) throw new Error(`no client ${name}`);
    return found;
  };
  async function uploadPdf(user: string, name: string): Promise<string> {
    const reply = await upload(server.url, tokens[user], [
      { filename: name, type: 'application/pdf', content: pdfBytes() },
    ]);
    expect(reply.status).to.equal(201);
    return (reply.json['files'] as { sha256: string }[])[0]?.sha256 ?? '';
  }

  it('given scans he uploaded, when he submits without choosing a street, with a material short, or with someone else’s file, then each is refused and nothing is stored', async () => {
    const idCard = await uploadPdf('applicant', '身份证.pdf');
    const statement = await uploadPdf('applicant', '遗失声明.pdf');
    const foreign = await uploadPdf('clerk', '别人的文件.pdf');
    const materials = [
      { id: 'id-card', files: [idCard] },
      { id: 'loss-statement', files: [statement] },
    ];
    const noUnit = await client('applicant').post<ErrorReply>('/api/applications/online', {
      itemCode: 'JJ-RS-001',
      formData: FORM,
      materials,
    });
    expect([noUnit.status, noUnit.body.code]).to.deep.equal([400, 'UNIT_REQUIRED']);
    expect(noUnit.body.details['options']).to.deep.include({ id: 'jj-chunxilu', name: '春熙路街道' });
    const short = await client('applicant').post<ErrorReply>('/api/applications/online', {
      itemCode: 'JJ-RS-001',
      unitId: 'jj-chunxilu',
      formData: FORM,
      materials: materials.slice(0, 1),
    });
    expect([short.status, short.body.code]).to.deep.equal([422, 'MATERIALS_MISSING']);
    const borrowed = await client('applicant').post<ErrorReply>('/api/applications/online', {
      itemCode: 'JJ-RS-001',
      unitId: 'jj-chunxilu',
      formData: FORM,
      materials: [materials[0], { id: 'loss-statement', files: [foreign] }],
    });
    expect([borrowed.status, borrowed.body.code]).to.deep.equal([422, 'FILE_UNKNOWN']);
    const badForm = await client('applicant').post<ErrorReply>('/api/applications/online', {
      itemCode: 'JJ-RS-001',
      unitId: 'jj-chunxilu',
      formData: { ...FORM, idNumber: '123' },
      materials,
    });
    expect([badForm.status, badForm.body.code]).to.deep.equal([400, 'FORM_INVALID']);
    expect((await client('applicant').get<ApplicationReply[]>('/api/applications')).body).to.deep.equal([]);

    const submitted = await client('applicant').post<ApplicationReply>('/api/applications/online', {
      itemCode: 'JJ-RS-001',
      unitId: 'jj-chunxilu',
      formData: FORM,
      materials,
    });
    expect(submitted.status).to.equal(201);
    application = submitted.body;
    expect(application).to.include({ status: 'pending', channel: 'online', applicantName: '张明' });
    expect(application).to.include({ unitId: 'jj-chunxilu', windowId: 'jj-chunxilu-window' });
  });

  it('then the 春熙路 window sees it in its pre-review queue and opens his scans; another street sees neither', async () => {
    const queue = await client('clerk').get<ApplicationReply[]>('/api/applications/queue');
    expect(queue.body.map((a) => a.id)).to.include(application.id);
    expect((await client('clerk3').get<ApplicationReply[]>('/api/applications/queue')).body).to.deep.equal([]);
    const detail = await client('clerk').get<{ materials: { id: string; files: string[] }[] }>(
      `/api/applications/${application.id}`,
    );
    const sha = detail.body.materials[0]?.files[0] ?? '';
    const file = await request(server.url, `/api/applications/${application.id}/files/${sha}`, {
      headers: { authorization: `Bearer ${tokens['clerk']}` },
    });
    expect([file.status, file.headers.get('content-type')]).to.deep.equal([200, 'application/pdf']);
    expect(file.bytes.subarray(0, 5).toString('latin1')).to.equal('%PDF-');
    const stranger = await request(server.url, `/api/applications/${application.id}/files/${sha}`, {
      headers: { authorization: `Bearer ${tokens['clerk3']}` },
    });
    expect(stranger.status).to.equal(404);
    const other = await request(server.url, `/api/applications/${application.id}/files/${'0'.repeat(64)}`, {
      headers: { authorization: `Bearer ${tokens['clerk']}` },
    });
    expect(other.status).to.equal(404);
  });

  it('when the window finds both scans unusable on Tuesday, then it returns the application once, listing everything missing, with a one-time notice', async () => {
    server.clock.set('2026-09-22T09:30:00+08:00');
    const applicantTries = await client('applicant').post<ErrorReply>(`/api/applications/${application.id}/accept`);
    expect(applicantTries.status).to.equal(403);
    const returned = await client('clerk').post<ApplicationReply>(`/api/applications/${application.id}/return`, {
      rejected: [
        { materialId: 'id-card', reason: '身份证扫描件模糊，无法辨认' },
        { materialId: 'loss-statement', reason: '遗失声明未签名' },
      ],
      notes: '请重新上传清晰的扫描件',
    });
    expect(returned.status).to.equal(200);
    expect(returned.body.status).to.equal('returned');
    expect(returned.body.notice?.missing.map((m) => m.id)).to.deep.equal(['id-card', 'loss-statement']);
    expect(returned.body.notice?.noticeText).to.contain('居民身份证').and.contain('再就业证遗失声明');
    const again = await client('clerk').post<ErrorReply>(`/api/applications/${application.id}/return`, {});
    expect([again.status, again.body.code]).to.deep.equal([409, 'APPLICATION_STATE']);
  });

  it('then he sees the notice on his application, and only his own applications', async () => {
    const mine = await client('applicant').get<ApplicationReply>(`/api/applications/${application.id}`);
    expect(mine.body.status).to.equal('returned');
    expect(mine.body.notice?.missing.map((m) => m.name)).to.deep.equal(['居民身份证', '再就业证遗失声明']);
    const list = await client('applicant').get<ApplicationReply[]>('/api/applications');
    expect(list.body.map((a) => a.id)).to.deep.equal([application.id]);
  });

  it('when he uploads new scans and corrects it, then it is back in the window’s queue; nobody else may correct it', async () => {
    const materials = [
      { id: 'id-card', files: [await uploadPdf('applicant', '身份证（清晰）.pdf')] },
      { id: 'loss-statement', files: [await uploadPdf('applicant', '遗失声明（已签名）.pdf')] },
    ];
    const byClerk = await client('clerk').post<ErrorReply>(`/api/applications/${application.id}/correct`, {
      materials,
    });
    expect(byClerk.status).to.equal(403);
    const corrected = await client('applicant').post<ApplicationReply>(`/api/applications/${application.id}/correct`, {
      materials,
    });
    expect(corrected.status).to.equal(200);
    expect(corrected.body.status).to.equal('pending');
    const queue = await client('clerk').get<ApplicationReply[]>('/api/applications/queue');
    expect(queue.body.map((a) => a.id)).to.include(application.id);
  });

  it('when the window passes the pre-review, then the case is accepted with him as its applicant, its path recorded, and his acceptance SMS carries the progress code', async () => {
    server.clock.set('2026-09-22T10:00:00+08:00');
    const reply = await client('clerk').post<AcceptReply>(`/api/applications/${application.id}/accept`);
    expect(reply.status).to.equal(201);
    accepted = reply.body;
    expect(accepted.application.path.map((h) => h.action)).to.deep.equal([
      'submitted',
      'returned',
      'corrected',
      'pre-reviewed',
      'accepted',
    ]);
    expect(accepted.case.acceptedAt).to.equal('2026-09-22T10:00:00.000+08:00');
    const sms = await server.store.listOutbox({ caseId: accepted.case.id }, 10);
    const acceptanceSms = sms.find((m) => m.template === 'case.accepted');
    expect(acceptanceSms?.to).to.equal('13880001234');
    expect(String(acceptanceSms?.payload['text'])).to.contain(`查询码 ${accepted.verificationCode}`);
  });

  it('then he reads his case and is its applicant, but reads no one else’s case', async () => {
    const mine = await client('applicant').get<CaseDetail>(`/api/cases/${accepted.case.id}`);
    expect(mine.status).to.equal(200);
    expect(mine.body.state.applicantId).to.equal('u-applicant');
    const list = await client('applicant').get<CaseReply[]>('/api/cases');
    expect(list.body.map((c) => c.id)).to.deep.equal([accepted.case.id]);
    expect((await client('applicant').get(`/api/cases/${windowCase.id}`)).status).to.equal(404);
    expect((await client('applicant').get(`/api/cases/${windowCase.id}/evidence`)).status).to.equal(404);
    expect((await client('clerk3').get(`/api/cases/${accepted.case.id}`)).status).to.equal(404);
    expect((await client('supervisor').get(`/api/cases/${accepted.case.id}`)).status).to.equal(200);
  });

  it('given another citizen who signs up, then he sees neither Zhang Ming’s application nor his case', async () => {
    const signUp = await new HttpClient(server.url).post('/api/public/register', {
      realName: '李娜',
      mobile: '13990007777',
      password: 'lina2026pass',
    });
    expect(signUp.status).to.equal(201);
    const other = await new HttpClient(server.url).login('13990007777', 'lina2026pass');
    expect((await other.get(`/api/applications/${application.id}`)).status).to.equal(404);
    expect((await other.get(`/api/cases/${accepted.case.id}`)).status).to.equal(404);
    expect((await other.get<unknown[]>('/api/applications')).body).to.deep.equal([]);
    expect((await other.get<unknown[]>('/api/cases')).body).to.deep.equal([]);
    const file = await request(server.url, `/api/applications/${application.id}/files/${'a'.repeat(64)}`, {
      headers: { authorization: `Bearer ${await signIn(server.url, 'clerk3')}` },
    });
    expect(file.status).to.equal(404);
    const registerAtWindow = await other.post<ErrorReply>('/api/applications', REEMPLOYMENT_APPLICATION);
    expect(registerAtWindow.status).to.equal(403);
  });
});
