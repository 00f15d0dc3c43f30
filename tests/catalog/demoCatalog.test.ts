import { expect } from 'chai';
import { checkCompleteness, demoCatalog, validateItem, type ApprovalItem, type ItemValidation } from '@govflow/catalog';
import { compileProcess, type ProcessModel } from '@govflow/engine';
import { createFormValidator } from '@govflow/forms';
import { HANDWRITTEN_ITEM_CODES } from '../../catalog/src/demo/demoCatalog.js';
import { generatedItems } from '../../catalog/src/demo/generated/generatedItems.js';

function named(fragment: string): ApprovalItem {
  const item = demoCatalog().find((i) => i.name.includes(fragment));
  if (!item) throw new Error(`no demo item named like ${fragment}`);
  return item;
}

const validations = new Map<string, ItemValidation>();

async function modelOf(item: ApprovalItem): Promise<ProcessModel> {
  return validations.get(item.code)?.model ?? (await compileProcess(item.processXml)).model;
}

/** The groups of the steps between the parallel fork and join, one set per branch. */
function parallelBranchGroups(model: ProcessModel): string[][] {
  const fork = Object.values(model.elements).find((e) => e.kind === 'parallelGateway' && e.outgoing.length > 1);
  if (!fork) return [];
  return fork.outgoing.map((flow) => {
    const groups: string[] = [];
    let current = model.elements[flow.target];
    while (current && current.kind === 'userTask') {
      groups.push(...(current.step?.candidateGroups ?? []));
      current = model.elements[current.outgoing[0]?.target ?? ''];
    }
    return groups;
  });
}

describe('catalog / demo catalog', () => {
  const items = demoCatalog();

  before(async function () {
    this.timeout(30_000);
    for (const item of items) validations.set(item.code, await validateItem(item));
  });

  it('given the demo catalog, then it holds at least 330 items with unique codes in the JJ-<dept>-<nnn> shape', () => {
    expect(items.length).to.be.at.least(330);
    const codes = items.map((i) => i.code);
    expect(new Set(codes).size).to.equal(codes.length);
    for (const code of codes) expect(code).to.match(/^JJ-[A-Z]{2}-\d{3}$/);
  });

  it('given the demo catalog, then at least 31 district departments serve on city, district, town and village levels', () => {
    const districtDepartments = new Set(items.filter((i) => i.level !== 'city').map((i) => i.department));
    expect(districtDepartments.size).to.be.at.least(31);
    const levels = new Set(items.map((i) => i.level));
    expect([...levels]).to.include.members(['city', 'district', 'town', 'village']);
    expect(items.filter((i) => i.level === 'town').length).to.be.at.least(20);
    expect(items.filter((i) => i.level === 'village').length).to.be.at.least(20);
  });

  it('given the hand-written item codes, then at least 30 items are hand-written, each in the catalog with its own form', () => {
    expect(HANDWRITTEN_ITEM_CODES.length).to.be.at.least(30);
    const byCode = new Map(items.map((i) => [i.code, i]));
    const schemas = new Set<unknown>();
    for (const code of HANDWRITTEN_ITEM_CODES) {
      const item = byCode.get(code);
      expect(item, code).to.not.equal(undefined);
      expect(item?.basis.length, code).to.be.at.least(1);
      expect(item?.conditions.length, code).to.be.at.least(1);
      schemas.add(item?.form.schema);
    }
    expect(schemas.size).to.equal(HANDWRITTEN_ITEM_CODES.length);
  });

  it('given every demo item, when validated, then each publishes cleanly with warnings kept rare', () => {
    const invalid: string[] = [];
    let warned = 0;
    for (const item of items) {
      const result = validations.get(item.code);
      if (!result) throw new Error(`${item.code} not validated`);
      if (!result.valid) invalid.push(`${item.code} ${item.name}: ${result.errors.map((e) => e.message).join('；')}`);
      if (result.warnings.length > 0) warned += 1;
    }
    expect(invalid).to.deep.equal([]);
    expect(warned).to.be.at.most(Math.floor(items.length / 20));
  });

  it('given every demo item, then its form compiles, its critical path fits the promised limit and its lights are sensible', async () => {
    for (const item of items) {
      expect(() => createFormValidator(item.form.schema), item.code).not.to.throw();
      const model = await modelOf(item);
      expect(model.criticalPath.totalDays, item.code).to.be.at.most(item.promisedDays);
      expect(item.promisedDays, item.code).to.be.below(item.statutoryDays);
      const t = item.thresholds;
      expect(t, item.code).to.not.equal(undefined);
      expect(t?.yellowDaysLeft, item.code).to.be.at.least(0.5);
      expect(t?.redDaysLeft, item.code).to.be.at.most(t?.yellowDaysLeft ?? 0);
      if (item.fee.charged) {
        expect(item.fee.standard.trim(), item.code).to.not.equal('');
        expect(item.fee.basis.trim(), item.code).to.not.equal('');
      }
      if (item.caseKind === '联办件') expect(item.statutoryDays, item.code).to.be.at.most(45);
    }
  });

  it('given the village items, then most are registered by the village agent and forwarded to the street or district', async () => {
    const village = items.filter((i) => i.level === 'village');
    let forwarded = 0;
    for (const item of village) {
      const model = await modelOf(item);
      const levels = model.userSteps.map((s) => model.elements[s.id]?.step?.orgLevel);
      expect(levels[0], item.code).to.equal('village');
      if (levels.some((l) => l === 'town' || l === 'district')) forwarded += 1;
    }
    expect(forwarded / village.length).to.be.at.least(0.75);
  });

  it("given seed 000's item, then it promises 7 working days over three steps 受理 → 审核 → 发证 with two required materials", async () => {
    const item = named('失业人员再就业证补办');
    expect(item).to.equal(items[0]);
    expect(item.promisedDays).to.equal(7);
    expect(item.materials.filter((m) => m.required).map((m) => m.name)).to.deep.equal([
      '居民身份证',
      '再就业证遗失声明',
    ]);
    const model = await modelOf(item);
    expect(model.userSteps.map((s) => s.name)).to.deep.equal(['受理', '审核', '发证']);
  });

  for (const name of ['建设工程规划许可证', '建筑工程施工许可证']) {
    it(`given seed 002's ${name}, then one joint window accepts, departments review in parallel and the results issue together (联办件 ≤ 45 days)`, async () => {
      const item = named(name);
      expect(item.caseKind).to.equal('联办件');
      expect(item.statutoryDays).to.be.at.most(45);
      expect(item.promisedDays).to.be.below(item.statutoryDays);
      const model = await modelOf(item);
      const first = model.userSteps[0];
      expect(model.elements[first?.id ?? '']?.step?.candidateGroups).to.deep.equal(['district-joint-window']);
      const branches = parallelBranchGroups(model);
      expect(branches.length).to.be.at.least(3);
      const departments = new Set(branches.map((groups) => (groups[0] ?? '').replace(/^district-([a-z]+).*$/, '$1')));
      expect(departments.size).to.be.at.least(3);
      expect(model.criticalPath.totalDays).to.be.at.most(item.promisedDays);
    });
  }

  it("given seed 002's other named items, then each is hand-written with articles of law, its materials and 3 to 8 steps", async () => {
    for (const name of [
      '餐饮服务许可',
      '公共场所卫生许可',
      '外商投资企业设立登记',
      '内资企业设立登记',
      '户外广告设置许可',
      '系留气球活动许可',
      '公众聚集场所投入使用、营业前消防安全检查',
    ]) {
      const item = named(name);
      expect(HANDWRITTEN_ITEM_CODES, name).to.include(item.code);
      expect(
        item.basis.some((b) => b.articles !== undefined),
        name,
      ).to.equal(true);
      expect(item.materials.filter((m) => m.required).length, name).to.be.at.least(3);
      const model = await modelOf(item);
      expect(model.userSteps.length, name).to.be.within(3, 8);
    }
    expect(named('餐饮服务许可').name).to.include('食品经营许可');
    expect(named('消防安全检查').type).to.equal('行政许可');
    const foreign = await modelOf(named('外商投资企业设立登记'));
    expect(parallelBranchGroups(foreign).length).to.be.at.least(2);
  });

  it('given the demo catalog, when called twice or rebuilt from its tables, then the items are the same', () => {
    expect(demoCatalog()).to.equal(items);
    expect(JSON.parse(JSON.stringify(demoCatalog()))).to.deep.equal(JSON.parse(JSON.stringify(items)));
    const rebuilt = generatedItems();
    const generated = items.filter((i) => !HANDWRITTEN_ITEM_CODES.includes(i.code));
    expect(rebuilt).to.deep.equal(generated);
  });

  it('given outdoor advertising, when a company applies, then its business licence is required and not an ID card', () => {
    const item = named('户外广告设置许可');
    const common = ['application', 'site-right', 'design'];
    const company = checkCompleteness(item, { applicantType: '企业', area: 12, mediaType: '灯箱' }, common);
    expect(company.complete).to.equal(false);
    expect(company.missing.map((m) => m.id)).to.deep.equal(['business-licence']);
    expect(company.notice).to.include('营业执照');
    const person = checkCompleteness(item, { applicantType: '个人', area: 12, mediaType: '灯箱' }, common);
    expect(person.missing.map((m) => m.id)).to.deep.equal(['id-card']);
    expect(checkCompleteness(item, { applicantType: '个人', area: 12 }, [...common, 'id-card']).complete).to.equal(
      true,
    );
  });

  it('given outdoor advertising, when the sign is large or electronic, then the structure report and lighting plan are asked for too', () => {
    const item = named('户外广告设置许可');
    const provided = ['application', 'business-licence', 'site-right', 'design'];
    const large = checkCompleteness(item, { applicantType: '企业', area: 45, mediaType: '电子显示屏' }, provided);
    expect(large.missing.map((m) => m.id)).to.deep.equal(['structure-report', 'light-plan']);
    const agent = checkCompleteness(item, { applicantType: '企业', area: 10, byAgent: true }, provided);
    expect(agent.missing.map((m) => m.id)).to.deep.equal(['power-of-attorney']);
  });

  it('given the residence permit, when the applicant qualifies by study, then only the study certificate joins the ID card and photo', () => {
    const item = named('居住证申领');
    const result = checkCompleteness(item, { basis: '连续就读' }, []);
    expect(result.required).to.deep.equal(['id-card', 'photo', 'study-proof']);
  });
});
