import type { CaseDriver } from './driver.js';
import { collectGarbage, utf8Bytes } from './stats.js';

/** Heap held by many open cases, each as the parsed object a server would keep in memory. */
export interface MemoryResult {
  readonly engine: string;
  readonly processId: string;
  readonly states: number;
  /** Distinct real start states the parsed objects were made from (round robin). */
  readonly distinctStates: number;
  /** heapUsed after minus before, with `global.gc()` on both sides. */
  readonly heapBytes: number;
  readonly bytesPerState: number;
  /** Mean stored (JSON, UTF-8) bytes of one of those states. */
  readonly storedBytesPerState: number;
}

/**
 * Starts `distinct` real cases, then parses their stored JSON round robin into `count` separate
 * objects (each `JSON.parse` builds a fresh object graph, as loading a case from storage does) and
 * measures the heap they hold. Needs node's `--expose-gc`.
 */
export async function measureOpenStates(driver: CaseDriver, count: number, distinct: number): Promise<MemoryResult> {
  const stored: string[] = [];
  for (let i = 0; i < distinct; i += 1) stored.push(await driver.start(i));
  const held: unknown[] = [];
  if (!collectGarbage()) throw new Error('run node with --expose-gc to measure memory');
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i += 1) held.push(JSON.parse(stored[i % distinct] as string));
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  const heapBytes = after - before;
  const storedBytes = stored.reduce((sum, s) => sum + utf8Bytes(s), 0) / distinct;
  if (held.length !== count) throw new Error('unreachable: keeps the states alive until measured');
  return {
    engine: driver.engine,
    processId: driver.processId,
    states: count,
    distinctStates: distinct,
    heapBytes,
    bytesPerState: heapBytes / count,
    storedBytesPerState: storedBytes,
  };
}
