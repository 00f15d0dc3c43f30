import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { RENAMED_REVIEW, renamedReviewVersion } from '../support/itemVersions.js';
import { reissueItem } from './itemAdminSupport.js';

interface ItemReply {
  code: string;
  version: number;
  processXml: string;
  steps: { id: string; name: string }[];
  criticalPath: { totalDays: number };
}
interface CaseReply {
  id: string;
  itemVersion: number;
}

describe('server / the case page reads the item version its case is pinned to', () => {
  let server: TestServer;
  let admin: HttpClient;
  let clerk: HttpClient;
  let accepted: CaseReply;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    admin = await new HttpClient(server.url).login('admin');
    clerk = await new HttpClient(server.url).login('clerk');
    // Given a case accepted under version 1 of 失业人员再就业证补办
    const intake = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    expect(intake.status).to.equal(201);
    accepted = intake.body;
    expect(accepted.itemVersion).to.equal(1);
    // When the administrator publishes version 2 with the review step renamed
    const published = await admin.post('/api/admin/items/publish', { item: renamedReviewVersion() });
    expect(published.status).to.equal(201);
    expect(published.body['version']).to.equal(2);
  });
  after(() => server.close());

  it('given version 2 is published, then the catalog shows version 2 but the case still reads version 1 with its steps', async () => {
    const latest = await clerk.get<ItemReply>('/api/items/JJ-RS-001');
    expect(latest.body.version).to.equal(2);
    expect(latest.body.processXml).to.include(RENAMED_REVIEW);

    const pinned = await clerk.get<ItemReply>(`/api/cases/${accepted.id}/item`);
    expect(pinned.status).to.equal(200);
    expect(pinned.body).to.include({ code: 'JJ-RS-001', version: 1 });
    expect(pinned.body.processXml).to.equal(reissueItem().processXml);
    expect(pinned.body.processXml).not.to.include(RENAMED_REVIEW);
    expect(pinned.body.steps.map((s) => s.name)).to.deep.equal(['受理', '审核', '发证']);
    expect(pinned.body.criticalPath.totalDays).to.equal(7);
  });

  it('given a case accepted after version 2, then it reads version 2 with the renamed step', async () => {
    const later = (await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION)).body;
    expect(later.itemVersion).to.equal(2);
    const pinned = await clerk.get<ItemReply>(`/api/cases/${later.id}/item`);
    expect(pinned.body.version).to.equal(2);
    expect(pinned.body.steps.map((s) => s.name)).to.deep.equal(['受理', RENAMED_REVIEW, '发证']);
    expect(pinned.body.criticalPath.totalDays).to.equal(6);
  });

  it('given the reviewing department (who may read the case), then it reads the same pinned version', async () => {
    const reviewer = await new HttpClient(server.url).login('reviewer');
    const pinned = await reviewer.get<ItemReply>(`/api/cases/${accepted.id}/item`);
    expect(pinned.status).to.equal(200);
    expect(pinned.body.version).to.equal(1);
  });

  it('given someone outside the case or no case at all, then 404 as for the case itself, and no sign-in is 401', async () => {
    const outsider = await new HttpClient(server.url).login('clerk3');
    const hidden = await outsider.get(`/api/cases/${accepted.id}/item`);
    expect(hidden.status).to.equal(404);
    expect(hidden.body['code']).to.equal((await outsider.get(`/api/cases/${accepted.id}`)).body['code']);
    expect((await clerk.get('/api/cases/no-such-case/item')).status).to.equal(404);
    expect((await new HttpClient(server.url).get(`/api/cases/${accepted.id}/item`)).status).to.equal(401);
  });
});
