import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { SqliteStore, startPageWarmer, type PageWarmer } from '@govflow/server';
import { caseFactory } from './fixtures.js';

const FAR = Date.parse('2030-01-01T00:00:00+08:00');
const FIRST: readonly [number, string] = [Number.MIN_SAFE_INTEGER, ''];

describe('server / store / the page warmer reads ahead the cases due next', () => {
  let dir: string;
  let file: string;
  let warmer: PageWarmer;
  let heads: [number, string][];

  before(async () => {
    // Given 12 cases opened an hour apart, each with its timers (its head: the earliest)
    dir = mkdtempSync(join(tmpdir(), 'govflow-warmer-'));
    file = join(dir, 'govflow.db');
    const factory = await caseFactory();
    const store = new SqliteStore({ file });
    heads = [];
    for (let i = 0; i < 12; i++) {
      const id = `C${String(i).padStart(2, '0')}`;
      const { record, events } = factory.start(id, { now: `2026-03-02T${String(8 + i).padStart(2, '0')}:00:00+08:00` });
      const created = await store.createCase(record, events);
      heads.push([Math.min(...created.state.timers.map((t) => Date.parse(t.dueAt))), id]);
    }
    await store.close();
  });
  beforeEach(() => (warmer = startPageWarmer(file)));
  afterEach(() => warmer.close());
  after(() => rmSync(dir, { recursive: true, force: true }));

  const warm = async (untilMs: number, after: readonly [number, string], count: number): Promise<number> => {
    const before = warmer.casesWarmed;
    warmer.warmDueAfter(untilMs, after, count);
    await warmer.settled();
    return warmer.casesWarmed - before;
  };

  it('given requests from the start, then it reads the next cases each time and never the same case twice', async () => {
    expect(await warm(FAR, FIRST, 5)).to.equal(5);
    expect(await warm(FAR, FIRST, 5)).to.equal(5);
    expect(await warm(FAR, FIRST, 5)).to.equal(2);
    expect(await warm(FAR, FIRST, 5)).to.equal(0);
  });

  it('given a head, then it starts after that case and stops at the instant asked', async () => {
    const [third, sixth] = [heads[2], heads[5]];
    if (!third || !sixth) throw new Error('fewer than six cases');
    // Cases 4, 5 and 6 are due by the sixth's head; the seventh is not
    expect(await warm(sixth[0], third, 10)).to.equal(3);
    // A later round from further on reads on from there
    expect(await warm(FAR, sixth, 2)).to.equal(2);
  });

  it('given the warmer reading, then the store still commits, and closing twice is harmless', async () => {
    const store = new SqliteStore({ file });
    const factory = await caseFactory();
    warmer.warmDueAfter(FAR, FIRST, 12);
    const { record, events } = factory.start('C99', { now: '2026-03-03T09:00:00+08:00' });
    expect((await store.createCase(record, events)).id).to.equal('C99');
    await store.close();
    await warmer.settled();
    expect(warmer.casesWarmed).to.be.oneOf([12, 13]);
    await warmer.close();
    await warmer.close();
    // Once closed, a request reads nothing
    const closedAt = warmer.casesWarmed;
    warmer.warmDueAfter(FAR, FIRST, 5);
    await warmer.settled();
    expect(warmer.casesWarmed).to.equal(closedAt);
  });
});
