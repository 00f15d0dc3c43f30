import type { Context } from 'koa';
import { attachmentDisposition } from '../files/contentDisposition.js';
import { ApiError } from '../http/apiError.js';
import type { Organisation } from '../organisation/organisation.js';
import { REPORT_DIMENSIONS, type ReportDimension } from '../supervision/statistics/factDirectory.js';
import { PERIOD_KINDS, type PeriodKind } from '../supervision/statistics/periods.js';
import type { DimensionFilter } from '../supervision/statistics/reportFilter.js';
import { renderReportHtml } from '../supervision/statistics/reportHtml.js';
import type { ReportTable } from '../supervision/statistics/reportTable.js';
import { renderReportXlsx } from '../supervision/statistics/reportXlsx.js';

/** How a report is answered: JSON, printable HTML, or an Excel workbook. */
export const REPORT_FORMATS = ['json', 'html', 'xlsx'] as const;
/** A report format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The media type of xlsx. */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Printable reports are self-contained (the same headers as the case documents). */
const DOCUMENT_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/** One text query parameter (at most 100 characters), or undefined; 400 for anything else. */
export function text(ctx: Context, name: string): string | undefined {
  const value = ctx.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 100) throw invalid(name, '无效');
  return value;
}

/** A query parameter that must be one of `values` (or absent: the fallback). */
export function oneOf<T extends string>(ctx: Context, name: string, values: readonly T[], fallback: T): T {
  const value = text(ctx, name);
  if (value === undefined) return fallback;
  if (!(values as readonly string[]).includes(value)) throw invalid(name, `只能是 ${values.join('、')} 之一`);
  return value as T;
}

/** A whole number in [min, max] (or the fallback when absent). */
export function integer(ctx: Context, name: string, min: number, max: number, fallback: number): number {
  const value = text(ctx, name);
  if (value === undefined) return fallback;
  if (!/^\d{1,7}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw invalid(name, `应为 ${min} 到 ${max} 之间的整数`);
  }
  return Number(value);
}

/** The dimension filter of a report or board (`department`, `level`, `itemCode`, `window`, `clerk`, `unit`). */
export function dimensionFilter(ctx: Context): DimensionFilter {
  const filter: { -readonly [K in keyof DimensionFilter]: DimensionFilter[K] } = {};
  for (const name of ['department', 'level', 'itemCode', 'window', 'clerk', 'unit'] as const) {
    const value = text(ctx, name);
    if (value !== undefined) filter[name] = value;
  }
  return filter;
}

/** `period` (day, week, month; default month) and `at` (default: the current one). */
export function periodQuery(ctx: Context): { period: PeriodKind; at: string | undefined } {
  return { period: oneOf(ctx, 'period', PERIOD_KINDS, 'month'), at: text(ctx, 'at') };
}

/** `by`, limited to the dimensions allowed (default department). */
export function dimensionQuery(ctx: Context, allowed: readonly ReportDimension[] = REPORT_DIMENSIONS): ReportDimension {
  return oneOf(ctx, 'by', allowed, 'department');
}

/** Answers a report in the format asked for (`format=json|html|xlsx`); the table is built only for a file. */
export async function sendReport(
  ctx: Context,
  body: unknown,
  table: () => ReportTable,
  fileName: string,
): Promise<void> {
  const format = oneOf(ctx, 'format', REPORT_FORMATS, 'json');
  if (format === 'json') {
    ctx.body = body;
    return;
  }
  ctx.set(DOCUMENT_HEADERS);
  if (format === 'html') {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderReportHtml(table());
    return;
  }
  ctx.set('content-disposition', attachmentDisposition(`${fileName}.xlsx`));
  ctx.type = XLSX_TYPE;
  ctx.body = Buffer.from(await renderReportXlsx(table()));
}

/** Who issues reports: the center of the organisation's district (or its root unit). */
export function issuerOf(org: Organisation): string {
  const unit = org.units.find((u) => u.level === 'district') ?? org.units[0];
  return unit ? `${unit.name}政务服务中心` : '政务服务中心';
}

function invalid(name: string, problem: string): ApiError {
  return new ApiError(400, 'VALIDATION_FAILED', `查询参数 ${name} ${problem}`, {
    errors: [{ path: `/${name}`, message: problem, keyword: 'query' }],
  });
}
