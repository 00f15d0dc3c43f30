import { deflateRawSync } from 'node:zlib';
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import {
  exportCatalogXlsx,
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
  makeZip,
  rewriteZip,
  rowOf,
  zipTexts,
} from '../fixtures/catalog/catalogFixtures.js';

const errorsOf = (result: ImportResult): readonly ImportError[] => (result.ok ? [] : result.errors);
const codesOf = (result: ImportResult): string[] => errorsOf(result).map((e) => e.code);
const MB = 1024 * 1024;

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

describe('catalog / io / Excel hostile input', () => {
  let exported: Uint8Array;
  let item: ApprovalItem;
  before(async () => {
    item = demoItem();
    exported = await exportCatalogXlsx([item]);
  });

  describe('size', () => {
    it('given a 50 MB spreadsheet, then it is refused by its byte size before parsing, at once', async () => {
      const padded = new Uint8Array(50 * MB);
      padded.set(exported);
      const { value, ms } = await timed(() => importCatalogXlsx(padded));
      expect(ms).to.be.below(500);
      expect(codesOf(value)).to.deep.equal(['FILE_TOO_LARGE']);
      expect(errorsOf(value)[0]?.message).to.equal('文件大小 50.0 MB 超过上限 20.0 MB');
    });

    it('given a maxBytes option, then the limit is that option', async () => {
      const result = await importCatalogXlsx(exported, { maxBytes: 1024 });
      expect(codesOf(result)).to.deep.equal(['FILE_TOO_LARGE']);
    });

    it('given a zip bomb whose headers lie about its size, then inflating stops at the limit and it is refused', async () => {
      const zeros = deflateRawSync(Buffer.alloc(30 * MB));
      const bomb = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros, method: 8, declaredSize: 100 }]);
      expect(bomb.length).to.be.below(100 * 1024);
      const { value, ms } = await timed(() => importCatalogXlsx(bomb, { maxUncompressedBytes: 10 * MB }));
      expect(ms).to.be.below(2000);
      expect(codesOf(value)).to.deep.equal(['XLSX_TOO_LARGE_UNCOMPRESSED']);
    });

    it('given a zip that declares more than the limit, then it is refused without inflating', async () => {
      const honest = makeZip([{ name: 'a.xml', data: new Uint8Array(10), method: 8, declaredSize: 3_000_000_000 }]);
      expect(codesOf(await importCatalogXlsx(honest))).to.deep.equal(['XLSX_TOO_LARGE_UNCOMPRESSED']);
    });

    it('given more rows than maxRows, then SHEET_TOO_MANY_ROWS names the sheet', async () => {
      const result = await importCatalogXlsx(exported, { maxRows: 1 });
      expect(errorsOf(result)).to.deep.include({
        code: 'SHEET_TOO_MANY_ROWS',
        message: '工作表行数 4 超过上限 1 行',
        sheet: '材料',
      });
    });
  });

  describe('ranges exceljs would walk cell by cell', () => {
    const plant = async (sheetXml: string, workbookXml = ''): Promise<Uint8Array> =>
      rewriteZip(exported, (name, text) => {
        if (name === 'xl/workbook.xml' && workbookXml) return text.replace('</sheets>', `</sheets>${workbookXml}`);
        if (name === 'xl/worksheets/sheet2.xml' && sheetXml)
          return text.replace('</sheetData>', `</sheetData>${sheetXml}`);
        return text;
      });

    it('given a data validation and merged cells over the whole sheet, then those parts are not read and the import is quick', async () => {
      const bytes = await plant(
        '<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>' +
          '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
      );
      const { value, ms } = await timed(() => importCatalogXlsx(bytes));
      expect(ms).to.be.below(3000);
      expect(errorsOf(value)).to.deep.equal([]);
    });

    it('given a defined name over the whole sheet, then XLSX_DEFINED_NAMES_TOO_LARGE before exceljs sees it', async () => {
      const bytes = await plant(
        '',
        '<definedNames><definedName name="all">事项!$A$1:$XFD$1048576</definedName></definedNames>',
      );
      const { value, ms } = await timed(() => importCatalogXlsx(bytes));
      expect(ms).to.be.below(1000);
      expect(codesOf(value)).to.deep.equal(['XLSX_DEFINED_NAMES_TOO_LARGE']);
    });

    it('given a small defined name (a filter over the list), then it imports', async () => {
      const bytes = await plant(
        '',
        '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">事项!$A$1:$AH$2</definedName></definedNames>',
      );
      expect(errorsOf(await importCatalogXlsx(bytes))).to.deep.equal([]);
    });
  });

  describe('not a workbook', () => {
    it('given random bytes, an old .xls or a zip of something else, then each gets a clear error', async () => {
      const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
      const other = makeZip([{ name: 'hello.txt', data: new TextEncoder().encode('hi'), method: 0, declaredSize: 2 }]);
      expect(codesOf(await importCatalogXlsx(new TextEncoder().encode('实施编码,事项名称\nA,B')))).to.deep.equal([
        'XLSX_NOT_ZIP',
      ]);
      expect(codesOf(await importCatalogXlsx(xls))).to.deep.equal(['XLSX_LEGACY_XLS']);
      const otherResult = await importCatalogXlsx(other);
      expect(otherResult.ok).to.equal(false);
      expect(codesOf(otherResult).every((c) => c === 'XLSX_UNREADABLE' || c === 'SHEET_MISSING')).to.equal(true);
    });
  });

  describe('formulas and scripts', () => {
    let result: ImportResult;
    const at: Record<string, number> = {};
    before(async () => {
      const bytes = await editWorkbook(exported, (workbook) => {
        at['item'] = rowOf(workbook, '事项', item.code);
        at['material'] = rowOf(workbook, '材料', item.code);
        cellOf(workbook, '事项', at['item'], '黄灯').value = { formula: 'B2*0+3', result: 3 };
        cellOf(workbook, '事项', at['item'], '事项名称').value = "=cmd|' /C calc'!A0";
        cellOf(workbook, '事项', at['item'], '受理条件').value = '+1';
        cellOf(workbook, '事项', at['item'], '主管部门').value = '<script>alert("x")</script>人社局';
        cellOf(workbook, '材料', at['material'], '备注').value = '@SUM(A1:A2)';
        cellOf(workbook, '材料', at['material'], '原件份数').value = '-2';
        cellOf(workbook, '材料', at['material'], '空白表格').value = 'javascript:alert(1)';
        cellOf(workbook, '材料', at['material'], '受理标准').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
        const formRow = rowOf(workbook, '表单', item.code, ['部分', '表单结构']);
        at['form'] = formRow;
        cellOf(workbook, '表单', formRow, 'JSON').value = JSON.stringify({
          ...item.form.schema,
          description: '<script src="//evil"></script>',
        });
      });
      result = await importCatalogXlsx(bytes);
    });

    it('then nothing is imported', () => {
      expect(result.ok).to.equal(false);
    });

    it('then a formula cell is refused (单元格不得包含公式) with sheet, row and column, not evaluated', () => {
      expect(errorsOf(result)).to.deep.include({
        code: 'FORMULA_NOT_ALLOWED',
        message: '单元格不得包含公式',
        sheet: '事项',
        row: at['item'],
        field: '黄灯',
        itemCode: item.code,
      });
    });

    it('then text starting with = + - @ is refused where it is', () => {
      const found = errorsOf(result)
        .filter((e) => e.code === 'FORMULA_LIKE_TEXT')
        .map((e) => `${e.sheet}/${e.row}/${e.field}`);
      expect(found).to.have.members([
        `事项/${at['item']}/事项名称`,
        `事项/${at['item']}/受理条件`,
        `材料/${at['material']}/备注`,
        `材料/${at['material']}/原件份数`,
      ]);
    });

    it('then scripts are refused in cells and inside the form JSON', () => {
      const found = errorsOf(result)
        .filter((e) => e.code === 'SCRIPT_NOT_ALLOWED')
        .map((e) => `${e.sheet}/${e.row}/${e.field}`);
      expect(found).to.have.members([
        `事项/${at['item']}/主管部门`,
        `材料/${at['material']}/空白表格`,
        `表单/${at['form']}/JSON`,
      ]);
    });

    it('then an error value (#N/A) is refused', () => {
      expect(errorsOf(result).find((e) => e.code === 'CELL_ERROR_VALUE')).to.include({
        sheet: '材料',
        field: '受理标准',
      });
    });
  });

  describe('export neutralizes formula-like text', () => {
    it('given texts starting with = + - @, when exported, then no cell is a formula or starts with one, and it reads back exactly', async () => {
      const awkward = awkwardItem();
      const bytes = await exportCatalogXlsx([awkward]);
      const workbook = await loadWorkbook(bytes);
      const starts: string[] = [];
      for (const sheet of workbook.worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.type, `${sheet.name}!${cell.address}`).not.to.equal(ExcelJS.ValueType.Formula);
            if (typeof cell.value === 'string' && /^[=+\-@\t\r＝＋－＠]/.test(cell.value)) starts.push(cell.address);
          }),
        );
      }
      expect(starts).to.deep.equal([]);
      expect(cellOf(workbook, '事项', 2, '事项名称').value).to.equal("'-号开头的测试事项");
      expect(cellOf(workbook, '事项', 2, '实施机关').value).to.equal("''=已带引号的机关");
      for (const xml of zipTexts(bytes, /^xl\/worksheets\/.*\.xml$/)) expect(xml).not.to.match(/<f[\s>]/);
      const result = await importCatalogXlsx(bytes);
      expect(result.ok && result.items).to.deep.equal([awkward]);
    });
  });

  describe('form JSON', () => {
    it('given 50,000 nested arrays over several rows of 表单, then FORM_JSON_TOO_DEEP quickly', async () => {
      const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
      const bytes = await editWorkbook(exported, (workbook) => {
        const sheet = workbook.getWorksheet('表单');
        const row = rowOf(workbook, '表单', item.code, ['部分', '表单结构']);
        cellOf(workbook, '表单', row, 'JSON').value = deep.slice(0, 30_000);
        sheet?.addRow([item.code, '表单结构', 2, deep.slice(30_000, 60_000)]);
        sheet?.addRow([item.code, '表单结构', 3, deep.slice(60_000)]);
      });
      const { value, ms } = await timed(() => importCatalogXlsx(bytes));
      expect(ms).to.be.below(3000);
      expect(errorsOf(value)).to.have.length(1);
      expect(errorsOf(value)[0]).to.include({
        code: 'FORM_JSON_TOO_DEEP',
        sheet: '表单',
        row: 2,
        field: 'JSON',
        itemCode: item.code,
      });
    });

    it('given a 3 MB form definition, then FORM_JSON_TOO_LARGE', async () => {
      const text = JSON.stringify({ type: 'object', description: 'x'.repeat(3 * MB) });
      const bytes = await editWorkbook(exported, (workbook) => {
        const sheet = workbook.getWorksheet('表单');
        const row = rowOf(workbook, '表单', item.code, ['部分', '表单结构']);
        cellOf(workbook, '表单', row, 'JSON').value = text.slice(0, 30_000);
        for (let i = 30_000, seq = 2; i < text.length; i += 30_000, seq++) {
          sheet?.addRow([item.code, '表单结构', seq, text.slice(i, i + 30_000)]);
        }
      });
      const result = await importCatalogXlsx(bytes);
      expect(codesOf(result)).to.deep.equal(['FORM_JSON_TOO_LARGE']);
    });
  });

  describe('cells that are not plain text', () => {
    it('given rich text, a hyperlink and dates, then they are read as their text', async () => {
      const bytes = await editWorkbook(exported, (workbook) => {
        const row = rowOf(workbook, '事项', item.code);
        cellOf(workbook, '事项', row, '办理时间').value = {
          richText: [{ text: '周一至周五 ' }, { font: { bold: true }, text: '9:00—17:00' }],
        };
        const place = cellOf(workbook, '事项', row, '办理地点');
        place.value = new Date(Date.UTC(2026, 10, 21));
        place.style = { ...place.style, numFmt: 'yyyy-mm-dd' };
        const sample = cellOf(workbook, '事项', row, '审批结果样本');
        sample.value = new Date(Date.UTC(2026, 10, 21, 9, 30));
        sample.style = { ...sample.style, numFmt: 'yyyy-mm-dd hh:mm' };
        const material = rowOf(workbook, '材料', item.code);
        cellOf(workbook, '材料', material, '空白表格').value = {
          text: '下载空白表格',
          hyperlink: 'https://zwfw.example.gov.cn/form.docx',
        };
      });
      const result = await importCatalogXlsx(bytes);
      expect(errorsOf(result)).to.deep.equal([]);
      const imported = result.ok ? result.items[0] : undefined;
      expect(imported?.service.hours).to.equal('周一至周五 9:00—17:00');
      expect(imported?.service.place).to.equal('2026-11-21');
      expect(imported?.service.result.sample).to.equal('2026-11-21 09:30');
      expect(imported?.materials[0]?.blankForm).to.equal('下载空白表格');
    });
  });
});
