import { toEpochMs } from '@govflow/engine';
import type { EvaluationRecord } from '../../store/port.js';
import { EVALUATION_LEVEL_NAMES } from './evaluationLevels.js';

/** An evaluation as staff see it, with whether its follow-up is overdue (derived at read time). */
export interface EvaluationView extends Omit<EvaluationRecord, 'headHash'> {
  readonly levelName: string;
  /** The follow-up is open and its rectification deadline has passed. */
  readonly followUpOverdue: boolean;
}

/** An evaluation as the applicant who gave it sees it. */
export interface OwnEvaluationView {
  readonly id: string;
  readonly receiptNumber: string;
  readonly itemName: string;
  readonly level: EvaluationRecord['level'];
  readonly levelName: string;
  readonly comment: string | null;
  readonly channel: EvaluationRecord['channel'];
  readonly evaluatedAt: string;
}

/** The staff view at `now`. */
export function evaluationView(record: EvaluationRecord, now: string): EvaluationView {
  const { headHash: _head, ...rest } = record;
  const followUp = record.followUp;
  return {
    ...rest,
    levelName: EVALUATION_LEVEL_NAMES[record.level],
    followUpOverdue: followUp !== null && followUp.status === 'open' && toEpochMs(now) >= toEpochMs(followUp.dueAt),
  };
}

/** The applicant's view. */
export function ownEvaluationView(record: EvaluationRecord): OwnEvaluationView {
  return {
    id: record.id,
    receiptNumber: record.receiptNumber,
    itemName: record.itemName,
    level: record.level,
    levelName: EVALUATION_LEVEL_NAMES[record.level],
    comment: record.comment,
    channel: record.channel,
    evaluatedAt: record.evaluatedAt,
  };
}
