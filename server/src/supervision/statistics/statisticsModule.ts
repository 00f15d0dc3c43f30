import type { WorkingCalendar } from '@govflow/engine';
import type { Services } from '../../routes/context.js';
import { ScoreService } from '../scores/scoreService.js';
import { ScoreSettingsService } from '../scores/scoreSettingsService.js';
import { StepAnalysisService } from '../stepAnalysis/stepAnalysisService.js';
import { StatisticsService } from './statisticsService.js';
import { storeSources, type StatisticsSources } from './statisticsSources.js';

/** The services of statistics and performance, built once per platform. */
export interface StatisticsModule {
  readonly statistics: StatisticsService;
  readonly scores: ScoreService;
  readonly scoreSettings: ScoreSettingsService;
  readonly steps: StepAnalysisService;
}

const modules = new WeakMap<Services, StatisticsModule>();

/** The statistics module of a platform's services (one per platform); `sources` replaces the default counts. */
export function statisticsOf(of: Services, calendar: WorkingCalendar, sources?: StatisticsSources): StatisticsModule {
  let found = modules.get(of);
  if (!found) {
    const counted = sources ?? storeSources(of.store);
    const statistics = new StatisticsService(of.store, of.organisation, of.clock, counted);
    const scoreSettings = new ScoreSettingsService(of.store, of.clock);
    found = {
      statistics,
      scoreSettings,
      scores: new ScoreService({
        store: of.store,
        organisation: of.organisation,
        clock: of.clock,
        calendar,
        settings: scoreSettings,
        statistics,
        sources: counted,
      }),
      steps: new StepAnalysisService(of.store, of.catalog, statistics, of.clock, calendar),
    };
    modules.set(of, found);
  }
  return found;
}
