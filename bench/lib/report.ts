import type { CompileResult } from './compileBench.js';
import type { MachineInfo } from './machine.js';
import type { MemoryResult } from './memory.js';
import { fmt } from './stats.js';
import { pairedRatio, type ThroughputResult } from './throughput.js';

/** Everything one run measured; written as JSON under bench/out/. */
export interface BenchResults {
  readonly date: string;
  readonly machine: MachineInfo;
  readonly plan: Readonly<Record<string, number>>;
  readonly throughput: readonly ThroughputResult[];
  readonly compile: CompileResult;
  readonly memory: readonly MemoryResult[];
  readonly targets: readonly TargetCheck[];
}

/** One target of issue 3 and whether this run met it. */
export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

/** The engine names the report compares; the peer is bpmn-engine as documented. */
export const GOVFLOW = 'govflow';
/** bpmn-engine with its documented getState() (source embedded). */
export const PEER = 'bpmn-engine';
/** bpmn-engine with the process source kept aside. */
export const PEER_LEAN = 'bpmn-engine (source aside)';

const STEPS_TARGET = 100;
const STATE_TARGET_BYTES = 2048;
const COMPILE_TARGET_MS = 10;
const MEMORY_TARGET_BYTES = 500 * 1e6;

function find<T extends { engine: string; processId: string }>(
  list: readonly T[],
  engine: string,
  processId: string,
): T {
  const item = list.find((r) => r.engine === engine && r.processId === processId);
  if (item === undefined) throw new Error(`no result for ${engine} on ${processId}`);
  return item;
}

const ratio = (a: number, b: number): string => `${fmt(a / b, a / b >= 10 ? 0 : 2)}×`;
const kb = (bytes: number): string => `${fmt(bytes)} B`;
const mb = (bytes: number): string => `${fmt(bytes / 1e6, 1)} MB`;

/** Checks the targets of issue 3 against the results. */
export function checkTargets(
  throughput: readonly ThroughputResult[],
  compile: CompileResult,
  memory: readonly MemoryResult[],
  processes: readonly string[],
): TargetCheck[] {
  const checks: TargetCheck[] = processes.map((p) => {
    const gain = find(throughput, GOVFLOW, p).stepsPerSec / find(throughput, PEER, p).stepsPerSec;
    return {
      target: `steps/s ≥ ${STEPS_TARGET}× bpmn-engine (${p})`,
      measured: `${fmt(gain, 0)}×`,
      met: gain >= STEPS_TARGET,
    };
  });
  const seq = find(throughput, GOVFLOW, 'sequential5');
  const stateMax = Math.max(seq.startStateBytes, seq.maxWaitingStateBytes);
  checks.push({
    target: 'state of the 5-step case < 2 KB (2,048 B)',
    measured: `max ${kb(stateMax)}`,
    met: stateMax < STATE_TARGET_BYTES,
  });
  checks.push({
    target: `compile a ${compile.flowNodes}-element model < ${COMPILE_TARGET_MS} ms`,
    measured: `median ${fmt(compile.govflowMedianMs, 2)} ms`,
    met: compile.govflowMedianMs < COMPILE_TARGET_MS,
  });
  for (const m of memory.filter((r) => r.engine === GOVFLOW)) {
    const scaled = m.bytesPerState * 100_000;
    checks.push({
      target: `100,000 open case states < 500 MB (${m.processId})`,
      measured: mb(scaled),
      met: scaled < MEMORY_TARGET_BYTES,
    });
  }
  return checks;
}

/** Renders the results as markdown: throughput, state size, compile time, memory, targets. */
export function renderMarkdown(results: BenchResults, processes: readonly string[]): string {
  const { throughput, compile, memory, machine } = results;
  const out: string[] = [];
  out.push(
    `Run ${results.date} · ${machine.cpuModel} · nproc ${machine.nproc} · ${machine.memoryGiB} GiB · node ${machine.node} · bpmn-engine ${machine.bpmnEngineVersion}`,
    '',
  );
  out.push('### Steps per second (restore from JSON → complete one task → serialize to JSON)', '');
  out.push(
    '| process | steps/case | govflow steps/s (µs/step) | bpmn-engine steps/s (µs/step) | govflow/bpmn-engine | paired rounds: median (min – max) | bpmn-engine, source aside | govflow/that |',
  );
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const p of processes) {
    const [g, b, l] = [find(throughput, GOVFLOW, p), find(throughput, PEER, p), find(throughput, PEER_LEAN, p)];
    const paired = pairedRatio(g, b);
    out.push(
      `| ${p} | ${g.stepsPerCase} | ${fmt(g.stepsPerSec)} (${fmt(g.microsPerStep, 1)}) | ${fmt(b.stepsPerSec, 1)} (${fmt(b.microsPerStep)}) | **${ratio(g.stepsPerSec, b.stepsPerSec)}** | ${fmt(paired.median, 0)}× (${fmt(paired.min, 0)} – ${fmt(paired.max, 0)}) | ${fmt(l.stepsPerSec, 1)} | ${ratio(g.stepsPerSec, l.stepsPerSec)} |`,
    );
  }
  out.push('', 'Rounds (steps/s, median reported):', '');
  for (const r of throughput)
    out.push(
      `- ${r.engine} · ${r.processId} · ${r.cases} cases: ${r.roundStepsPerSec.map((v) => fmt(v, 0)).join(', ')}`,
    );
  out.push('', '### Stored state (UTF-8 JSON bytes)', '');
  out.push('| process | engine | after start | max while waiting | closed case | govflow/engine (max) |');
  out.push('|---|---|---:|---:|---:|---:|');
  for (const p of processes) {
    const g = find(throughput, GOVFLOW, p);
    for (const r of throughput.filter((t) => t.processId === p)) {
      const cmp = r.engine === GOVFLOW ? '' : ratio(g.maxWaitingStateBytes, r.maxWaitingStateBytes);
      out.push(
        `| ${p} | ${r.engine} | ${kb(r.startStateBytes)} | ${kb(r.maxWaitingStateBytes)} | ${kb(r.finalStateBytes)} | ${cmp} |`,
      );
    }
  }
  out.push(
    '',
    `### Compile (generated model: ${compile.flowNodes} flow nodes + ${compile.sequenceFlows} sequence flows, ${fmt(compile.xmlBytes)} B of XML)`,
    '',
  );
  out.push(
    '| govflow compileProcess median | min – max | bpmn-engine load (parse + serialize) median | govflow/bpmn-engine |',
  );
  out.push('|---:|---:|---:|---:|');
  out.push(
    `| ${fmt(compile.govflowMedianMs, 2)} ms (${compile.runs} runs) | ${fmt(compile.govflowMinMs, 2)} – ${fmt(compile.govflowMaxMs, 2)} ms | ${fmt(compile.bpmnEngineMedianMs, 2)} ms | ${ratio(compile.govflowMedianMs, compile.bpmnEngineMedianMs)} |`,
  );
  out.push('', '### Memory of open case states (parsed objects, heapUsed delta after global.gc())', '');
  out.push(
    '| process | engine | states measured | heap | bytes/state | stored JSON bytes/state | per 100,000 states | govflow/engine |',
  );
  out.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const m of memory) {
    const g = memory.find((x) => x.engine === GOVFLOW && x.processId === m.processId);
    const cmp = g === undefined || m.engine === GOVFLOW ? '' : ratio(g.bytesPerState, m.bytesPerState);
    out.push(
      `| ${m.processId} | ${m.engine} | ${fmt(m.states)} | ${mb(m.heapBytes)} | ${fmt(m.bytesPerState)} | ${fmt(m.storedBytesPerState)} | ${mb(m.bytesPerState * 100_000)} | ${cmp} |`,
    );
  }
  out.push('', '### Targets (issue 3)', '', '| target | measured | met |', '|---|---:|:---:|');
  for (const t of results.targets) out.push(`| ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`);
  return `${out.join('\n')}\n`;
}
