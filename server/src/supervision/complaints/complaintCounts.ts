import type { ComplaintChannel, ComplaintStatus, Store } from '../../store/port.js';

/** Complaints of one department (or of all): how many, by status and channel, and how they were closed. */
export interface ComplaintTally {
  readonly total: number;
  readonly byStatus: Readonly<Record<ComplaintStatus, number>>;
  readonly byChannel: Readonly<Record<ComplaintChannel, number>>;
  readonly substantiated: number;
  readonly unsubstantiated: number;
}

/** What `complaintCounts` answers: the whole and each department (null: not forwarded yet, or not accepted). */
export interface ComplaintCounts {
  readonly from: string;
  readonly to: string;
  readonly total: ComplaintTally;
  readonly byDepartment: readonly { readonly departmentId: string | null; readonly counts: ComplaintTally }[];
}

/**
 * Complaints received in [from, to) — optionally of one department — counted for statistics and scores:
 * totals by status, channel and closing resolution, overall and per department (one grouped store query).
 */
export async function complaintCounts(
  store: Pick<Store, 'countComplaints'>,
  query: { readonly from: string; readonly to: string; readonly departmentId?: string },
): Promise<ComplaintCounts> {
  const rows = await store.countComplaints(query);
  const total = emptyTally();
  const departments = new Map<string | null, MutableTally>();
  for (const row of rows) {
    for (const tally of [total, at(departments, row.departmentId)]) {
      tally.total += row.count;
      tally.byStatus[row.status] += row.count;
      tally.byChannel[row.channel] += row.count;
      if (row.resolution === 'substantiated') tally.substantiated += row.count;
      if (row.resolution === 'unsubstantiated') tally.unsubstantiated += row.count;
    }
  }
  return {
    from: query.from,
    to: query.to,
    total,
    byDepartment: [...departments].map(([departmentId, counts]) => ({ departmentId, counts })),
  };
}

type MutableTally = {
  total: number;
  byStatus: Record<ComplaintStatus, number>;
  byChannel: Record<ComplaintChannel, number>;
  substantiated: number;
  unsubstantiated: number;
};

function emptyTally(): MutableTally {
  return {
    total: 0,
    byStatus: { received: 0, accepted: 0, rejected: 0, forwarded: 0, answered: 0, closed: 0 },
    byChannel: { public: 0, hotline: 0, window: 0 },
    substantiated: 0,
    unsubstantiated: 0,
  };
}

function at(map: Map<string | null, MutableTally>, key: string | null): MutableTally {
  let found = map.get(key);
  if (!found) {
    found = emptyTally();
    map.set(key, found);
  }
  return found;
}
