/** The figures of a report row or period (`GET /api/statistics/report`, `/trend`). */
export interface Metrics {
  received: number;
  accepted: number;
  completed: number;
  refused: number;
  onTime: number;
  early: number;
  overdue: number;
  onTimeRate: number | null;
  averageUsedDays: number | null;
  averagePromisedDays: number | null;
  pending: number;
  pendingOverdue: number;
  signals: { total: number; warning: number; yellow: number; red: number };
  complaints: number;
  satisfaction: { total: number; negative: number; satisfiedRate: number | null };
}

/** A period as the reports name it. */
export interface Period {
  key: string;
  label: string;
}

/** `GET /api/statistics/report`. */
export interface Report {
  period: Period;
  by: string;
  totals: Metrics;
  rows: { key: string; name: string; metrics: Metrics }[];
}

/** `GET /api/statistics/trend`. */
export interface Trend {
  points: { period: Period; metrics: Metrics }[];
}

/** `GET /api/statistics/scores`. */
export interface MonthScores {
  month: Period;
  departments: {
    departmentId: string;
    departmentName: string;
    score: number;
    rank: number;
    belowThreshold: boolean;
    lines: { label: string; count: number; points: number }[];
    bonus: { points: number };
  }[];
}

/** A rate as a percentage, or a dash. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

/** `/api/statistics/<path>?<query>` with the format (json for the page, html to print, xlsx to export). */
export function statsUrl(path: string, query: Record<string, string>, format?: 'html' | 'xlsx'): string {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v));
  if (format) params.set('format', format);
  return `/api/statistics/${path}?${params.toString()}`;
}
