import { Engine } from 'bpmn-engine';
import { compileProcess } from '@govflow/engine';
import { generateModel } from './generateModel.js';
import { median, range } from './stats.js';

/** Compile time of the generated model. */
export interface CompileResult {
  readonly flowNodes: number;
  readonly sequenceFlows: number;
  readonly xmlBytes: number;
  readonly runs: number;
  /** govflow `compileProcess`: median and spread, milliseconds. */
  readonly govflowMedianMs: number;
  readonly govflowMinMs: number;
  readonly govflowMaxMs: number;
  /** bpmn-engine `new Engine({ source }).getDefinitions()` (parse + serialize + build), for comparison. */
  readonly bpmnEngineMedianMs: number;
}

async function timeRuns(runs: number, warmup: number, work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return times;
}

/** Times govflow's `compileProcess` (and bpmn-engine's loading) on the generated 100-node model. */
export async function measureCompile(runs: number, warmup: number): Promise<CompileResult> {
  const gov = generateModel('govflow');
  const peer = generateModel('bpmn-engine');
  const { model, warnings } = await compileProcess(gov.xml);
  if (warnings.length > 0) throw new Error(`generated model has warnings: ${warnings.map((w) => w.rule).join(', ')}`);
  if (Object.keys(model.elements).length !== gov.flowNodes) throw new Error('generated model lost elements');
  const govTimes = await timeRuns(runs, warmup, () => compileProcess(gov.xml));
  const peerTimes = await timeRuns(Math.min(runs, 50), Math.min(warmup, 5), () =>
    new Engine({ source: peer.xml }).getDefinitions(),
  );
  const spread = range(govTimes);
  return {
    flowNodes: gov.flowNodes,
    sequenceFlows: gov.sequenceFlows,
    xmlBytes: Buffer.byteLength(gov.xml, 'utf8'),
    runs,
    govflowMedianMs: median(govTimes),
    govflowMinMs: spread.min,
    govflowMaxMs: spread.max,
    bpmnEngineMedianMs: median(peerTimes),
  };
}
