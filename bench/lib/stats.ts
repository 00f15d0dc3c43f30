/** Small statistics and timing helpers for the benchmark. */

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The smallest and largest value of a non-empty list. */
export function range(values: readonly number[]): { min: number; max: number } {
  if (values.length === 0) throw new RangeError('range of an empty list');
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** Bytes of a string as UTF-8, i.e. as stored. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Runs `global.gc()` a few times when node was started with `--expose-gc`; false otherwise. */
export function collectGarbage(): boolean {
  const gc = globalThis.gc;
  if (typeof gc !== 'function') return false;
  for (let i = 0; i < 3; i += 1) gc();
  return true;
}

/** Formats a number with thousands separators and the given decimals. */
export function fmt(value: number, decimals = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Writes a progress line to stderr, so stdout stays the markdown report. */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
