/**
 * Benchmark of issue 3: govflow's engine against bpmn-engine, in one run, on the same two
 * processes, the way a server must run them (restore from stored JSON, complete one task,
 * serialize). Prints a markdown report to stdout and writes JSON to bench/out/.
 *
 * Run: `bench/run.sh` (or `node --expose-gc --conditions=govflow-source --import tsx bench/engine.bench.ts`).
 * Options: `--quick` (a smoke run with few cases; numbers are not meaningful).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createBpmnEngineDriver } from './lib/bpmnEngineDriver.js';
import { measureCompile } from './lib/compileBench.js';
import type { CaseDriver } from './lib/driver.js';
import { createGovflowDriver } from './lib/govflowDriver.js';
import { machineInfo } from './lib/machine.js';
import { measureOpenStates, type MemoryResult } from './lib/memory.js';
import { checkTargets, renderMarkdown, type BenchResults } from './lib/report.js';
import { assertSameGraph } from './lib/sameGraph.js';
import { collectGarbage, progress } from './lib/stats.js';
import { measureInterleaved, type ThroughputResult } from './lib/throughput.js';

/** The two benchmark processes, by fixture name (= process id). */
export const PROCESSES = ['sequential5', 'parallelReview'] as const;

const quick = process.argv.includes('--quick');
/** How much work each part does; `--quick` shrinks everything for a smoke test. */
export const PLAN = {
  govflowCases: quick ? 100 : 2000,
  peerCases: quick ? 5 : 40,
  /** Measured rounds per engine, interleaved across engines; the median round is reported. */
  rounds: quick ? 2 : 7,
  warmupRounds: 1,
  compileRuns: quick ? 20 : 300,
  compileWarmup: quick ? 5 : 30,
  memoryStates: quick ? 10_000 : 100_000,
  /** bpmn-engine states are ~10× larger: measured on fewer, reported per state and scaled. */
  peerMemoryStates: quick ? 1_000 : 10_000,
  memoryDistinct: quick ? 20 : 200,
} as const;

const fixture = (name: string, variant: 'gov' | 'bpmn-engine'): string =>
  readFileSync(new URL(`./fixtures/${name}.${variant}.bpmn`, import.meta.url), 'utf8');

async function main(): Promise<void> {
  if (!collectGarbage()) progress('warning: node was started without --expose-gc; memory is not measured');
  const machine = machineInfo();
  progress(`${machine.cpuModel}, nproc ${machine.nproc}, node ${machine.node}${quick ? ' (quick run)' : ''}`);
  const drivers = new Map<string, CaseDriver[]>();
  for (const name of PROCESSES) {
    const [gov, peer] = [fixture(name, 'gov'), fixture(name, 'bpmn-engine')];
    const lines = await assertSameGraph(gov, peer, name);
    progress(`${name}: both variants are the same graph (${lines} elements and flows)`);
    drivers.set(name, [
      await createGovflowDriver(gov),
      await createBpmnEngineDriver(peer, 'documented'),
      await createBpmnEngineDriver(peer, 'source-aside'),
    ]);
  }

  const throughput: ThroughputResult[] = [];
  for (const [name, list] of drivers) {
    const entries = list.map((driver) => ({
      driver,
      cases: driver.engine === 'govflow' ? PLAN.govflowCases : PLAN.peerCases,
    }));
    progress(
      `steps: ${name}, ${PLAN.rounds} interleaved rounds of ${entries.map((e) => `${e.cases} cases (${e.driver.engine})`).join(', ')}`,
    );
    throughput.push(...(await measureInterleaved(entries, PLAN.rounds, PLAN.warmupRounds)));
  }
  for (const name of PROCESSES) {
    const counts = new Set(throughput.filter((r) => r.processId === name).map((r) => r.stepsPerCase));
    if (counts.size !== 1)
      throw new Error(`${name}: the engines took different paths (steps per case ${[...counts].join(', ')})`);
  }

  progress('compile: generated 100-element model');
  const compile = await measureCompile(PLAN.compileRuns, PLAN.compileWarmup);

  const memory: MemoryResult[] = [];
  if (collectGarbage()) {
    for (const [name, list] of drivers) {
      for (const driver of list) {
        const count = driver.engine === 'govflow' ? PLAN.memoryStates : PLAN.peerMemoryStates;
        progress(`memory: ${fmtCount(count)} open ${name} states, ${driver.engine}`);
        memory.push(await measureOpenStates(driver, count, PLAN.memoryDistinct));
        collectGarbage();
      }
    }
  }

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine,
    plan: PLAN,
    throughput,
    compile,
    memory,
    targets: checkTargets(throughput, compile, memory, PROCESSES),
  };
  process.stdout.write(renderMarkdown(results, PROCESSES));
  const outDir = new URL('./out/', import.meta.url);
  mkdirSync(outDir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const stamp = results.date.replace(/[:.]/g, '-');
  writeFileSync(new URL(`results-${stamp}${quick ? '-quick' : ''}.json`, outDir), json);
  writeFileSync(new URL('latest.json', outDir), json);
  progress(`wrote bench/out/results-${stamp}${quick ? '-quick' : ''}.json and bench/out/latest.json`);
}

function fmtCount(n: number): string {
  return n.toLocaleString('en-US');
}

await main();
