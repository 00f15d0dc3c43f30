/**
 * Benchmark of issue 7's designer: how long the process designer takes to open a 100-element model in
 * the built web app, in Debian's Chromium at 1366×768 — bpmn-js import and render, govflow's lint (the
 * compiler's rules through bpmnlint), the critical-path analysis and its canvas marks.
 *
 * Needs the built web app (`npm run build -w designer`) and /usr/bin/chromium (or CHROMIUM_PATH).
 * Run: `node --conditions=govflow-source --import tsx bench/designer.bench.ts` (`--quick` for a smoke run).
 * Prints a markdown report to stdout and writes JSON to bench/out/designer-latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { buildProcessXml, demoCatalog, type ParallelSpec, type StepSpec } from '@govflow/catalog';
import { createChinaCalendar } from '@govflow/engine';
import { createPlatform, ManualClock, seedDemo, SqliteStore } from '@govflow/server';
import { chromium } from 'playwright-core';
import { machineInfo } from './lib/machine.js';
import { fmt, median, progress, range } from './lib/stats.js';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 2 : 9;
const TARGET_MS = 1000;
const CODE = 'BENCH-100';

/** 28 steps in sequence and 14 parallel blocks (fork, three reviews, join), a start and an end: 100 flow nodes. */
function largeProcess(): { xml: string; flowNodes: number; flows: number } {
  const step = (id: string, name: string): StepSpec => ({
    id,
    name,
    days: 0.5,
    groups: 'district-labour',
    kind: '审查',
  });
  const blocks: (StepSpec | ParallelSpec)[] = [];
  for (let i = 0; i < 14; i++) {
    blocks.push(step(`s${i}`, `审查 ${i + 1}`));
    blocks.push({ parallel: [0, 1, 2].map((b) => [step(`p${i}_${b}`, `会审 ${i + 1}-${b + 1}`)]) });
  }
  for (let i = 14; i < 28; i++) blocks.push(step(`s${i}`, `审核 ${i + 1}`));
  const xml = buildProcessXml({
    id: 'Process_bench',
    name: '大流程',
    itemCode: CODE,
    promisedDays: 30,
    statutoryDays: 30,
    blocks,
  });
  const count = (pattern: RegExp) => (xml.match(pattern) ?? []).length;
  return {
    xml,
    flowNodes: count(/<bpmn:(startEvent|endEvent|userTask|parallelGateway|exclusiveGateway) /g),
    flows: count(/<bpmn:sequenceFlow /g),
  };
}

async function main(): Promise<void> {
  const model = largeProcess();
  progress(
    `model: ${model.flowNodes} flow nodes, ${model.flows} sequence flows, ${(model.xml.length / 1024).toFixed(1)} KB`,
  );
  const store = new SqliteStore({ file: ':memory:' });
  await seedDemo(store);
  const { app, services } = createPlatform({
    store,
    clock: new ManualClock('2026-09-21T09:00:00+08:00'),
    calendar: createChinaCalendar(),
    webAppDir: fileURLToPath(new URL('../designer/dist', import.meta.url)),
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'govflow' }),
    });
    const { token } = (await login.json()) as { token: string };
    const base = demoCatalog().find((i) => i.code === 'JJ-RS-001');
    const item = {
      ...base,
      code: CODE,
      name: '一百个元素的基准事项',
      promisedDays: 30,
      statutoryDays: 30,
      processXml: model.xml,
    };
    const published = await fetch(`${url}/api/admin/items/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ item }),
    });
    if (published.status !== 201) throw new Error(`publishing the bench item failed: ${await published.text()}`);

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript((t) => sessionStorage.setItem('govflow.token', t), token);
    const opens: number[] = [];
    const pageToReady: number[] = [];
    let issues = '';
    for (let round = 0; round <= ROUNDS; round++) {
      await page.goto('about:blank');
      await page.goto(`${url}/#/items/${CODE}/process`);
      await page
        .waitForSelector('[data-testid=modeler-canvas][data-ready=true]', { timeout: 30_000 })
        .catch(async (e: unknown) => {
          await page.screenshot({ path: fileURLToPath(new URL('./out/designer-failure.png', import.meta.url)) });
          throw e;
        });
      const timing = await page.evaluate(() => ({
        open: performance.getEntriesByName('gf-modeler-open')[0]?.duration ?? Number.NaN,
        ready: performance.now(),
        shapes: document.querySelectorAll('.djs-element.djs-shape').length,
        critical: document.querySelectorAll('.gf-critical').length,
        problems: document.querySelector('[data-testid=problem-list] header')?.textContent ?? '',
      }));
      if (timing.shapes < model.flowNodes) throw new Error(`only ${timing.shapes} shapes were drawn`);
      issues = `${timing.shapes} shapes drawn, ${timing.critical} elements marked critical, problems: ${timing.problems}`;
      progress(
        `round ${round}${round === 0 ? ' (warm-up)' : ''}: open ${timing.open.toFixed(0)} ms, page → ready ${timing.ready.toFixed(0)} ms`,
      );
      if (round === 0) continue;
      opens.push(timing.open);
      pageToReady.push(timing.ready);
    }
    const report = {
      measuredAt: new Date().toISOString(),
      machine: machineInfo(),
      model: { flowNodes: model.flowNodes, sequenceFlows: model.flows, xmlBytes: model.xml.length },
      rounds: ROUNDS,
      openMs: opens,
      pageToReadyMs: pageToReady,
      check: issues,
    };
    mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
    writeFileSync(new URL('./out/designer-latest.json', import.meta.url), JSON.stringify(report, null, 2));
    const line = (values: number[]) => {
      const { min, max } = range(values);
      return `${fmt(median(values))} ms (${fmt(min)} – ${fmt(max)})`;
    };
    console.log(`## Designer (issue 7)\n`);
    console.log(
      `Model: ${model.flowNodes} flow nodes and ${model.flows} sequence flows (${fmt(model.xml.length / 1024, 1)} KB of XML); ${issues}.\n`,
    );
    console.log('| what | median (min – max) of ' + ROUNDS + ' page loads |\n|---|---:|');
    console.log(`| open the model: import + render + govflow lint + critical path + canvas marks | ${line(opens)} |`);
    console.log(
      `| page load → designer ready (app and designer chunks, sign-in check, item, organisation, open) | ${line(pageToReady)} |`,
    );
    console.log(
      `\n**Target** (issue 7): open a 100-element model in under ${TARGET_MS} ms → ${median(opens) < TARGET_MS ? '**met**' : '**NOT met**'}.`,
    );
  } finally {
    await browser.close();
    services.lightStream.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  }
}

await main();
