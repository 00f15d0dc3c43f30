import { Router } from '@koa/router';
import type { WorkingCalendar } from '@govflow/engine';
import type { Context } from 'koa';
import { ApiError } from '../http/apiError.js';
import { requireUser } from '../http/authMiddleware.js';
import { validateBody } from '../http/validateBody.js';
import { LIGHT_NAMES, type Light } from '../supervision/classifyLight.js';
import { scoreTable } from '../supervision/scores/scoreTable.js';
import { compareRows, comparisonTable } from '../supervision/statistics/comparison.js';
import { currentPeriod } from '../supervision/statistics/periods.js';
import { reportTable, trendTable } from '../supervision/statistics/reportTable.js';
import { statisticsOf } from '../supervision/statistics/statisticsModule.js';
import { stepTable } from '../supervision/stepAnalysis/stepTable.js';
import type { BoardDimension } from '../supervision/supervisionService.js';
import type { Services } from './context.js';
import { EMPTY_SCHEMA } from './schemaParts.js';
import {
  dimensionFilter,
  dimensionQuery,
  integer,
  issuerOf,
  oneOf,
  periodQuery,
  sendReport,
  text,
} from './statisticsQuery.js';

export { SCORE_FORMULA_SCHEMA } from '../supervision/scores/scoreFormula.js';

const BOARD_DIMENSIONS: readonly BoardDimension[] = ['department', 'window', 'item', 'clerk', 'level', 'unit'];
const LIGHTS = Object.keys(LIGHT_NAMES) as Light[];

/**
 * Statistics and performance (统计分析, 绩效评估): reports, trends, comparison, scores and their formula, step
 * analysis — each as JSON, printable HTML or xlsx — and the board's drill-down (部门 → 窗口 → 案件).
 */
export function statisticsRoutes(of: Services, calendar: WorkingCalendar): Router {
  const { statistics, scores, scoreSettings, steps } = statisticsOf(of, calendar);
  const router = new Router();
  const at = (ctx: Context) => {
    const { period, at: given } = periodQuery(ctx);
    return { period, at: given ?? currentPeriod(period, of.clock.now()).key };
  };
  const issuer = async () => issuerOf(await of.organisation.get());

  router.get('/api/statistics/report', async (ctx) => {
    const report = await statistics.report(requireUser(ctx), {
      ...at(ctx),
      by: dimensionQuery(ctx),
      filter: dimensionFilter(ctx),
    });
    const name = await issuer();
    await sendReport(ctx, report, () => reportTable(report, name), `统计报表-${report.period.key}`);
  });
  router.get('/api/statistics/trend', async (ctx) => {
    const count = integer(ctx, 'count', 2, 24, 6);
    const trend = await statistics.trend(requireUser(ctx), { ...at(ctx), count, filter: dimensionFilter(ctx) });
    const name = await issuer();
    await sendReport(ctx, trend, () => trendTable(trend, name), '趋势分析');
  });
  router.get('/api/statistics/comparison', async (ctx) => {
    const by = dimensionQuery(ctx, ['department', 'unit', 'window']);
    const report = await statistics.report(requireUser(ctx), { ...at(ctx), by, filter: dimensionFilter(ctx) });
    const comparison = compareRows(report);
    const name = await issuer();
    await sendReport(ctx, comparison, () => comparisonTable(comparison, reportTable(comparison, name)), '单位对比分析');
  });
  router.get('/api/statistics/scores', async (ctx) => {
    const month = text(ctx, 'month') ?? currentPeriod('month', of.clock.now()).key;
    const result = await scores.month(requireUser(ctx), month);
    const name = await issuer();
    await sendReport(ctx, result, () => scoreTable(result, name), `绩效考核-${month}`);
  });
  router.get('/api/statistics/scores/trend', async (ctx) => {
    const department = text(ctx, 'department');
    if (department === undefined) throw new ApiError(400, 'VALIDATION_FAILED', '请指定部门（department）');
    const month = text(ctx, 'month') ?? currentPeriod('month', of.clock.now()).key;
    ctx.body = await scores.trend(requireUser(ctx), department, month, integer(ctx, 'count', 2, 24, 6));
  });
  router.post('/api/statistics/scores/:month/publish', async (ctx) => {
    validateBody(EMPTY_SCHEMA, ctx.request.body ?? {});
    ctx.body = await scores.publish(requireUser(ctx), ctx.params['month'] ?? '');
  });
  router.get('/api/statistics/score-settings', async (ctx) => {
    ctx.body = await scoreSettings.get(requireUser(ctx));
  });
  router.put('/api/statistics/score-settings', async (ctx) => {
    ctx.body = await scoreSettings.put(requireUser(ctx), ctx.request.body);
  });
  router.get('/api/statistics/steps', async (ctx) => {
    const itemCode = text(ctx, 'itemCode');
    if (itemCode === undefined) throw new ApiError(400, 'VALIDATION_FAILED', '请指定事项（itemCode）');
    const from = text(ctx, 'from');
    const to = text(ctx, 'to');
    const analysis = await steps.analyse(requireUser(ctx), itemCode, {
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
    const name = await issuer();
    await sendReport(ctx, analysis, () => stepTable(analysis, name), `环节分析-${itemCode}`);
  });
  router.get('/api/supervision/board/groups', async (ctx) => {
    const by = oneOf(ctx, 'by', BOARD_DIMENSIONS, 'department');
    ctx.body = await of.supervision.board(requireUser(ctx), { ...dimensionFilter(ctx), by });
  });
  router.get('/api/supervision/board/cases', async (ctx) => {
    const light = text(ctx, 'light');
    if (light !== undefined && !LIGHTS.includes(light as Light)) {
      throw new ApiError(400, 'VALIDATION_FAILED', `灯色只能是 ${LIGHTS.join('、')} 之一`, { light });
    }
    ctx.body = await of.supervision.cases(requireUser(ctx), {
      ...dimensionFilter(ctx),
      ...(light ? { light: light as Light } : {}),
      limit: integer(ctx, 'limit', 1, 500, 100),
      offset: integer(ctx, 'offset', 0, 1_000_000, 0),
    });
  });
  return router;
}
