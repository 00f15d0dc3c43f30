import { stepThresholds as defaultsFor, type WorkingCalendar } from '@govflow/engine';
import type { CaseRecord } from '../store/port.js';
import { classifyLight, daysLeft, type Light } from './classifyLight.js';

/** A case's light and its open steps' lights, as of `now`. */
export interface CaseLights {
  readonly caseId: string;
  readonly receiptNumber: string;
  readonly itemCode: string;
  readonly light: Light;
  readonly daysLeft: number;
  readonly promisedDueAt: string;
  readonly steps: readonly { taskId: string; name: string; light: Light; dueAt: string | null }[];
}

/** A step's light thresholds in days left (from the model's `gov:` attributes or the defaults). */
export type StepThresholds = (elementId: string) => { yellowDaysLeft: number; redDaysLeft: number };

/** The engine's default step thresholds. */
export const defaultStepThresholds: StepThresholds = () => defaultsFor(undefined);

/** Lights of a stored case from its deadlines and thresholds (a step without a limit is green). */
export function caseLights(
  record: CaseRecord,
  now: Date,
  calendar: WorkingCalendar,
  stepThresholds: StepThresholds = defaultStepThresholds,
): CaseLights {
  const { clock } = record.state;
  const light = classifyLight(
    {
      dueAt: clock.promisedDueAt,
      clock: clock.status,
      yellowDaysLeft: clock.yellowDaysLeft,
      redDaysLeft: clock.redDaysLeft,
      unit: clock.unit,
    },
    now,
    calendar,
  );
  const steps = record.state.tasks.map((task) => ({
    taskId: `${record.id}.${task.id}`,
    name: task.name,
    dueAt: task.dueAt ?? null,
    light:
      task.dueAt === undefined
        ? ('green' as const)
        : classifyLight(
            {
              dueAt: task.dueAt,
              clock: clock.status,
              ...stepThresholds(task.el),
              unit: 'working',
            },
            now,
            calendar,
          ),
  }));
  return {
    caseId: record.id,
    receiptNumber: record.receiptNumber,
    itemCode: record.itemCode,
    light,
    daysLeft: daysLeft(clock.promisedDueAt, now, calendar),
    promisedDueAt: clock.promisedDueAt,
    steps,
  };
}
