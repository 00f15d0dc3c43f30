import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { pdfBytes, upload } from './filesSupport.js';
import { fetchHtml, visibleText, type ErrorReply } from '../scenarios/support/lifecycle.js';

interface Hop {
  action: string;
  data: Record<string, unknown>;
}
interface ApplicationReply {
  id: string;
  status: string;
  path: Hop[];
}
interface DecisionReply {
  id: string;
  number: string;
  kind: string;
  applicationId?: string;
}

/** 失业人员再就业证补办: a town-level item the street decides, registered in the 科甲巷 community room. */
const REISSUE = {
  itemCode: 'JJ-RS-001',
  applicantName: '王仕碧',
  formData: {
    applicantName: '王仕碧',
    idNumber: '510104196003152846',
    phone: '13980012345',
    address: '成都市锦江区科甲巷',
    reason: '遗失',
  },
  materials: ['id-card', 'loss-statement'],
};

describe('server / intake decisions on an application: read by whoever reads the application, 404 for everybody else', () => {
  let server: TestServer;
  const as: Record<string, HttpClient> = {};
  const tokens: Record<string, string> = {};
  let application: ApplicationReply;
  let notice: { id: string; number: string };
  let refusal: { id: string; number: string };

  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-decision-readers-'));
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00', uploads: { dir } });
    const admin = await new HttpClient(server.url).login('admin');
    // An agent of another community of the same street (大业路社区).
    const created = await admin.post('/api/users', {
      username: 'agent-dayelu',
      displayName: '大业路社区代办员 周芳',
      role: 'agent',
      groups: ['village-agent'],
      unitId: 'jj-chunxilu-dayelu',
      departmentId: null,
      windowId: 'jj-chunxilu-dayelu-room',
      password: 'a-long-password',
    });
    expect(created.status).to.equal(201);
    const users = ['agent', 'clerk', 'clerk2', 'clerk3', 'supervisor', 'applicant', 'agent-dayelu'];
    for (const name of users) {
      const password = name === 'agent-dayelu' ? 'a-long-password' : 'govflow';
      as[name] = await new HttpClient(server.url).login(name, password);
      // A second session for the printable documents, which are HTML rather than JSON.
      const login = await new HttpClient(server.url).post<{ token: string }>('/api/auth/login', {
        username: name,
        password,
      });
      tokens[name] = login.body.token;
    }

    const registered = await client('agent').post<ApplicationReply>('/api/applications', REISSUE);
    expect(registered.status).to.equal(201);
    application = registered.body;
    const forwarded = await client('agent').post(`/api/applications/${application.id}/forward`, {
      toUnitId: 'jj-chunxilu',
    });
    expect(forwarded.status).to.equal(200);
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
  const documentOf = (name: string, id: string) =>
    fetchHtml(server.url, `/api/intake/decisions/${id}/document`, tokens[name] ?? '');
  const listedIds = async (name: string) =>
    (await client(name).get<DecisionReply[]>('/api/intake/decisions')).body.map((d) => d.id);

  it('given the street window returns the application with a one-time notice, then the agent who registered it reads the notice and prints it', async () => {
    const returned = await client('clerk').post<ApplicationReply>(`/api/applications/${application.id}/return`, {
      rejected: [{ materialId: 'loss-statement', reason: '遗失声明未注明登报日期' }],
    });
    expect(returned.status).to.equal(200);
    const hop = returned.body.path.find((h) => h.action === 'returned');
    notice = hop?.data['notice'] as { id: string; number: string };
    expect(notice.number).to.match(/^BZ20260921-/);

    const read = await client('agent').get<DecisionReply>(`/api/intake/decisions/${notice.id}`);
    expect([read.status, read.body.kind, read.body.number]).to.deep.equal([200, 'one-time-notice', notice.number]);
    expect(read.body.applicationId).to.equal(application.id);
    const printed = await documentOf('agent', notice.id);
    expect(printed.status).to.equal(200);
    const text = visibleText(printed.html);
    for (const fact of ['一次性告知书', `编号：${notice.number}`, '王仕碧', '再就业证遗失声明']) {
      expect(text).to.contain(fact);
    }
    expect(await listedIds('agent')).to.include(notice.id);
  });

  it('given the application is refused after its correction, then the agent reads and prints the refusal too', async () => {
    const corrected = await client('agent').post(`/api/applications/${application.id}/correct`, {
      materials: REISSUE.materials,
    });
    expect(corrected.status).to.equal(200);
    const refused = await client('clerk').post<ApplicationReply>(`/api/applications/${application.id}/refuse`, {
      reasons: ['申请人已于2026年9月10日补领再就业证，本次申请不属于补办情形'],
    });
    expect([refused.status, refused.body.status]).to.deep.equal([200, 'refused']);
    refusal = refused.body.path.find((h) => h.action === 'refused')?.data['decision'] as typeof refusal;
    expect(refusal.number).to.match(/^BSL20260921-/);

    const read = await client('agent').get<DecisionReply>(`/api/intake/decisions/${refusal.id}`);
    expect([read.status, read.body.kind]).to.deep.equal([200, 'refusal']);
    const printed = await documentOf('agent', refusal.id);
    expect(printed.status).to.equal(200);
    expect(visibleText(printed.html)).to.contain('不予受理决定书').and.contain('本次申请不属于补办情形');
    expect(await listedIds('agent')).to.include.members([notice.id, refusal.id]);
  });

  for (const outsider of ['agent-dayelu', 'clerk3', 'applicant']) {
    it(`given ${outsider}, who may not read the application, when reading either decision any way, then 404 as for one that does not exist`, async () => {
      expect((await client(outsider).get(`/api/applications/${application.id}`)).status).to.equal(404);
      for (const decision of [notice, refusal]) {
        const read = await client(outsider).get<ErrorReply>(`/api/intake/decisions/${decision.id}`);
        expect([read.status, read.body.code]).to.deep.equal([404, 'NOT_FOUND']);
        const missing = await client(outsider).get<ErrorReply>('/api/intake/decisions/no-such-decision');
        expect(read.body.message.replace(decision.id, '')).to.equal(
          missing.body.message.replace('no-such-decision', ''),
        );
        expect((await documentOf(outsider, decision.id)).status).to.equal(404);
      }
      expect(await listedIds(outsider)).to.not.include.members([notice.id]);
      expect(await listedIds(outsider)).to.not.include.members([refusal.id]);
    });
  }

  for (const reader of ['clerk', 'clerk2', 'supervisor']) {
    it(`given ${reader} (the issuer, the same window, supervision), then both decisions still read, print and are listed`, async () => {
      for (const decision of [notice, refusal]) {
        expect((await client(reader).get(`/api/intake/decisions/${decision.id}`)).status).to.equal(200);
        expect((await documentOf(reader, decision.id)).status).to.equal(200);
      }
      expect(await listedIds(reader)).to.include.members([notice.id, refusal.id]);
    });
  }

  it('given a notice issued at the window without an application, then the agent cannot read it, and no request can tie one to an application', async () => {
    const direct = await client('clerk').post<DecisionReply>('/api/intake/notices', {
      ...REISSUE,
      materials: ['id-card'],
    });
    expect(direct.status).to.equal(201);
    expect(direct.body).to.not.have.property('applicationId');
    expect((await client('agent').get(`/api/intake/decisions/${direct.body.id}`)).status).to.equal(404);
    const tied = await client('agent-dayelu').post<ErrorReply>('/api/intake/notices', {
      ...REISSUE,
      materials: ['id-card'],
      applicationId: application.id,
    });
    expect([tied.status, tied.body.code]).to.deep.equal([400, 'VALIDATION_FAILED']);
  });

  it('given an application the applicant submitted online, when the window returns it, then she reads her notice; the village agent does not', async () => {
    const files = await upload(server.url, tokens['applicant'], [
      { filename: '身份证.pdf', type: 'application/pdf', content: pdfBytes() },
      { filename: '遗失声明.pdf', type: 'application/pdf', content: pdfBytes() },
    ]);
    const [idCard, statement] = (files.json['files'] as { sha256: string }[]).map((f) => f.sha256);
    const submitted = await client('applicant').post<ApplicationReply>('/api/applications/online', {
      itemCode: REISSUE.itemCode,
      unitId: 'jj-chunxilu',
      formData: REISSUE.formData,
      materials: [
        { id: 'id-card', files: [idCard] },
        { id: 'loss-statement', files: [statement] },
      ],
    });
    expect(submitted.status).to.equal(201);
    const returned = await client('clerk').post<ApplicationReply>(`/api/applications/${submitted.body.id}/return`, {
      rejected: [{ materialId: 'id-card', reason: '身份证扫描件模糊，无法辨认' }],
    });
    const online = returned.body.path.find((h) => h.action === 'returned')?.data['notice'] as { id: string };
    expect((await client('applicant').get(`/api/intake/decisions/${online.id}`)).status).to.equal(200);
    expect((await documentOf('applicant', online.id)).status).to.equal(200);
    expect(await listedIds('applicant')).to.deep.equal([online.id]);
    expect((await client('agent').get(`/api/intake/decisions/${online.id}`)).status).to.equal(404);
  });
});
