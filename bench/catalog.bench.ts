/**
 * Benchmark of issue 4: validate and import the demo catalog (every item with its BPMN process),
 * from JSON and from Excel, and the CLI's whole import into the embedded SQLite store.
 * Target: under 3 s for 330 items. Prints a markdown report to stdout.
 *
 * Run: `node --expose-gc --conditions=govflow-source --import tsx bench/catalog.bench.ts [--rounds N]`.
 * `--scale N` repeats the demo catalog N times with new codes (to measure a catalog bigger than the demo).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileProcess } from '@govflow/engine';
import {
  demoCatalog,
  exportCatalogJson,
  exportCatalogXlsx,
  importCatalogJson,
  importCatalogXlsx,
  publishItem,
  validateItem,
  type ApprovalItem,
  type ImportResult,
} from '@govflow/catalog';
import { SqliteStore } from '@govflow/server';
import { machineInfo } from './lib/machine.js';
import { collectGarbage, fmt, median, progress, range } from './lib/stats.js';

const TARGET_MS = 3000;
const rounds = Number(argument('--rounds') ?? 5);
const scale = Number(argument('--scale') ?? 1);

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

function catalog(): readonly ApprovalItem[] {
  const demo = demoCatalog();
  if (scale <= 1) return demo;
  return Array.from({ length: scale }, (_, copy) =>
    demo.map((item) => (copy === 0 ? item : { ...item, code: `${item.code}-S${copy}` })),
  ).flat();
}

interface Phase {
  readonly name: string;
  readonly ms: number[];
}

async function measure(name: string, run: () => Promise<unknown> | unknown): Promise<Phase> {
  const ms: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    collectGarbage();
    const started = performance.now();
    await run();
    const elapsed = performance.now() - started;
    if (round > 0) ms.push(elapsed);
    progress(`${name}: round ${round}${round === 0 ? ' (warm-up)' : ''} ${fmt(elapsed)} ms`);
  }
  return { name, ms };
}

function mustImport(result: ImportResult, count: number): void {
  if (!result.ok)
    throw new Error(`import failed: ${result.errors.length} errors, first: ${JSON.stringify(result.errors[0])}`);
  if (result.items.length !== count) throw new Error(`imported ${result.items.length} of ${count}`);
}

async function main(): Promise<void> {
  const machine = machineInfo();
  const items = catalog();
  progress(`${machine.cpuModel}, nproc ${machine.nproc}, node ${machine.node}; ${items.length} items`);
  let steps = 0;
  for (const item of items) steps += (await compileProcess(item.processXml)).model.userSteps.length;
  const bpmnBytes = items.reduce((sum, item) => sum + Buffer.byteLength(item.processXml, 'utf8'), 0);
  const materials = items.reduce((sum, item) => sum + item.materials.length, 0);
  const json = exportCatalogJson(items);
  const xlsx = await exportCatalogXlsx(items);

  const phases: Phase[] = [];
  phases.push(
    await measure('validate (validateItem on fresh, unshared copies)', async () => {
      const copies = JSON.parse(JSON.stringify(items)) as ApprovalItem[];
      for (const item of copies) {
        const { valid } = await validateItem(item);
        if (!valid) throw new Error(`${item.code} is invalid`);
      }
    }),
  );
  phases.push(await measure('JSON export', () => exportCatalogJson(items)));
  phases.push(
    await measure('JSON import (parse + validate every item)', async () =>
      mustImport(await importCatalogJson(json), items.length),
    ),
  );
  phases.push(await measure('xlsx export', () => exportCatalogXlsx(items)));
  phases.push(
    await measure('xlsx import (checks + parse + validate every item)', async () =>
      mustImport(await importCatalogXlsx(xlsx), items.length),
    ),
  );
  const dir = mkdtempSync(join(tmpdir(), 'govflow-bench-'));
  let run = 0;
  phases.push(
    await measure('CLI import of the xlsx into SQLite (import + publish + store)', async () => {
      const result = await importCatalogXlsx(xlsx);
      mustImport(result, items.length);
      const store = new SqliteStore({ file: join(dir, `run${run++}.db`) });
      try {
        for (const item of result.ok ? result.items : []) {
          const { published } = await publishItem(item, { by: 'bench', at: '2026-11-21T08:00:00.000Z' });
          await store.savePublishedItem(published);
        }
      } finally {
        await store.close();
      }
    }),
  );
  rmSync(dir, { recursive: true, force: true });

  const lines = [
    `Measured with \`node --expose-gc --conditions=govflow-source --import tsx bench/catalog.bench.ts\` (${rounds} rounds after 1 warm-up, median reported).`,
    '',
    '| machine | |',
    '|---|---|',
    `| CPU | \`${machine.cpuModel}\`, \`nproc\` = ${machine.nproc} |`,
    `| memory | ${machine.memoryGiB} GiB |`,
    `| node | ${machine.node} |`,
    '',
    `Catalog: **${items.length} items** (\`demoCatalog()\`${scale > 1 ? ` × ${scale}` : ''}), ${fmt(materials)} materials, ${fmt(steps)} process steps, ${fmt(bpmnBytes / 1024, 1)} KB of BPMN XML. Files: JSON ${fmt(Buffer.byteLength(json, 'utf8') / 1024, 1)} KB, xlsx ${fmt(xlsx.length / 1024, 1)} KB.`,
    '',
    '| phase | median | min – max | per item | target < 3 s |',
    '|---|---:|---:|---:|:---:|',
    ...phases.map((p) => {
      const m = median(p.ms);
      const { min, max } = range(p.ms);
      const targeted = p.name.includes('import') || p.name.startsWith('validate');
      return `| ${p.name} | ${fmt(m)} ms | ${fmt(min)} – ${fmt(max)} ms | ${fmt(m / items.length, 2)} ms | ${targeted ? (m < TARGET_MS ? 'yes' : '**no**') : ''} |`;
    }),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
