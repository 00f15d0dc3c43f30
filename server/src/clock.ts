/** Where the server gets the current instant; injected so tests and demos can move time. */
export interface Clock {
  now(): Date;
  /** True for the test/demo clock that `POST /api/dev/clock` may set. */
  readonly manual: boolean;
}

/** The machine's clock (production). */
export class SystemClock implements Clock {
  readonly manual = false;
  now(): Date {
    return new Date();
  }
}

/** A clock that only moves when told to (GOVFLOW_CLOCK=manual). */
export class ManualClock implements Clock {
  readonly manual = true;
  private current: number;

  constructor(start: Date | string | number = Date.now()) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Sets the clock; it never moves backwards, so case histories stay ordered. */
  set(instant: Date | string | number): void {
    const next = new Date(instant).getTime();
    if (!Number.isFinite(next)) throw new RangeError('无效的时间');
    if (next < this.current) throw new RangeError('演示时钟不能倒退');
    this.current = next;
  }
}
