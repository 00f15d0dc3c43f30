import { expect } from 'chai';
import { compileProcess } from '@govflow/engine';
import {
  buildProcessXml,
  compileServiceGuide,
  renderServiceGuideHtml,
  serviceGuide,
  type ApprovalItem,
  type ServiceGuide,
} from '@govflow/catalog';
import { demoItem } from '../fixtures/catalog/catalogFixtures.js';

/** A charged, joint item whose process reviews in three departments at once. */
function parallelItem(): ApprovalItem {
  const base = demoItem();
  const processXml = buildProcessXml({
    id: 'joint_review',
    name: '并联审批',
    itemCode: 'PAR-001',
    promisedDays: 15,
    statutoryDays: 20,
    blocks: [
      { id: 'accept', name: '综合受理', days: 1, groups: 'window', kind: '受理', materials: ['id-card'] },
      {
        parallel: [
          [
            { id: 'plan', name: '规划审查', days: 5, groups: 'planning', kind: '审查' },
            { id: 'plan_sign', name: '规划签批', days: 3, groups: 'planning', kind: '审核' },
          ],
          [{ id: 'fire', name: '消防审查', days: 4, groups: 'fire', kind: '审查' }],
          [{ id: 'env', name: '环保审查', days: 2, groups: 'env', kind: '审查' }],
        ],
      },
      { id: 'decide', name: '联合决定', days: 2, groups: 'center', kind: '决定' },
    ],
  });
  return {
    ...base,
    code: 'PAR-001',
    name: '建设项目并联审批',
    caseKind: '联办件',
    promisedDays: 15,
    statutoryDays: 20,
    fee: { charged: true, standard: '每件 50 元', basis: '《行政事业性收费标准》', amountYuan: 50 },
    overtimeDefault: { enabled: false },
    service: { ...base.service, visits: 0, onlineDepth: 4 },
    processXml,
  };
}

describe('catalog / service guide (办事指南) data', () => {
  let guide: ServiceGuide;
  const item = demoItem();
  before(async () => {
    guide = serviceGuide(item, (await compileProcess(item.processXml)).model);
  });

  it('given seed 000 item, then the guide states its basis with articles and its conditions', () => {
    expect(guide.basis.map((b) => b.text)).to.deep.equal(['《就业服务与就业管理规定》第六十三条']);
    expect(guide.conditions).to.deep.equal(item.conditions);
  });

  it('then the procedure lists 受理 → 审核 → 发证 with each step limit and the materials each checks', () => {
    expect(guide.process.steps.map((s) => [s.order, s.name, s.limitText])).to.deep.equal([
      [1, '受理', '1 个工作日'],
      [2, '审核', '4 个工作日'],
      [3, '发证', '2 个工作日'],
    ]);
    expect(guide.process.steps[0]?.materials).to.deep.equal(['居民身份证', '再就业证遗失声明']);
    expect(guide.process.totalText).to.equal('7 个工作日');
  });

  it('then the limits carry their unit and the fee says 不收费 explicitly', () => {
    expect(guide.limits).to.include({ statutoryText: '20 个工作日', promisedText: '7 个工作日', unitText: '工作日' });
    expect(guide.fee).to.deep.equal({ charged: false, text: '不收费' });
  });

  it('then the materials say what is required, how many originals and copies, paper or electronic', () => {
    expect(guide.materials.map((m) => [m.name, m.requiredText, m.originals, m.copies, m.formText])).to.deep.equal([
      ['居民身份证', '必要', 1, 1, '纸质'],
      ['再就业证遗失声明', '必要', 1, 0, '纸质'],
      ['近期一寸免冠照片', '非必要', 2, 0, '纸质'],
    ]);
  });

  it('then the service facts and the overtime-default basis are there', () => {
    expect(guide.service).to.include({ place: item.service.place, phone: '028-86650000', visitsText: '1 次' });
    expect(guide.levelText).to.equal('乡镇（街道）级');
    expect(guide.overtimeDefault?.basis).to.equal('《锦江区行政审批事项实施超时默许制度的有关规定（试行）》');
  });

  it('given a parallel process, then steps come in the order a case reaches them and side branches are marked 并联', async () => {
    const parallel = await compileServiceGuide(parallelItem());
    expect(parallel.process.steps.map((s) => s.name)).to.deep.equal([
      '综合受理',
      '规划审查',
      '消防审查',
      '环保审查',
      '规划签批',
      '联合决定',
    ]);
    expect(parallel.process.steps.filter((s) => s.parallel).map((s) => s.name)).to.deep.equal(['消防审查', '环保审查']);
    expect(parallel.process.totalDays).to.equal(11);
    expect(parallel.fee).to.deep.equal({
      charged: true,
      text: '收费',
      standard: '每件 50 元',
      basis: '《行政事业性收费标准》',
      amountYuan: 50,
    });
    expect(parallel.service.visitsText).to.equal('0 次（全程网办，无需到现场）');
    expect(parallel).not.to.have.property('overtimeDefault');
  });

  it('given compileServiceGuide, then it equals serviceGuide with the compiled model', async () => {
    expect(await compileServiceGuide(item)).to.deep.equal(guide);
  });
});

describe('catalog / service guide printable HTML', () => {
  it('given the guide, then it is a complete Chinese HTML document with A4 print CSS and the six disclosures', async () => {
    const html = renderServiceGuideHtml(await compileServiceGuide(demoItem()), undefined, {
      publisher: '锦江区政务服务中心',
    });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).to.equal(true);
    expect(html).to.contain('<meta charset="utf-8">');
    expect(html).to.match(/@page \{ size: A4; margin: [^}]+\}/);
    expect(html).to.contain('@media print');
    for (const heading of [
      '基本信息',
      '设定依据',
      '受理条件',
      '申请材料',
      '办理流程',
      '办理时限',
      '收费标准',
      '办理地点',
    ]) {
      expect(html).to.match(new RegExp(`<h2>[一二三四五六七八]、${heading}`));
    }
    expect(html).to.contain('<td>不收费</td>');
    expect(html).to.contain('<td>7 个工作日</td>');
    expect(html).to.contain('锦江区政务服务中心');
    expect(html.trimEnd().endsWith('</html>')).to.equal(true);
  });

  it('given an item whose texts hold markup, then every value is escaped and no script or tag gets through', async () => {
    const base = parallelItem();
    const hostile: ApprovalItem = {
      ...base,
      name: '<script>alert(1)</script>餐饮服务许可',
      conditions: ['"><img src=x onerror=alert(1)>', '甲 & 乙'],
      materials: base.materials.map((m, i) => (i === 0 ? { ...m, note: "<a href='javascript:alert(1)'>点我</a>" } : m)),
      fee: { charged: true, standard: '<b>50</b> 元', basis: "O'Reilly & Co" },
    };
    const html = renderServiceGuideHtml(hostile, (await compileProcess(hostile.processXml)).model);
    expect(html).not.to.match(/<script/i);
    expect(html).not.to.match(/<img/i);
    expect(html).not.to.match(/<a /i);
    expect(html).not.to.contain('<b>');
    expect(html).to.contain('<title>&lt;script&gt;alert(1)&lt;/script&gt;餐饮服务许可 办事指南</title>');
    expect(html).to.contain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).to.contain('甲 &amp; 乙');
    expect(html).to.contain('O&#39;Reilly &amp; Co');
  });

  it('given an item with its model, then it renders the same as the guide; without a model it says what is needed', async () => {
    const item = demoItem();
    const { model } = await compileProcess(item.processXml);
    expect(renderServiceGuideHtml(item, model)).to.equal(renderServiceGuideHtml(serviceGuide(item, model)));
    expect(() => renderServiceGuideHtml(item)).to.throw(TypeError, /需要已编译的流程模型/);
  });
});
