import { expect } from 'chai';
import {
  demoCatalog,
  describeImportError,
  exportCatalogJson,
  importCatalogJson,
  type ApprovalItem,
  type ImportError,
  type ImportResult,
} from '@govflow/catalog';
import { demoItem, someItems } from '../fixtures/catalog/catalogFixtures.js';

const errorsOf = (result: ImportResult): readonly ImportError[] => (result.ok ? [] : result.errors);
const fileWith = (items: unknown[]): string => JSON.stringify({ format: 'govflow-catalog', formatVersion: 1, items });

describe('catalog / io / JSON import and export', function () {
  this.timeout(60_000);
  it('given the whole demo catalog, when exported and imported, then every item comes back deep-equal', async () => {
    const items = demoCatalog();
    const text = exportCatalogJson(items);
    const result = await importCatalogJson(text);
    expect(errorsOf(result)).to.deep.equal([]);
    expect(result.ok && result.items).to.deep.equal(items);
  });

  it('given an export, then it is the govflow-catalog wrapper, with exportedAt only when asked for', () => {
    const plain = JSON.parse(exportCatalogJson([demoItem()])) as Record<string, unknown>;
    expect(plain).to.include({ format: 'govflow-catalog', formatVersion: 1 });
    expect(plain).not.to.have.property('exportedAt');
    const dated = JSON.parse(exportCatalogJson([demoItem()], { exportedAt: new Date('2026-11-21T08:00:00Z') }));
    expect(dated.exportedAt).to.equal('2026-11-21T08:00:00.000Z');
  });

  it('given bytes of an export with a BOM, when imported, then it reads as UTF-8', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${exportCatalogJson([demoItem()])}`);
    const result = await importCatalogJson(bytes);
    expect(result.ok).to.equal(true);
  });

  it('given text that is not JSON, then one JSON_SYNTAX error names the line and column', async () => {
    const result = await importCatalogJson('{\n  "format": "govflow-catalog",\n  oops\n}');
    expect(result.ok).to.equal(false);
    expect(errorsOf(result)).to.have.length(1);
    expect(errorsOf(result)[0]?.code).to.equal('JSON_SYNTAX');
    expect(errorsOf(result)[0]?.message).to.match(/第 3 行/);
  });

  it('given bytes that are not UTF-8, then FILE_NOT_UTF8', async () => {
    const result = await importCatalogJson(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(errorsOf(result).map((e) => e.code)).to.deep.equal(['FILE_NOT_UTF8']);
  });

  it('given a wrong format tag, a wrong format version or no items, then each is refused with its own code', async () => {
    const wrongTag = await importCatalogJson(JSON.stringify({ format: 'other', formatVersion: 1, items: [] }));
    const bareArray = await importCatalogJson(JSON.stringify([demoItem()]));
    const wrongVersion = await importCatalogJson(
      JSON.stringify({ format: 'govflow-catalog', formatVersion: 2, items: [] }),
    );
    const noItems = await importCatalogJson(JSON.stringify({ format: 'govflow-catalog', formatVersion: 1 }));
    expect(errorsOf(wrongTag).map((e) => e.code)).to.deep.equal(['FORMAT_UNKNOWN']);
    expect(errorsOf(bareArray).map((e) => e.code)).to.deep.equal(['FORMAT_UNKNOWN']);
    expect(errorsOf(wrongVersion).map((e) => e.code)).to.deep.equal(['FORMAT_VERSION_UNSUPPORTED']);
    expect(errorsOf(noItems).map((e) => e.code)).to.deep.equal(['ITEMS_MISSING']);
    expect(errorsOf(wrongVersion)[0]?.message).to.match(/不支持的文件格式版本 2/);
  });

  it('given more than 50 MB, then it is refused from its size alone, at once', async () => {
    const huge = `{"format":"govflow-catalog","formatVersion":1,"items":[],"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const started = performance.now();
    const result = await importCatalogJson(huge);
    expect(performance.now() - started).to.be.below(1000);
    expect(errorsOf(result).map((e) => e.code)).to.deep.equal(['FILE_TOO_LARGE']);
    expect(errorsOf(result)[0]?.message).to.match(/超过上限 50\.0 MB/);
  });

  it('given a smaller maxBytes option, then a normal file over it is refused', async () => {
    const result = await importCatalogJson(exportCatalogJson([demoItem()]), { maxBytes: 1000 });
    expect(errorsOf(result).map((e) => e.code)).to.deep.equal(['FILE_TOO_LARGE']);
  });

  it('given 100,000 nested arrays, then JSON_TOO_DEEP comes back quickly without a stack overflow', async () => {
    const started = performance.now();
    const result = await importCatalogJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(performance.now() - started).to.be.below(1000);
    expect(errorsOf(result).map((e) => e.code)).to.deep.equal(['JSON_TOO_DEEP']);
  });

  it('given a form schema nested 80 levels deep inside an item, then JSON_TOO_DEEP (64 levels by default)', async () => {
    let schema: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 80; i++) schema = { type: 'object', properties: { x: schema } };
    const item = { ...demoItem(), form: { schema } };
    const result = await importCatalogJson(fileWith([item]));
    expect(errorsOf(result).map((e) => e.code)).to.deep.equal(['JSON_TOO_DEEP']);
  });

  it('given more items than maxItems, then TOO_MANY_ITEMS', async () => {
    const result = await importCatalogJson(fileWith(someItems(3)), { maxItems: 2 });
    expect(errorsOf(result).map((e) => e.code)).to.deep.equal(['TOO_MANY_ITEMS']);
  });

  describe('a file with several broken items', () => {
    let result: ImportResult;
    const [a, b, c, d] = someItems(4) as [ApprovalItem, ApprovalItem, ApprovalItem, ApprovalItem];
    before(async () => {
      const { name: _name, ...noName } = b;
      const items: unknown[] = [
        { ...a, promisedDays: a.statutoryDays + 5 },
        noName,
        { ...c, materials: [{ ...c.materials[0], requiredWhen: 'applicantType = ' }, ...c.materials.slice(1)] },
        { ...d, code: a.code },
        { ...d, code: 'XSS-1', name: '<script>alert(1)</script>' },
        'not an item',
        d,
      ];
      result = await importCatalogJson(fileWith(items));
    });

    it('then nothing is imported', () => {
      expect(result.ok).to.equal(false);
      expect(result).not.to.have.property('items');
    });

    it('then every error is reported with the item index, its code and the field path', () => {
      const errors = errorsOf(result);
      const find = (code: string, itemIndex: number): ImportError | undefined =>
        errors.find((e) => e.code === code && e.itemIndex === itemIndex);
      expect(find('PROMISED_EXCEEDS_STATUTORY', 0)).to.include({ itemCode: a.code, field: '/promisedDays' });
      expect(find('ITEM_SCHEMA_INVALID', 1)).to.include({ itemCode: b.code, field: '/name' });
      expect(find('MATERIAL_CONDITION_INVALID', 2)).to.include({
        itemCode: c.code,
        field: '/materials/0/requiredWhen',
      });
      expect(find('DUPLICATE_ITEM_CODE', 3)).to.include({ itemCode: a.code, field: '/code' });
      expect(find('DUPLICATE_ITEM_CODE', 3)?.message).to.contain('第 1 个事项');
      expect(find('SCRIPT_NOT_ALLOWED', 4)).to.include({ itemCode: 'XSS-1', field: '/name' });
      expect(find('ITEM_NOT_OBJECT', 5)).to.not.equal(undefined);
      expect(errors.filter((e) => e.itemIndex === 6)).to.deep.equal([]);
    });

    it('then each error reads as one Chinese line naming where it is', () => {
      const line = describeImportError(
        errorsOf(result).find((e) => e.code === 'PROMISED_EXCEEDS_STATUTORY') as ImportError,
      );
      expect(line).to.match(/^第 1 个事项（.+） \/promisedDays：承诺时限 .+ \[PROMISED_EXCEEDS_STATUTORY\]$/);
    });
  });

  it('given a valid item that only has warnings, then it imports and the warnings come along', async () => {
    const result = await importCatalogJson(fileWith([demoItem()]), {
      settings: {
        maxSteps: 1,
        jointCapDays: 45,
        jointExtensionDays: 15,
        defaultThresholds: { yellowDaysLeft: 10, redDaysLeft: 3 },
      },
    });
    expect(result.ok).to.equal(true);
    expect(result.warnings.map((w) => w.code)).to.include('TOO_MANY_STEPS');
    expect(result.warnings[0]).to.include({ itemIndex: 0, itemCode: demoItem().code });
  });
});
