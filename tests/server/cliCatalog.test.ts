import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { demoCatalog, exportCatalogJson, exportCatalogXlsx } from '@govflow/catalog';
import { SqliteStore } from '@govflow/server';
import { cellOf, demoItem, editWorkbook, rowOf } from '../fixtures/catalog/catalogFixtures.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `govflow …` from the TypeScript sources (no build needed), with its own data directory. */
function govflow(args: readonly string[], dataDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=govflow-source', '--import', 'tsx', 'server/src/cli/main.ts', ...args],
      { cwd: root, env: { ...process.env, GOVFLOW_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function storedItems(dataDir: string): Promise<readonly { code: string; version: number }[]> {
  if (!existsSync(join(dataDir, 'govflow.db'))) return [];
  const store = new SqliteStore({ file: join(dataDir, 'govflow.db') });
  try {
    return await store.listItems();
  } finally {
    await store.close();
  }
}

describe('server / CLI: govflow catalog validate | import | export', function () {
  this.timeout(120_000);
  let dir: string;
  let dataDir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-cli-'));
    dataDir = join(dir, 'data');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('usage', () => {
    it('given --help, then the Chinese help text and exit code 0', async () => {
      const run = await govflow(['--help'], dataDir);
      expect(run.code).to.equal(0);
      expect(run.stdout).to.contain('用法：');
      for (const action of ['validate', 'import', 'export'])
        expect(run.stdout).to.contain(`govflow catalog ${action} <文件>`);
    });

    it('given no command, then the reason and the help on stderr, exit code 2', async () => {
      const run = await govflow([], dataDir);
      expect(run.code).to.equal(2);
      expect(run.stderr).to.contain('用法错误：缺少命令');
      expect(run.stderr).to.contain('用法：');
    });

    it('given a .csv file, then exit code 2: only .json and .xlsx are catalog files', async () => {
      const run = await govflow(['catalog', 'validate', 'a.csv'], dataDir);
      expect(run.code).to.equal(2);
      expect(run.stderr).to.contain('不支持的文件类型「a.csv」：请使用 .json 或 .xlsx');
    });
  });

  describe('export, validate and import', () => {
    it('given --demo, when exported to .xlsx and .json, then both files validate with exit code 0', async () => {
      for (const name of ['demo.xlsx', 'demo.json']) {
        const file = join(dir, name);
        const exported = await govflow(['catalog', 'export', '--demo', file], dataDir);
        expect(exported.code, exported.stderr).to.equal(0);
        expect(exported.stdout).to.contain(`已导出 ${demoCatalog().length} 个事项`);
        const validated = await govflow(['catalog', 'validate', file], dataDir);
        expect(validated.code, validated.stdout).to.equal(0);
        expect(validated.stdout).to.contain(`校验通过：${demoCatalog().length} 个事项`);
      }
      const json = JSON.parse(readFileSync(join(dir, 'demo.json'), 'utf8')) as { format: string; items: unknown[] };
      expect(json.format).to.equal('govflow-catalog');
      expect(json.items).to.deep.equal(demoCatalog());
    });

    it('given a workbook with broken rows, when validated or imported, then exit code 1, every error with sheet/row/column, nothing stored', async () => {
      const item = demoItem();
      const file = join(dir, 'broken.xlsx');
      let row = 0;
      let materialRow = 0;
      const bytes = await editWorkbook(await exportCatalogXlsx([item]), (workbook) => {
        row = rowOf(workbook, '事项', item.code);
        materialRow = rowOf(workbook, '材料', item.code);
        cellOf(workbook, '事项', row, '法定时限').value = '二十';
        cellOf(workbook, '材料', materialRow, '材料形式').value = { formula: '"纸质"' };
      });
      writeFileSync(file, bytes);
      const validated = await govflow(['catalog', 'validate', file], dataDir);
      expect(validated.code).to.equal(1);
      expect(validated.stdout).to.contain(`错误：「事项」第 ${row} 行「法定时限」（${item.code}）：应填写数字`);
      expect(validated.stdout).to.contain(
        `错误：「材料」第 ${materialRow} 行「材料形式」（${item.code}）：单元格不得包含公式 [FORMULA_NOT_ALLOWED]`,
      );
      expect(validated.stdout).to.contain('校验未通过：2 个错误');
      const imported = await govflow(['catalog', 'import', file], dataDir);
      expect(imported.code).to.equal(1);
      expect(imported.stdout).to.contain('未导入任何事项');
      expect(await storedItems(dataDir)).to.deep.equal([]);
    });

    it('given a valid file, when imported twice and exported from the store, then version 1 of each item is stored once and comes back equal', async () => {
      const file = join(dir, 'catalog.json');
      writeFileSync(file, exportCatalogJson(demoCatalog()));
      const first = await govflow(['catalog', 'import', file], dataDir);
      expect(first.code, first.stderr).to.equal(0);
      expect(first.stdout).to.contain(`新发布 ${demoCatalog().length} 个事项版本，0 个事项内容未变化`);
      const second = await govflow(['catalog', 'import', file], dataDir);
      expect(second.code).to.equal(0);
      expect(second.stdout).to.contain(`新发布 0 个事项版本，${demoCatalog().length} 个事项内容未变化`);
      const stored = await storedItems(dataDir);
      expect(stored.map((i) => i.version)).to.deep.equal(demoCatalog().map(() => 1));
      const out = join(dir, 'from-store.json');
      const exported = await govflow(['catalog', 'export', out], dataDir);
      expect(exported.code).to.equal(0);
      const items = (JSON.parse(readFileSync(out, 'utf8')) as { items: { code: string }[] }).items;
      const byCode = (list: readonly { code: string }[]) => [...list].sort((x, y) => x.code.localeCompare(y.code));
      expect(byCode(items)).to.deep.equal(byCode(demoCatalog()));
    });

    it('given a missing file or a file over --max-size, then exit code 1 with a Chinese reason', async () => {
      const missing = await govflow(['catalog', 'validate', join(dir, 'nope.json')], dataDir);
      expect(missing.code).to.equal(1);
      expect(missing.stderr).to.contain('找不到文件或目录');
      const big = await govflow(['catalog', 'validate', '--max-size', '0.001', join(dir, 'demo.json')], dataDir);
      expect(big.code).to.equal(1);
      expect(big.stdout).to.contain('[FILE_TOO_LARGE]');
    });
  });
});
