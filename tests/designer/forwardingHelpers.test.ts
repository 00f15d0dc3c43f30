import { expect } from 'chai';
import { demoCatalog, type ApprovalItem } from '@govflow/catalog';
import type { ReceivedMaterials } from '@govflow/forms/react';
import { DEMO_USERS } from '@govflow/server';
import { mayActAt } from '../../server/src/applications/applicationActors.js';
import { demoOrganisation } from '../../server/src/organisation/demoOrganisation.js';
import { mayActOn, preReviewChoice } from '../../designer/src/pages/forwarding/applicationActors.js';
import {
  applicantNameOf,
  applicationFileUrl,
  applicationUrl,
  attachedFiles,
  materialsForRequest,
  receivedFromApplication,
} from '../../designer/src/pages/forwarding/applicationRequests.js';
import type { ApplicationDetail, ApplicationHop } from '../../designer/src/pages/forwarding/applicationTypes.js';
import { defaultTarget, forwardTargets, unitsAbove } from '../../designer/src/pages/forwarding/forwardTargets.js';
import { hopDetails } from '../../designer/src/pages/forwarding/hopDetails.js';
import type { Organisation } from '../../designer/src/pages/administrator/orgTypes.js';
import type { User } from '../../designer/src/types.js';
import { multipart, pdfBytes } from '../server/filesSupport.js';
import { UNEMPLOYMENT_BENEFIT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const ORG: Organisation = demoOrganisation() as Organisation;
const KEJIAXIANG = 'jj-chunxilu-kejiaxiang';

function item(code: string): ApprovalItem {
  const found = demoCatalog().find((i) => i.code === code);
  if (!found) throw new Error(`demo item ${code} missing`);
  return found;
}

describe('designer / forwarding: where an application may go (the demo organisation)', () => {
  it('given 科甲巷社区, then the units above it are 春熙路街道, 锦江区 and 成都市, nearest first; the city has none, an unknown unit none', () => {
    expect(unitsAbove(ORG, KEJIAXIANG)).to.deep.equal(['jj-chunxilu', 'jj', 'cd']);
    expect(unitsAbove(ORG, 'jj-shuyuanjie')).to.deep.equal(['jj', 'cd']);
    expect(unitsAbove(ORG, 'cd')).to.deep.equal([]);
    expect(unitsAbove(ORG, 'nowhere')).to.deep.equal([]);
  });

  it('given a tree edited into a cycle (锦江区 under 春熙路街道), then the walk ends instead of looping', () => {
    const cyclic: Organisation = {
      ...ORG,
      units: ORG.units.map((u) => (u.id === 'jj' ? { ...u, parentId: 'jj-chunxilu' } : u)),
    };
    expect(unitsAbove(cyclic, KEJIAXIANG)).to.deep.equal(['jj-chunxilu', 'jj']);
  });

  it('given the picker from 科甲巷社区, then every unit is listed in tree order and only its three ancestors can be chosen', () => {
    const targets = forwardTargets(ORG, KEJIAXIANG);
    expect(targets.map((t) => t.unit.id)).to.deep.equal([
      'cd',
      'jj',
      'jj-chunxilu',
      'jj-chunxilu-kejiaxiang',
      'jj-chunxilu-dayelu',
      'jj-shuyuanjie',
      'jj-shuyuanjie-jinguanyi',
    ]);
    expect(targets.map((t) => t.depth)).to.deep.equal([0, 1, 2, 3, 3, 2, 3]);
    expect(targets.filter((t) => t.above).map((t) => t.unit.id)).to.deep.equal(['cd', 'jj', 'jj-chunxilu']);
  });

  it('given an item’s level, then the offered target is the nearest unit above of that level, else the parent, else none', () => {
    expect(defaultTarget(ORG, KEJIAXIANG, item('JJ-RS-001').level)).to.equal('jj-chunxilu');
    expect(defaultTarget(ORG, KEJIAXIANG, item('JJ-RS-003').level)).to.equal('jj');
    expect(defaultTarget(ORG, KEJIAXIANG, 'city')).to.equal('cd');
    expect(defaultTarget(ORG, 'jj-chunxilu', 'district')).to.equal('jj');
    // A level no unit above has (the room's own) or none known: the parent
    expect(defaultTarget(ORG, KEJIAXIANG, 'village')).to.equal('jj-chunxilu');
    expect(defaultTarget(ORG, KEJIAXIANG, undefined)).to.equal('jj-chunxilu');
    expect(defaultTarget(ORG, 'cd', 'city')).to.equal('');
  });

  it('given the unit where an application is, then a unit of the item’s level decides it and one below only forwards it', () => {
    expect(preReviewChoice(ORG, 'jj-chunxilu', item('JJ-RS-001').level)).to.equal('decide');
    expect(preReviewChoice(ORG, KEJIAXIANG, item('JJ-RS-001').level)).to.equal('forward');
    expect(preReviewChoice(ORG, 'jj-chunxilu', item('JJ-RS-003').level)).to.equal('forward');
    expect(preReviewChoice(ORG, 'jj', item('JJ-RS-003').level)).to.equal('decide');
    expect(preReviewChoice(ORG, 'nowhere', 'town')).to.equal(null);
    expect(preReviewChoice(ORG, 'jj', undefined)).to.equal(null);
  });

  it('given every demo user and every window and unit of the demo organisation, then the page’s “may act here” agrees with the server’s rule', () => {
    const places = [
      ...ORG.windows.map((w) => ({ unitId: w.unitId, windowId: w.id })),
      ...ORG.units.map((u) => ({ unitId: u.id, windowId: null })),
    ];
    const disagreements: string[] = [];
    let acting = 0;
    for (const user of DEMO_USERS) {
      for (const place of places) {
        const page = mayActOn(user as User, ORG, place);
        if (page) acting += 1;
        if (page !== mayActAt(user, ORG, place))
          disagreements.push(`${user.username}@${place.windowId ?? place.unitId}`);
      }
    }
    expect(disagreements).to.deep.equal([]);
    expect(acting).to.be.greaterThan(places.length); // the administrator everywhere, and the others somewhere
    const clerk = DEMO_USERS.find((u) => u.username === 'clerk') as User;
    const reviewer = DEMO_USERS.find((u) => u.username === 'reviewer') as User;
    expect(mayActOn(clerk, ORG, { unitId: 'jj-chunxilu', windowId: 'jj-chunxilu-window' })).to.equal(true);
    expect(mayActOn(clerk, ORG, { unitId: 'jj', windowId: 'jj-labour-window' })).to.equal(false);
    expect(mayActOn(reviewer, ORG, { unitId: 'jj', windowId: 'jj-labour-window' })).to.equal(true);
    expect(mayActOn(reviewer, ORG, { unitId: 'jj', windowId: 'jj-planning-window' })).to.equal(false);
  });
});

describe('designer / forwarding: the materials of a request and the path’s words, against a real server', function () {
  this.timeout(60_000);
  let server: TestServer;
  const as: Record<string, HttpClient> = {};
  let agentToken = '';
  let clerkToken = '';
  let reviewerToken = '';
  let benefit: ApplicationDetail;
  let refusedPath: readonly ApplicationHop[] = [];
  let scan = { sha256: '', name: '' };

  const client = (name: string): HttpClient => {
    const found = as[name];
    if (!found) throw new Error(`no client ${name}`);
    return found;
  };
  const post = async <T>(name: string, path: string, body?: unknown): Promise<T> => {
    const reply = await client(name).post<T>(path, body);
    expect(reply.status, `${name} POST ${path}: ${JSON.stringify(reply.body)}`).to.be.within(200, 201);
    return reply.body;
  };

  /** A bearer token, for the raw requests HttpClient does not make (an upload, an HTML document). */
  const tokenOf = async (username: string): Promise<string> => {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'govflow' }),
    });
    return ((await login.json()) as { token: string }).token;
  };

  before(async () => {
    server = await startTestServer();
    for (const name of ['agent', 'clerk', 'reviewer']) as[name] = await new HttpClient(server.url).login(name);
    agentToken = await tokenOf('agent');
    clerkToken = await tokenOf('clerk');
    reviewerToken = await tokenOf('reviewer');
    const { body, contentType } = multipart([{ filename: '身份证.pdf', type: 'application/pdf', content: pdfBytes() }]);
    const uploaded = await fetch(`${server.url}/api/files`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${agentToken}` },
      body,
    });
    expect(uploaded.status).to.equal(201);
    const [file] = ((await uploaded.json()) as { files: { sha256: string; originalName?: string; name?: string }[] })
      .files;
    scan = { sha256: file?.sha256 ?? '', name: file?.originalName ?? file?.name ?? '' };
    expect(scan.sha256).to.match(/^[0-9a-f]{64}$/);
  });
  after(() => server?.close());

  it('given the checklist of 失业保险金申领 with the ID card scanned and the separation proof on paper, then the request marks the scanned one electronic with its file, and the server registers it so', async () => {
    const materials = item('JJ-RS-003').materials;
    const received: ReceivedMaterials = {
      'id-card': { originals: 1, copies: 0, file: { id: scan.sha256, name: scan.name, size: 1, sha256: scan.sha256 } },
      'separation-proof': { originals: 1, copies: 0 },
    };
    const request = materialsForRequest(received, materials);
    expect(request).to.deep.equal([
      { id: 'id-card', originals: 1, copies: 0, form: 'electronic', files: [scan.sha256] },
      { id: 'separation-proof', originals: 1, copies: 0 },
    ]);
    benefit = await post<ApplicationDetail>('agent', '/api/applications', {
      itemCode: 'JJ-RS-003',
      applicantName: applicantNameOf(UNEMPLOYMENT_BENEFIT_APPLICATION.formData),
      formData: UNEMPLOYMENT_BENEFIT_APPLICATION.formData,
      materials: request,
    });
    expect(benefit.applicantName).to.equal('刘桂兰');
    // Then what the server holds reads back as the same ticks and files
    expect(receivedFromApplication(benefit.materials)).to.deep.equal({
      'id-card': { originals: 1, copies: 0 },
      'separation-proof': { originals: 1, copies: 0 },
    });
    expect(attachedFiles(benefit.materials)).to.deep.equal({ 'id-card': [scan.sha256] });
  });

  it('given a correction that keeps the scan already attached, then the request carries it again; a paper-only material with a file keeps the file but stays paper', () => {
    const received = receivedFromApplication(benefit.materials);
    expect(materialsForRequest(received, item('JJ-RS-003').materials, attachedFiles(benefit.materials))).to.deep.equal([
      { id: 'id-card', originals: 1, copies: 0, form: 'electronic', files: [scan.sha256] },
      { id: 'separation-proof', originals: 1, copies: 0 },
    ]);
    const reissue = item('JJ-RS-001').materials;
    expect(reissue.find((m) => m.id === 'loss-statement')?.form).to.equal('paper');
    expect(
      materialsForRequest({ 'loss-statement': { originals: 1, copies: 0 } }, reissue, { 'loss-statement': ['ab'] }),
    ).to.deep.equal([{ id: 'loss-statement', originals: 1, copies: 0, files: ['ab'] }]);
    // A material the item does not know is passed on as ticked (the server names it)
    expect(materialsForRequest({ extra: { originals: 2, copies: 1 } }, reissue)).to.deep.equal([
      { id: 'extra', originals: 2, copies: 1 },
    ]);
  });

  it('given a form, then the applicant’s name is the person’s, else the company’s, trimmed; without one it is 申请人', () => {
    expect(applicantNameOf({ applicantName: '  王仕碧 ' })).to.equal('王仕碧');
    expect(applicantNameOf({ companyName: '成都春熙百货有限公司' })).to.equal('成都春熙百货有限公司');
    expect(applicantNameOf({ applicantName: '   ', companyName: 'x' })).to.equal('申请人');
    expect(applicantNameOf({ applicantName: 42 })).to.equal('申请人');
    expect(applicantNameOf({})).to.equal('申请人');
    expect(applicationUrl('a/b', 'accept')).to.equal('/api/applications/a%2Fb/accept');
    expect(applicationFileUrl(benefit.id, scan.sha256)).to.equal(
      `/api/applications/${benefit.id}/files/${scan.sha256}`,
    );
  });

  it('given the benefit carried up (room → street → district), returned, corrected and accepted, then each hop of the real path reads in words with working links', async () => {
    await post('agent', `/api/applications/${benefit.id}/forward`, {
      toUnitId: unitsAbove(ORG, KEJIAXIANG)[0],
      note: '申请人行动不便，代办报送',
    });
    await post('clerk', `/api/applications/${benefit.id}/forward`, {
      toUnitId: defaultTarget(ORG, 'jj-chunxilu', item('JJ-RS-003').level),
    });
    await post('reviewer', `/api/applications/${benefit.id}/return`, {
      rejected: [{ materialId: 'separation-proof', reason: '证明未加盖单位公章' }],
      notes: '请补交加盖公章的证明',
    });
    await post('agent', `/api/applications/${benefit.id}/correct`, {
      materials: materialsForRequest(
        receivedFromApplication(benefit.materials),
        item('JJ-RS-003').materials,
        attachedFiles(benefit.materials),
      ),
    });
    await post('reviewer', `/api/applications/${benefit.id}/accept`);
    const detail = (await client('reviewer').get<ApplicationDetail>(`/api/applications/${benefit.id}`)).body;
    expect(detail.path.map((h) => h.action)).to.deep.equal([
      'registered',
      'forwarded',
      'forwarded',
      'returned',
      'corrected',
      'accepted',
    ]);
    const names = new Map(item('JJ-RS-003').materials.map((m) => [m.id, m.name]));
    const [registered, toStreet, toDistrict, returned, corrected, accepted] = detail.path.map((hop) =>
      hopDetails(hop, names),
    );

    expect(registered).to.deep.equal({
      place: '科甲巷社区 · 科甲巷社区便民服务室 · 科甲巷社区代办员 何芳',
      lines: ['须于 9月22日 前报送上级'],
      links: [],
    });
    expect(toStreet?.lines).to.deep.equal([
      '报送至 春熙路街道 春熙路街道便民服务中心综合窗口',
      '须于 9月22日 前报送上级',
      '说明：申请人行动不便，代办报送',
    ]);
    // The district decides: no forwarding limit of its own
    expect(toDistrict?.place).to.equal('春熙路街道 · 春熙路街道便民服务中心综合窗口 · 春熙路街道窗口 王敏');
    expect(toDistrict?.lines).to.deep.equal(['报送至 锦江区 锦江区政务服务中心人社窗口']);
    expect(returned?.lines[0]).to.match(/^一次性告知书 BZ\d{8}-\d{4}$/);
    expect(returned?.lines.slice(1)).to.deep.equal([
      '需补正：终止或解除劳动关系证明',
      '退回材料 终止或解除劳动关系证明：证明未加盖单位公章',
      '说明：请补交加盖公章的证明',
    ]);
    expect(returned?.links.map((l) => l.label)).to.deep.equal(['打印告知书']);
    expect(corrected?.lines).to.deep.equal(['材料已补齐']);
    expect(accepted?.lines).to.deep.equal([`受理编号 ${detail.receiptNumber}`]);
    expect(accepted?.links).to.deep.equal([
      { label: '查看案件', href: `#/cases/${encodeURIComponent(detail.caseId ?? '')}` },
    ]);

    // And the printable notice the link names is served, as HTML (to the window that issued it)
    const notice = await fetch(`${server.url}${returned?.links[0]?.href}`, {
      headers: { authorization: `Bearer ${reviewerToken}` },
    });
    expect([notice.status, notice.headers.get('content-type')]).to.deep.equal([200, 'text/html; charset=utf-8']);
    expect(await notice.text()).to.contain(returned?.lines[0]?.replace('一次性告知书 ', '') ?? '—');
  });

  it('given a reissue refused at the street with two reasons and a basis, then its hop lists the decision, each reason and the basis, with the decision to print', async () => {
    const registered = await post<ApplicationDetail>('agent', '/api/applications', {
      itemCode: 'JJ-RS-001',
      applicantName: '王仕碧',
      formData: {
        applicantName: '王仕碧',
        idNumber: '510104196003152846',
        phone: '13980012345',
        address: '成都市锦江区科甲巷',
        reason: '遗失',
      },
      materials: materialsForRequest(
        { 'id-card': { originals: 1, copies: 1 }, 'loss-statement': { originals: 1, copies: 0 } },
        item('JJ-RS-001').materials,
      ),
    });
    await post('agent', `/api/applications/${registered.id}/forward`, {
      toUnitId: defaultTarget(ORG, KEJIAXIANG, item('JJ-RS-001').level),
    });
    const refused = await post<ApplicationDetail>('clerk', `/api/applications/${registered.id}/refuse`, {
      reasons: ['申请人已补领再就业证', '遗失声明登报日期早于原证发放日期'],
      legalBasis: '《就业服务与就业管理规定》第六十三条',
    });
    refusedPath = refused.path;
    const details = hopDetails(refusedPath[refusedPath.length - 1] as ApplicationHop);
    expect(details.lines[0]).to.match(/^不予受理决定书 BSL\d{8}-\d{4}$/);
    expect(details.lines.slice(1)).to.deep.equal([
      '· 申请人已补领再就业证',
      '· 遗失声明登报日期早于原证发放日期',
      '依据：《就业服务与就业管理规定》第六十三条',
    ]);
    expect(details.links.map((l) => l.label)).to.deep.equal(['打印决定书']);
    const printed = await fetch(`${server.url}${details.links[0]?.href}`, {
      headers: { authorization: `Bearer ${clerkToken}` },
    });
    expect(printed.status).to.equal(200);
    expect(await printed.text()).to.contain(details.lines[0]?.replace('不予受理决定书 ', '') ?? '—');
  });

  it('given a hop whose data is missing or of the wrong shape, then it reads as its place alone, never throwing', () => {
    const hop = refusedPath[0] as ApplicationHop;
    const odd: ApplicationHop = {
      ...hop,
      action: 'corrected',
      data: {
        to: 'x',
        notice: 7,
        rejected: [{ materialId: 'photo' }],
        decision: null,
        stillMissing: ['再就业证遗失声明', 3],
        unitName: '科甲巷社区',
      },
    };
    expect(hopDetails(odd)).to.deep.equal({
      place: '科甲巷社区',
      lines: ['退回材料 photo：', '仍缺：再就业证遗失声明'],
      links: [],
    });
    expect(hopDetails({ ...hop, data: {} })).to.deep.equal({ place: '', lines: [], links: [] });
  });
});
