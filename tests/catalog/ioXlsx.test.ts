import { expect } from 'chai';
import {
  CATALOG_SHEETS,
  demoCatalog,
  exportCatalogJson,
  exportCatalogXlsx,
  importCatalogJson,
  importCatalogXlsx,
  type ApprovalItem,
  type ImportError,
  type ImportResult,
} from '@govflow/catalog';
import {
  awkwardItem,
  cellOf,
  demoItem,
  editWorkbook,
  loadWorkbook,
  rowOf,
  someItems,
} from '../fixtures/catalog/catalogFixtures.js';

const errorsOf = (result: ImportResult): readonly ImportError[] => (result.ok ? [] : result.errors);
const itemsOf = (result: ImportResult): readonly ApprovalItem[] => (result.ok ? result.items : []);

describe('catalog / io / Excel round trip and layout', function () {
  this.timeout(60_000);
  it('given the whole demo catalog, when JSON → xlsx → JSON, then every item comes back deep-equal', async () => {
    const fromJson = await importCatalogJson(exportCatalogJson(demoCatalog()));
    const bytes = await exportCatalogXlsx(itemsOf(fromJson));
    const fromXlsx = await importCatalogXlsx(bytes);
    expect(errorsOf(fromXlsx)).to.deep.equal([]);
    expect(itemsOf(fromXlsx)).to.have.length(demoCatalog().length);
    expect(itemsOf(fromXlsx)).to.deep.equal(demoCatalog());
    const again = await importCatalogJson(exportCatalogJson(itemsOf(fromXlsx)));
    expect(itemsOf(again)).to.deep.equal(demoCatalog());
  });

  it('given an item with awkward text (formula starts, line breaks, CR, _x000D_, control characters, emoji), then it round-trips exactly', async () => {
    const item = awkwardItem();
    const result = await importCatalogXlsx(await exportCatalogXlsx([item]));
    expect(errorsOf(result)).to.deep.equal([]);
    expect(itemsOf(result)).to.deep.equal([item]);
  });

  it('given an exported catalog, then it has the sheets 说明 / 事项 / 材料 / 流程 / 表单 with Chinese headers and labels', async () => {
    const workbook = await loadWorkbook(await exportCatalogXlsx([demoItem()]));
    expect(workbook.worksheets.map((s) => s.name)).to.deep.equal(['说明', '事项', '材料', '流程', '表单']);
    const headers = (name: string): unknown[] => (workbook.getWorksheet(name)?.getRow(1).values as unknown[]).slice(1);
    expect(headers('事项')).to.include.members([
      '实施编码',
      '基本编码',
      '事项名称',
      '事项类型',
      '办理项',
      '主管部门',
      '实施机关',
      '行使层级',
      '设定依据',
      '受理条件',
      '法定时限',
      '承诺时限',
      '时限单位',
      '办件类型',
      '是否收费',
      '收费标准',
      '收费依据',
      '服务对象',
      '办理地点',
      '办理时间',
      '咨询电话',
      '投诉电话',
      '网办深度',
      '到现场次数',
      '审批结果',
      '黄灯',
      '红灯',
      '超时默许',
      '超时默许依据',
    ]);
    expect(headers('材料')).to.deep.equal([
      '实施编码',
      '材料编号',
      '材料名称',
      '必要性',
      '必要条件',
      '原件份数',
      '复印件份数',
      '材料形式',
      '来源渠道',
      '受理标准',
      '空白表格',
      '示例样表',
      '备注',
    ]);
    const item = demoItem();
    const row = rowOf(workbook, '事项', item.code);
    expect(cellOf(workbook, '事项', row, '行使层级').value).to.equal('乡镇（街道）级');
    expect(cellOf(workbook, '事项', row, '时限单位').value).to.equal('工作日');
    expect(cellOf(workbook, '事项', row, '是否收费').value).to.equal('否');
    expect(cellOf(workbook, '事项', row, '承诺时限').value).to.equal(item.promisedDays);
    expect(cellOf(workbook, '事项', row, '设定依据').value).to.equal('《就业服务与就业管理规定》｜第六十三条');
    const material = rowOf(workbook, '材料', item.code, ['材料编号', 'id-card']);
    expect(cellOf(workbook, '材料', material, '材料形式').value).to.equal('纸质');
    expect(cellOf(workbook, '材料', material, '必要性').value).to.equal('必要');
    expect(cellOf(workbook, '材料', material, '来源渠道').value).to.equal('政府部门核发');
  });

  it('given a BPMN longer than one cell holds, then 流程 splits it over numbered rows each under 32,767 characters', async () => {
    const item = awkwardItem();
    expect(item.processXml.length).to.be.above(40_000);
    const workbook = await loadWorkbook(await exportCatalogXlsx([item]));
    const sheet = workbook.getWorksheet('流程');
    const rows: { seq: unknown; text: string }[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) rows.push({ seq: row.getCell(2).value, text: String(row.getCell(3).value) });
    });
    expect(rows.length).to.be.at.least(2);
    expect(rows.map((r) => r.seq)).to.deep.equal(rows.map((_, i) => i + 1));
    for (const r of rows) expect(r.text.length).to.be.below(32_767);
  });

  it('given a sheet written by hand (columns reordered, ASCII brackets, 是/否, 纸质或电子, a basis without ｜), then it imports', async () => {
    const item = demoItem();
    const bytes = await editWorkbook(await exportCatalogXlsx([item]), (workbook) => {
      const sheet = workbook.getWorksheet('事项');
      if (!sheet) throw new Error('no 事项');
      sheet.spliceColumns(4, 1);
      sheet.spliceColumns(1, 0, ['事项名称', item.name]);
      const row = rowOf(workbook, '事项', item.code);
      cellOf(workbook, '事项', row, '行使层级').value = '乡镇(街道)级';
      cellOf(workbook, '事项', row, '设定依据').value =
        '《中华人民共和国就业促进法》\n\n《就业服务与就业管理规定》｜第六十三条';
      cellOf(workbook, '材料', rowOf(workbook, '材料', item.code), '材料形式').value = '纸质或电子';
      cellOf(workbook, '材料', rowOf(workbook, '材料', item.code), '必要性').value = '是';
    });
    const result = await importCatalogXlsx(bytes);
    expect(errorsOf(result)).to.deep.equal([]);
    const imported = itemsOf(result)[0];
    expect(imported?.name).to.equal(item.name);
    expect(imported?.level).to.equal('town');
    expect(imported?.basis).to.deep.equal([
      { law: '《中华人民共和国就业促进法》' },
      { law: '《就业服务与就业管理规定》', articles: '第六十三条' },
    ]);
    expect(imported?.materials[0]).to.include({ form: 'either', required: true });
  });

  it('given a workbook without the 流程 sheet and without the 材料名称 column, then each is reported and nothing imports', async () => {
    const bytes = await editWorkbook(await exportCatalogXlsx([demoItem()]), (workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet('流程')?.id ?? -1);
      const materials = workbook.getWorksheet('材料');
      materials?.spliceColumns(3, 1);
      workbook.addWorksheet('备用');
    });
    const result = await importCatalogXlsx(bytes);
    expect(result.ok).to.equal(false);
    expect(errorsOf(result)).to.deep.include({ code: 'SHEET_MISSING', message: '缺少工作表「流程」', sheet: '流程' });
    expect(errorsOf(result)).to.deep.include({
      code: 'COLUMN_MISSING',
      message: '缺少必需的列「材料名称」',
      sheet: '材料',
      row: 1,
      field: '材料名称',
    });
    expect(result.warnings.map((w) => w.code)).to.include('SHEET_UNKNOWN');
  });

  it('exposes the sheet names', () => {
    expect(CATALOG_SHEETS).to.include({ items: '事项', materials: '材料', process: '流程', form: '表单' });
  });
});

describe('catalog / io / Excel file with broken rows in several sheets', () => {
  const [a, b, c, d] = someItems(4) as [ApprovalItem, ApprovalItem, ApprovalItem, ApprovalItem];
  let result: ImportResult;
  const at: Record<string, number> = {};

  before(async () => {
    const bytes = await editWorkbook(await exportCatalogXlsx([a, b, c, d]), (workbook) => {
      at['a'] = rowOf(workbook, '事项', a.code);
      at['b'] = rowOf(workbook, '事项', b.code);
      at['c'] = rowOf(workbook, '事项', c.code);
      at['d'] = rowOf(workbook, '事项', d.code);
      cellOf(workbook, '事项', at['a'], '法定时限').value = '二十个工作日';
      cellOf(workbook, '事项', at['a'], '咨询电话').value = '请拨打热线';
      cellOf(workbook, '事项', at['c'], '行使层级').value = '省级';
      cellOf(workbook, '事项', at['d'], '承诺时限').value = d.statutoryDays + 10;
      at['material'] = rowOf(workbook, '材料', b.code);
      cellOf(workbook, '材料', at['material'], '材料形式').value = '传真';
      const materials = workbook.getWorksheet('材料');
      const orphan = materials?.addRow([
        'NO-SUCH-ITEM',
        'x',
        '不存在事项的材料',
        '必要',
        null,
        1,
        0,
        '纸质',
        '申请人自备',
      ]);
      at['orphan'] = orphan?.number ?? 0;
      at['process'] = rowOf(workbook, '流程', b.code);
      cellOf(workbook, '流程', at['process'], '序号').value = 2;
      at['form'] = rowOf(workbook, '表单', c.code, ['部分', '表单结构']);
      cellOf(workbook, '表单', at['form'], 'JSON').value = '{"type": "object", "properties": ';
    });
    result = await importCatalogXlsx(bytes);
  });

  it('then nothing is imported', () => {
    expect(result.ok).to.equal(false);
    expect(result).not.to.have.property('items');
  });

  it('then every error names its sheet, row and column', () => {
    const errors = errorsOf(result);
    const expectError = (
      code: string,
      sheet: string,
      row: number | undefined,
      field: string,
      itemCode?: string,
    ): void => {
      const found = errors.find((e) => e.code === code && e.sheet === sheet && e.row === row && e.field === field);
      expect(found, `${code} at ${sheet} row ${row} ${field} in ${JSON.stringify(errors, null, 1)}`).to.not.equal(
        undefined,
      );
      if (itemCode !== undefined) expect(found?.itemCode).to.equal(itemCode);
    };
    expectError('NUMBER_INVALID', '事项', at['a'], '法定时限', a.code);
    expectError('ITEM_SCHEMA_INVALID', '事项', at['a'], '咨询电话', a.code);
    expectError('LABEL_UNKNOWN', '事项', at['c'], '行使层级', c.code);
    expectError('PROMISED_EXCEEDS_STATUTORY', '事项', at['d'], '承诺时限', d.code);
    expectError('LABEL_UNKNOWN', '材料', at['material'], '材料形式', b.code);
    expectError('ITEM_UNKNOWN', '材料', at['orphan'], '实施编码', 'NO-SUCH-ITEM');
    expectError('CHUNK_SEQUENCE', '流程', at['process'], '序号', b.code);
    expectError('FORM_JSON_SYNTAX', '表单', at['form'], 'JSON', c.code);
    expect(errors.every((e) => e.sheet !== undefined && e.row !== undefined && e.field !== undefined)).to.equal(true);
  });

  it('then a cell that could not be read is not reported a second time by validation', () => {
    const aErrors = errorsOf(result).filter((e) => e.itemCode === a.code);
    expect(aErrors.map((e) => e.field).sort()).to.deep.equal(['咨询电话', '法定时限']);
  });

  it('then the messages are Chinese and say what is allowed', () => {
    const level = errorsOf(result).find((e) => e.code === 'LABEL_UNKNOWN' && e.field === '行使层级');
    expect(level?.message).to.equal('「省级」不是可选值，可选：「市级」「区县级」「乡镇（街道）级」「村（社区）级」');
  });
});
