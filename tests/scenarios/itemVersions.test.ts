import { expect } from 'chai';
import { buildProcessXml, publishItem, type ApprovalItem } from '@govflow/catalog';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

interface CaseReply {
  id: string;
  itemVersion: number;
  status: string;
  tasks: { id: string; name: string }[];
}

describe('Scenario: a lead compresses an item while a case is running; the case keeps its version', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let reviewer: HttpClient;

  before(async () => {
    server = await startTestServer({ now: '2026-03-02T09:00:00+08:00' });
    clerk = await new HttpClient(server.url).login('clerk');
    reviewer = await new HttpClient(server.url).login('reviewer');
  });
  after(() => server.close());

  it('runs the old case on version 1 while new cases start on the compressed version 2, and reports the days saved', async () => {
    // Given a case accepted on version 1 (受理 → 审核 → 发证, 7 days)
    const first = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    expect(first.body.itemVersion).to.equal(1);

    // When the lead publishes version 2: 审核 and 发证 merged into one 2-day step, promise cut to 3 days
    const [v1] = await server.store.listItemVersions('JJ-RS-001');
    if (!v1) throw new Error('version 1 missing');
    const compressed: ApprovalItem = {
      ...v1.item,
      promisedDays: 3,
      processXml: buildProcessXml({
        id: 'reemployment-v2',
        name: '失业人员再就业证补办',
        itemCode: 'JJ-RS-001',
        promisedDays: 3,
        statutoryDays: 20,
        blocks: [
          { id: 'accept', name: '受理', days: 1, groups: 'street-window', materials: ['id-card', 'loss-statement'] },
          { id: 'review-issue', name: '审核发证', days: 2, groups: 'district-labour', signOff: true },
        ],
      }),
    };
    const v2 = await publishItem(compressed, { by: 'u-lead', at: '2026-03-02T10:00:00+08:00', previous: v1 });
    await server.store.savePublishedItem(v2.published);

    // Then the running case still walks version 1's three steps
    const [acceptTask] = first.body.tasks;
    const accepted = await clerk.post<CaseReply>(`/api/tasks/${acceptTask?.id}/complete`, {
      verifiedMaterials: ['id-card', 'loss-statement'],
    });
    expect(accepted.body.tasks.map((t) => t.name)).to.deep.equal(['审核']);

    // And a new case starts on version 2 with its merged step
    const second = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    expect(second.body.itemVersion).to.equal(2);
    const [secondAccept] = second.body.tasks;
    const next = await clerk.post<CaseReply>(`/api/tasks/${secondAccept?.id}/complete`, {
      verifiedMaterials: ['id-card', 'loss-statement'],
    });
    expect(next.body.tasks.map((t) => t.name)).to.deep.equal(['审核发证']);
    expect((await reviewer.get<{ name: string }[]>('/api/tasks')).body.map((t) => t.name).sort()).to.deep.equal([
      '审核',
      '审核发证',
    ]);

    // And the compression report shows what the lead saved
    const versions = await clerk.get<{ version: number; publishedBy: string; hash: string }[]>(
      '/api/items/JJ-RS-001/versions',
    );
    expect(versions.body.map((v) => [v.version, v.publishedBy])).to.deep.equal([
      [1, 'system'],
      [2, 'u-lead'],
    ]);
    const diff = await clerk.get<{
      promisedDaysSaved: number;
      process: { daysSaved: number; stepsRemoved: { name: string }[] };
    }>('/api/items/JJ-RS-001/diff?from=1&to=2');
    expect(diff.body.promisedDaysSaved).to.equal(4);
    expect(diff.body.process.daysSaved).to.equal(4);
    expect(diff.body.process.stepsRemoved.map((s) => s.name).sort()).to.deep.equal(['发证', '审核']);
    expect((await clerk.get('/api/items/JJ-RS-001/diff?from=x')).status).to.equal(400);
  });
});
