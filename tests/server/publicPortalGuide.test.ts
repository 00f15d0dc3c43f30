import { expect } from 'chai';
import { demoCatalog } from '@govflow/catalog';
import { startTestServer, type TestServer } from '../support/testServer.js';

interface Entry {
  code: string;
  name: string;
  department: string;
  level: string;
  levelText: string;
  promisedDays: number;
  guideUrl: string;
}
interface Guide {
  code: string;
  name: string;
  department: string;
  levelText: string;
  limits: { promisedText: string; statutoryText: string };
  fee: { charged: boolean; text: string };
  materials: { name: string; requiredText: string }[];
  process: { steps: { name: string }[] };
  service: { phone: string; place: string };
}

/** A public request: no token, no cookie. */
async function open(server: TestServer, path: string): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('server / public portal: the service guide of every published item, no login (办事指南)', () => {
  let server: TestServer;
  const catalog = demoCatalog();

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('given nobody signed in, when listing items, then every published item is there with what the public needs to choose', async () => {
    const reply = await open(server, '/api/public/items');
    expect(reply.status).to.equal(200);
    const items = JSON.parse(reply.text) as Entry[];
    expect(items.map((i) => i.code).sort()).to.deep.equal(catalog.map((i) => i.code).sort());
    const reissue = items.find((i) => i.code === 'JJ-RS-001');
    expect(reissue).to.deep.include({
      name: '失业人员再就业证补办',
      department: '区人力资源和社会保障局',
      level: 'town',
      levelText: '乡镇（街道）级',
      guideUrl: '/api/public/items/JJ-RS-001/guide',
    });
    expect(reply.text).to.not.contain('processXml');
  });

  it('when searching by name, by code, by department and level, then only matching items come back', async () => {
    const search = async (query: string) =>
      JSON.parse((await open(server, `/api/public/items?${query}`)).text) as Entry[];
    const byName = await search(`q=${encodeURIComponent('再就业证')}`);
    expect(byName.map((i) => i.code)).to.include('JJ-RS-001');
    expect(byName.every((i) => i.name.includes('再就业证'))).to.equal(true);
    expect((await search('q=jj-rs-00')).map((i) => i.code)).to.include.members(['JJ-RS-001', 'JJ-RS-002', 'JJ-RS-003']);
    const labour = await search(`department=${encodeURIComponent('区人力资源和社会保障局')}`);
    expect(labour.length).to.equal(catalog.filter((i) => i.department === '区人力资源和社会保障局').length);
    const townLabour = await search(`department=${encodeURIComponent('区人力资源和社会保障局')}&level=town`);
    expect(townLabour.length).to.be.greaterThan(0).and.lessThan(labour.length);
    expect(townLabour.every((i) => i.level === 'town')).to.equal(true);
    expect(await search(`q=${encodeURIComponent('不存在的事项名称')}`)).to.deep.equal([]);
  });

  it('given a query too long or repeated, then 400 with the field named', async () => {
    const long = await open(server, `/api/public/items?q=${'长'.repeat(101)}`);
    expect(long.status).to.equal(400);
    const twice = await open(server, '/api/public/items?q=a&q=b');
    expect(twice.status).to.equal(400);
    expect(JSON.parse(twice.text)).to.deep.include({ code: 'VALIDATION_FAILED' });
  });

  it('when opening one item’s guide, then the six disclosures are there as data', async () => {
    const reply = await open(server, '/api/public/items/JJ-RS-001/guide');
    expect(reply.status).to.equal(200);
    const guide = JSON.parse(reply.text) as Guide;
    expect(guide).to.deep.include({ code: 'JJ-RS-001', name: '失业人员再就业证补办' });
    expect(guide.fee.text).to.equal('不收费');
    expect(guide.materials.map((m) => m.name)).to.include.members(['居民身份证', '再就业证遗失声明']);
    expect(guide.process.steps.map((s) => s.name)).to.deep.equal(['受理', '审核', '发证']);
    expect(guide.limits.promisedText).to.match(/个工作日/);
  });

  it('when printing it, then a self-contained HTML guide comes back; an unknown item is 404', async () => {
    const html = await open(server, '/api/public/items/JJ-RS-001/guide.html');
    expect(html.status).to.equal(200);
    expect(html.headers.get('content-type')).to.contain('text/html');
    expect(html.headers.get('content-security-policy')).to.contain("default-src 'none'");
    expect(html.text).to.contain('失业人员再就业证补办').and.contain('办事指南');
    const unknown = await open(server, '/api/public/items/NO-SUCH-ITEM/guide');
    expect(unknown.status).to.equal(404);
    expect(JSON.parse(unknown.text)).to.deep.include({ code: 'NOT_FOUND' });
  });
});
