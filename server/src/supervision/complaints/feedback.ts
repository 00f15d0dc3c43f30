import type { WorkingCalendar } from '@govflow/engine';
import type { Services } from '../../routes/context.js';
import { EvaluationService } from '../evaluations/evaluationService.js';
import { ComplaintService } from './complaintService.js';
import { FeedbackSettingsService } from './feedbackSettingsService.js';

/** Complaint handling, 好差评 and their settings, as one platform holds them. */
export interface Feedback {
  readonly complaints: ComplaintService;
  readonly evaluations: EvaluationService;
  readonly settings: FeedbackSettingsService;
}

const platforms = new WeakMap<Services, Feedback>();

/** The feedback services of a platform's services: built once per platform (its rate limits are its own). */
export function feedbackOf(of: Services, calendar: WorkingCalendar): Feedback {
  let found = platforms.get(of);
  if (!found) {
    const settings = new FeedbackSettingsService(of.store, of.clock);
    const deps = {
      store: of.store,
      catalog: of.catalog,
      organisation: of.organisation,
      clock: of.clock,
      calendar,
      settings,
    };
    found = { complaints: new ComplaintService(deps), evaluations: new EvaluationService(deps), settings };
    platforms.set(of, found);
  }
  return found;
}
