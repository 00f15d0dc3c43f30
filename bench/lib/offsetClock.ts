import type { Clock } from '@govflow/server';

/**
 * A business clock that runs in real time from a chosen instant (bench only): `now()` is the machine's time
 * plus an offset, so the real timer scheduler polls as in production while the business date is the one the
 * bench's stored cases expect. `setNow` moves it (forward only, like the demo clock).
 */
export class OffsetClock implements Clock {
  readonly manual = false;
  private offset: number;

  constructor(start: string | number) {
    this.offset = new Date(start).getTime() - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.offset);
  }

  /** Makes `now()` read `instant` at this moment and run on from there. */
  setNow(instant: string | number): void {
    const next = new Date(instant).getTime() - Date.now();
    if (next < this.offset) throw new RangeError('the bench clock never runs backwards');
    this.offset = next;
  }
}
