import { expect } from 'chai';
import { HttpClient, type Reply } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { newItem, reissueItem } from './itemAdminSupport.js';

interface Problem {
  code: string;
  severity: string;
  path: string;
  message: string;
  details?: Record<string, unknown>;
}
interface Verdict {
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
  criticalPath: { totalDays: number; path: string[] } | null;
}
interface Draft {
  code: string;
  name: string;
  item: Record<string, unknown>;
  revision: number;
  baseVersion: number | null;
  source?: string;
  savedBy: string | null;
}

const CHINESE = /[\u4e00-\u9fff]/;
const put = <T = Record<string, unknown>>(client: HttpClient, path: string, body: unknown): Promise<Reply<T>> =>
  client.send<T>('PUT', path, JSON.stringify(body), 'application/json');

describe('server / item administration: drafts, validation and publication over HTTP', () => {
  let server: TestServer;
  let admin: HttpClient;

  beforeEach(async () => {
    server = await startTestServer();
    admin = await new HttpClient(server.url).login('admin');
  });
  afterEach(() => server.close());

  it('given a new item, when the administrator saves, reopens, validates and publishes it, then the catalog lists it and the draft is gone', async () => {
    // Given a first save of a new item's draft
    const item = newItem();
    const saved = await put<Draft>(admin, '/api/admin/item-drafts/JJ-TEST-001', { item, revision: 0 });
    expect(saved.status).to.equal(200);
    expect(saved.body).to.include({ code: 'JJ-TEST-001', name: '测试事项', revision: 1, baseVersion: null });

    // Then it is listed and reopens as saved
    const list = await admin.get<Draft[]>('/api/admin/item-drafts');
    expect(list.body.map((d) => d.code)).to.deep.equal(['JJ-TEST-001']);
    const opened = await admin.get<Draft>('/api/admin/item-drafts/JJ-TEST-001');
    expect(opened.body).to.include({ source: 'draft', revision: 1, savedBy: 'admin' });
    expect(opened.body.item).to.deep.equal(item);

    // When it is validated, then it is valid with its critical path (1 + 5 + 2 working days)
    const verdict = await admin.post<Verdict>('/api/admin/items/validate', { item });
    expect(verdict.status).to.equal(200);
    expect(verdict.body.errors).to.deep.equal([]);
    expect(verdict.body.valid).to.equal(true);
    expect(verdict.body.criticalPath?.totalDays).to.equal(8);

    // When it is published from revision 1, then it is version 1 in the catalog and the draft is dropped
    const published = await admin.post('/api/admin/items/publish', { item, draftRevision: 1 });
    expect(published.status).to.equal(201);
    expect(published.body).to.include({ code: 'JJ-TEST-001', version: 1, unchanged: false, publishedBy: 'admin' });
    const items = await admin.get<{ code: string; name: string }[]>('/api/items');
    expect(items.body.find((i) => i.code === 'JJ-TEST-001')?.name).to.equal('测试事项');
    const detail = await admin.get<{ steps: { id: string }[]; criticalPath: { totalDays: number } }>(
      '/api/items/JJ-TEST-001',
    );
    expect(detail.body.steps.map((s) => s.id)).to.deep.equal(['accept', 'review', 'decide']);
    expect((await admin.get('/api/admin/item-drafts/JJ-TEST-001')).body['source']).to.equal('published');
    expect((await admin.get<Draft[]>('/api/admin/item-drafts')).body).to.deep.equal([]);
  });

  it('given a published item compressed by two days, when published, then it becomes version 2 with the compression report', async () => {
    const opened = await admin.get<Draft>('/api/admin/item-drafts/JJ-RS-001');
    expect(opened.body).to.include({ source: 'published', revision: 0, baseVersion: 1 });
    const compressed = { ...opened.body.item, promisedDays: 5, processXml: compress(reissueItem().processXml) };
    const saved = await put<Draft>(admin, '/api/admin/item-drafts/JJ-RS-001', { item: compressed, revision: 0 });
    expect(saved.body).to.include({ revision: 1, baseVersion: 1 });

    const published = await admin.post('/api/admin/items/publish', { item: compressed, draftRevision: 1 });
    expect(published.status).to.equal(201);
    expect(published.body['version']).to.equal(2);
    const versions = await admin.get<{ version: number; promisedDays: number }[]>('/api/items/JJ-RS-001/versions');
    expect(versions.body.map((v) => [v.version, v.promisedDays])).to.deep.equal([
      [1, reissueItem().promisedDays],
      [2, 5],
    ]);
    const diff = await admin.get<{ promisedDaysSaved: number }>('/api/items/JJ-RS-001/diff?from=1&to=2');
    expect(diff.body.promisedDaysSaved).to.equal(reissueItem().promisedDays - 5);

    // When the same content is published again, then nothing new is published
    const again = await admin.post('/api/admin/items/publish', { item: compressed });
    expect(again.status).to.equal(200);
    expect(again.body).to.include({ version: 2, unchanged: true });
  });

  it('given an item with several mistakes, then validation lists every problem with its stable code and a Chinese message, and publication stores nothing', async () => {
    const broken = newItem({
      promisedDays: 30,
      statutoryDays: 20,
      fee: { charged: true, standard: ' ', basis: ' ' },
      processXml: (newItem()['processXml'] as string).replace('gov:timeLimit="5"', 'gov:timeLimit="-5"'),
    });
    const verdict = await admin.post<Verdict>('/api/admin/items/validate', { item: broken });
    expect(verdict.status).to.equal(200);
    expect(verdict.body.valid).to.equal(false);
    const codes = verdict.body.errors.map((e) => e.code);
    expect(codes).to.include.members([
      'PROMISED_EXCEEDS_STATUTORY',
      'FEE_STANDARD_MISSING',
      'FEE_BASIS_MISSING',
      'PROCESS_INVALID',
    ]);
    for (const error of verdict.body.errors) expect(error.message, error.code).to.match(CHINESE);
    const processProblem = verdict.body.errors.find((e) => e.code === 'PROCESS_INVALID');
    expect(processProblem?.path).to.equal('/processXml#review');
    expect(processProblem?.details?.['rule']).to.equal('gov-attribute-value');

    const refused = await admin.post<{ code: string; message: string; details: { problems: Problem[] } }>(
      '/api/admin/items/publish',
      { item: broken },
    );
    expect(refused.status).to.equal(422);
    expect(refused.body.code).to.equal('ITEM_INVALID');
    expect(refused.body.message).to.match(CHINESE);
    expect(refused.body.details.problems.map((p) => p.code)).to.deep.equal(codes);
    expect((await admin.get('/api/items/JJ-TEST-001')).status).to.equal(404);
  });

  it('given an item that is not even shaped like one, then validation names every schema problem', async () => {
    const verdict = await admin.post<Verdict>('/api/admin/items/validate', { item: { code: 'X', name: 1 } });
    expect(verdict.status).to.equal(200);
    expect(verdict.body.valid).to.equal(false);
    expect(verdict.body.errors.length).to.be.greaterThan(3);
    expect(new Set(verdict.body.errors.map((e) => e.code))).to.deep.equal(new Set(['ITEM_SCHEMA_INVALID']));
    expect(verdict.body.criticalPath).to.equal(null);
  });

  it('given two administrators saving over the same revision, then the second gets 409 DRAFT_CONFLICT and the first save stays', async () => {
    const other = await new HttpClient(server.url).login('admin');
    await put(admin, '/api/admin/item-drafts/JJ-TEST-001', { item: newItem(), revision: 0 });
    const first = await put<Draft>(admin, '/api/admin/item-drafts/JJ-TEST-001', {
      item: newItem({ name: '甲的修改' }),
      revision: 1,
    });
    expect(first.body.revision).to.equal(2);
    const second = await put(other, '/api/admin/item-drafts/JJ-TEST-001', {
      item: newItem({ name: '乙的修改' }),
      revision: 1,
    });
    expect(second.status).to.equal(409);
    expect(second.body['code']).to.equal('DRAFT_CONFLICT');
    expect(second.body['message']).to.match(CHINESE);
    const stored = await admin.get<Draft>('/api/admin/item-drafts/JJ-TEST-001');
    expect(stored.body.item['name']).to.equal('甲的修改');

    // And a stale discard is refused too, while the current one works
    expect((await admin.send('DELETE', '/api/admin/item-drafts/JJ-TEST-001?revision=1')).status).to.equal(409);
    expect((await admin.send('DELETE', '/api/admin/item-drafts/JJ-TEST-001?revision=2')).status).to.equal(204);
    expect((await admin.get('/api/admin/item-drafts/JJ-TEST-001')).status).to.equal(404);
  });

  it('given two publications of the same item at once, then no version is written twice and the loser is told', async () => {
    const a = { ...reissueItem(), promisedDays: 6, processXml: compress(reissueItem().processXml) };
    const b = { ...reissueItem(), promisedDays: 5, processXml: compress(reissueItem().processXml) };
    const replies = await Promise.all([
      admin.post('/api/admin/items/publish', { item: a }),
      admin.post('/api/admin/items/publish', { item: b }),
    ]);
    const won = replies.filter((r) => r.status === 201).map((r) => r.body['version']);
    const lost = replies.filter((r) => r.status !== 201);
    for (const reply of lost) expect([reply.status, reply.body['code']]).to.deep.equal([409, 'ITEM_VERSION_CONFLICT']);
    const versions = await admin.get<{ version: number }[]>('/api/items/JJ-RS-001/versions');
    expect(versions.body.map((v) => v.version).slice(1)).to.deep.equal([...won].sort());
    expect(won.length).to.be.greaterThan(0);
  });

  for (const username of ['clerk', 'lead', 'supervisor', 'reviewer']) {
    it(`given ${username} (not an administrator), then every item-administration route answers 403 and nothing changes`, async () => {
      const user = await new HttpClient(server.url).login(username);
      const replies = [
        await user.get('/api/admin/item-drafts'),
        await user.get('/api/admin/item-drafts/JJ-RS-001'),
        await put(user, '/api/admin/item-drafts/JJ-TEST-001', { item: newItem(), revision: 0 }),
        await user.send<Record<string, unknown>>('DELETE', '/api/admin/item-drafts/JJ-TEST-001'),
        await user.post('/api/admin/items/validate', { item: newItem() }),
        await user.post('/api/admin/items/publish', { item: newItem() }),
        await user.send<Record<string, unknown>>('POST', '/api/admin/items/import', 'PK', XLSX),
      ];
      for (const reply of replies) {
        expect(reply.status).to.equal(403);
        expect(reply.body['code']).to.equal('FORBIDDEN');
        expect(reply.body['message']).to.match(CHINESE);
      }
      expect((await admin.get<Draft[]>('/api/admin/item-drafts')).body).to.deep.equal([]);
      expect((await admin.get('/api/items/JJ-TEST-001')).status).to.equal(404);
    });
  }

  it('given no session, then the routes answer 401', async () => {
    const anonymous = new HttpClient(server.url);
    expect((await anonymous.get('/api/admin/item-drafts')).status).to.equal(401);
    expect((await anonymous.post('/api/admin/items/publish', { item: newItem() })).status).to.equal(401);
  });
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('server / item administration: hostile input', () => {
  let server: TestServer;
  let admin: HttpClient;

  before(async () => {
    server = await startTestServer();
    admin = await new HttpClient(server.url).login('admin');
  });
  after(() => server.close());

  const refusals: [string, () => Promise<Reply>, number, string][] = [
    [
      'a draft whose code differs from its address',
      () => put(admin, '/api/admin/item-drafts/JJ-TEST-001', { item: newItem({ code: 'JJ-OTHER' }), revision: 0 }),
      400,
      'DRAFT_CODE_MISMATCH',
    ],
    [
      'an address that is not an item code',
      () => put(admin, '/api/admin/item-drafts/%24where%20x', { item: {}, revision: 0 }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a draft that is not an object',
      () => put(admin, '/api/admin/item-drafts/A', { item: [1], revision: 0 }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a negative revision',
      () => put(admin, '/api/admin/item-drafts/A', { item: {}, revision: -1 }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'unknown fields',
      () => admin.post('/api/admin/items/validate', { item: {}, $where: '1' }),
      400,
      'VALIDATION_FAILED',
    ],
    ['a null item', () => admin.post('/api/admin/items/publish', { item: null }), 400, 'VALIDATION_FAILED'],
    [
      'a draft nested 200 levels deep',
      () => put(admin, '/api/admin/item-drafts/A', { item: { deep: nest(200) }, revision: 0 }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a body over the JSON limit',
      () => put(admin, '/api/admin/item-drafts/A', { item: { blob: 'x'.repeat(1_100_000) }, revision: 0 }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'malformed JSON',
      () => admin.send('PUT', '/api/admin/item-drafts/A', '{"item":', 'application/json'),
      400,
      'MALFORMED_JSON',
    ],
    [
      'a workbook sent to a JSON route',
      () => admin.send('PUT', '/api/admin/item-drafts/A', 'PK', XLSX),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'text sent to the import',
      () => admin.send('POST', '/api/admin/items/import', 'a,b', 'text/csv'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a discard of a draft that does not exist',
      () => admin.send('DELETE', '/api/admin/item-drafts/NOPE'),
      404,
      'NOT_FOUND',
    ],
    [
      'a discard at a revision that is not a number',
      () => admin.send('DELETE', '/api/admin/item-drafts/A?revision=x'),
      400,
      'VALIDATION_FAILED',
    ],
  ];
  for (const [what, send, status, code] of refusals) {
    it(`given ${what}, then ${status} ${code} with a Chinese message`, async () => {
      const reply = await send();
      expect([reply.status, reply.body['code']]).to.deep.equal([status, code]);
      expect(reply.body['message']).to.match(CHINESE);
    });
  }

  it('given processes that attack the XML reader (DOCTYPE, entities, a huge element count), then validation reports them and publication refuses', async () => {
    const doctype = newItem({
      processXml: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${newItem()['processXml'] as string}`,
    });
    const verdict = await admin.post<Verdict>('/api/admin/items/validate', { item: doctype });
    expect(verdict.body.valid).to.equal(false);
    expect(verdict.body.errors.map((e) => e.details?.['rule'])).to.include('xml-doctype');
    expect((await admin.post('/api/admin/items/publish', { item: doctype })).status).to.equal(422);
    expect((await admin.get('/api/items/JJ-TEST-001')).status).to.equal(404);
  });

  it('given a rejected attempt, then the drafts and the catalog are as before', async () => {
    expect((await admin.get<unknown[]>('/api/admin/item-drafts')).body).to.deep.equal([]);
    const versions = await admin.get<unknown[]>('/api/items/JJ-RS-001/versions');
    expect(versions.body).to.have.length(1);
  });
});

/** The reissue process with its review step two days shorter (4 → 2): a critical path of 5 working days. */
function compress(processXml: string): string {
  const compressed = processXml.replace(/(id="review"[^>]*gov:timeLimit=")4"/, '$12"');
  expect(compressed).not.to.equal(processXml);
  return compressed;
}

function nest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { next: value };
  return value;
}
