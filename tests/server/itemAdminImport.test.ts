import { expect } from 'chai';
import { exportCatalogXlsx, type ApprovalItem } from '@govflow/catalog';
import { cellOf, editWorkbook, rowOf } from '../fixtures/catalog/catalogFixtures.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { newItem, reissueItem } from './itemAdminSupport.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface RowError {
  code: string;
  message: string;
  sheet?: string;
  row?: number;
  field?: string;
  itemCode?: string;
}
interface ImportReply {
  ok: boolean;
  published: boolean;
  errors: RowError[];
  items: { code: string; version: number | null; unchanged: boolean }[];
}

describe('server / item administration: Excel import over HTTP', function () {
  this.timeout(60_000);
  let server: TestServer;
  let admin: HttpClient;
  let token: string;

  beforeEach(async () => {
    server = await startTestServer();
    admin = await new HttpClient(server.url).login('admin');
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'govflow' }),
    });
    token = ((await login.json()) as { token: string }).token;
  });
  afterEach(() => server.close());

  /** Uploads a workbook as the raw body, the way the web app does. */
  const upload = async (bytes: Uint8Array, publish: boolean, contentType = XLSX, bearer = token) => {
    const response = await fetch(`${server.url}/api/admin/items/import${publish ? '?publish=true' : ''}`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${bearer}` },
      body: new Uint8Array(bytes),
    });
    return { status: response.status, body: (await response.json()) as ImportReply & Record<string, unknown> };
  };

  const workbook = (): Promise<Uint8Array> =>
    exportCatalogXlsx([newItem() as unknown as ApprovalItem, { ...reissueItem(), promisedDays: 7 }]);

  it('given a valid workbook, when checked, then it lists its items and stores nothing; when published, then every item gets its version', async () => {
    const bytes = await workbook();
    const checked = await upload(bytes, false);
    expect(checked.status).to.equal(200);
    expect(checked.body).to.include({ ok: true, published: false });
    expect(checked.body.items.map((i) => i.code)).to.deep.equal(['JJ-TEST-001', 'JJ-RS-001']);
    expect((await admin.get('/api/items/JJ-TEST-001')).status).to.equal(404);

    const published = await upload(bytes, true);
    expect(published.status).to.equal(201);
    expect(published.body.items.map((i) => [i.code, i.version, i.unchanged])).to.deep.equal([
      ['JJ-TEST-001', 1, false],
      ['JJ-RS-001', 1, true],
    ]);
    expect((await admin.get('/api/items/JJ-TEST-001')).status).to.equal(200);
  });

  it('given a workbook with errors in two rows, then every row error is returned with its sheet, row and column, and publishing imports nothing', async () => {
    const bytes = await editWorkbook(await workbook(), (book) => {
      cellOf(book, '事项', rowOf(book, '事项', 'JJ-TEST-001'), '法定时限').value = '二十天';
      cellOf(book, '事项', rowOf(book, '事项', 'JJ-RS-001'), '承诺时限').value = 99;
    });
    const checked = await upload(bytes, false);
    expect(checked.status).to.equal(200);
    expect(checked.body.ok).to.equal(false);
    const located = checked.body.errors.map((e) => [e.sheet, e.row, e.field, e.itemCode]);
    expect(located).to.deep.include(['事项', 2, '法定时限', 'JJ-TEST-001']);
    expect(checked.body.errors.some((e) => e.itemCode === 'JJ-RS-001')).to.equal(true);
    for (const error of checked.body.errors) expect(error.message).to.match(/[\u4e00-\u9fff]/);

    const refused = await upload(bytes, true);
    expect(refused.status).to.equal(422);
    expect(refused.body['code']).to.equal('CATALOG_IMPORT_INVALID');
    const details = refused.body['details'] as { errors: RowError[] };
    expect(details.errors).to.deep.equal(checked.body.errors);
    expect((await admin.get('/api/items/JJ-TEST-001')).status).to.equal(404);
    expect((await admin.get<unknown[]>('/api/items/JJ-RS-001/versions')).body).to.have.length(1);
  });

  it('given bytes that are not a workbook, then the import says so in Chinese instead of failing', async () => {
    const reply = await upload(new TextEncoder().encode('PK\u0003\u0004 not really a zip'), false);
    expect(reply.status).to.equal(200);
    expect(reply.body.ok).to.equal(false);
    expect(reply.body.errors[0]?.message).to.match(/[\u4e00-\u9fff]/);
  });

  it('given a workbook over 20 MB, then 413 before it is read', async () => {
    const reply = await upload(new Uint8Array(21 * 1024 * 1024), false);
    expect([reply.status, reply.body['code']]).to.deep.equal([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('given a clerk, then the import answers 403 and publishes nothing', async () => {
    const clerk = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'clerk', password: 'govflow' }),
    });
    const clerkToken = ((await clerk.json()) as { token: string }).token;
    const reply = await upload(await workbook(), true, XLSX, clerkToken);
    expect([reply.status, reply.body['code']]).to.deep.equal([403, 'FORBIDDEN']);
    expect((await admin.get('/api/items/JJ-TEST-001')).status).to.equal(404);
  });

  it('given the workbook sent as another content type, then 415 and nothing is read', async () => {
    const reply = await upload(await workbook(), true, 'application/octet-stream');
    expect([reply.status, reply.body['code']]).to.deep.equal([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });
});
