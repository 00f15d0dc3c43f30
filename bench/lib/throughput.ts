import type { CaseDriver } from './driver.js';
import { collectGarbage, median, range, utf8Bytes } from './stats.js';

/** One engine in an interleaved measurement: its driver and how many cases each round runs. */
export interface ThroughputEntry {
  readonly driver: CaseDriver;
  readonly cases: number;
}

/** What one engine achieved on one process. */
export interface ThroughputResult {
  readonly engine: string;
  readonly processId: string;
  readonly cases: number;
  /** Steps (task completions) per case. */
  readonly stepsPerCase: number;
  /** Steps per second of each measured round. */
  readonly roundStepsPerSec: readonly number[];
  /** The median round. */
  readonly stepsPerSec: number;
  /** Median microseconds per step (from the median round). */
  readonly microsPerStep: number;
  /** Median case starts per second (start is not a step, reported apart). */
  readonly startsPerSec: number;
  /** Stored bytes (UTF-8 JSON) right after start. */
  readonly startStateBytes: number;
  /** Largest stored waiting state over the case (start included, the final closed state not). */
  readonly maxWaitingStateBytes: number;
  /** Stored bytes of the closed case. */
  readonly finalStateBytes: number;
}

interface RoundResult {
  readonly stepsPerSec: number;
  readonly startsPerSec: number;
  readonly steps: number;
  readonly startBytes: number;
  readonly maxWaitingBytes: number;
  readonly finalBytes: number;
}

/**
 * One round: starts `cases` cases, then advances them all in turns (like a server serving many
 * cases at once), one step per case per turn, until every case has ended. Only steps are timed.
 */
async function runRound(driver: CaseDriver, cases: number): Promise<RoundResult> {
  const stored: string[] = [];
  const startedAt = performance.now();
  for (let i = 0; i < cases; i += 1) stored.push(await driver.start(i));
  const startMs = performance.now() - startedAt;
  const startBytes = utf8Bytes(stored[0] ?? '');
  let maxWaitingBytes = Math.max(...stored.map(utf8Bytes));
  let finalBytes = 0;
  const open = stored.map((_, i) => i);
  let steps = 0;
  let stepMs = 0;
  while (open.length > 0) {
    for (let k = open.length - 1; k >= 0; k -= 1) {
      const i = open[k] as number;
      const t0 = performance.now();
      const pending = driver.step(stored[i] as string);
      const result = pending instanceof Promise ? await pending : pending;
      stepMs += performance.now() - t0;
      steps += 1;
      stored[i] = result.stored;
      const bytes = utf8Bytes(result.stored);
      if (result.open) {
        maxWaitingBytes = Math.max(maxWaitingBytes, bytes);
      } else {
        finalBytes = Math.max(finalBytes, bytes);
        open.splice(k, 1);
      }
    }
  }
  return {
    stepsPerSec: (steps / stepMs) * 1000,
    startsPerSec: (cases / startMs) * 1000,
    steps,
    startBytes,
    maxWaitingBytes,
    finalBytes,
  };
}

/**
 * Measures several engines on the same process with their rounds interleaved (round 1 of each
 * engine, then round 2 of each, …), so a busy neighbour on a shared machine slows all of them alike;
 * reports each engine's median round.
 */
export async function measureInterleaved(
  entries: readonly ThroughputEntry[],
  rounds: number,
  warmupRounds: number,
): Promise<ThroughputResult[]> {
  for (let i = 0; i < warmupRounds; i += 1) for (const e of entries) await runRound(e.driver, e.cases);
  const results: RoundResult[][] = entries.map(() => []);
  for (let i = 0; i < rounds; i += 1) {
    for (const [k, e] of entries.entries()) {
      collectGarbage();
      results[k]?.push(await runRound(e.driver, e.cases));
    }
  }
  return entries.map((e, k) => summarize(e, results[k] ?? []));
}

function summarize(entry: ThroughputEntry, rounds: readonly RoundResult[]): ThroughputResult {
  const first = rounds[0];
  if (first === undefined) throw new RangeError('at least one measured round is needed');
  const stepsPerSec = median(rounds.map((r) => r.stepsPerSec));
  return {
    engine: entry.driver.engine,
    processId: entry.driver.processId,
    cases: entry.cases,
    stepsPerCase: first.steps / entry.cases,
    roundStepsPerSec: rounds.map((r) => r.stepsPerSec),
    stepsPerSec,
    microsPerStep: 1e6 / stepsPerSec,
    startsPerSec: median(rounds.map((r) => r.startsPerSec)),
    startStateBytes: first.startBytes,
    maxWaitingStateBytes: Math.max(...rounds.map((r) => r.maxWaitingBytes)),
    finalStateBytes: Math.max(...rounds.map((r) => r.finalBytes)),
  };
}

/** The median over rounds of `a`'s steps/s divided by `b`'s in the same round (paired ratio). */
export function pairedRatio(a: ThroughputResult, b: ThroughputResult): { median: number; min: number; max: number } {
  const ratios = a.roundStepsPerSec.map((v, i) => v / (b.roundStepsPerSec[i] ?? Number.NaN)).filter(Number.isFinite);
  return { median: median(ratios), ...range(ratios) };
}
