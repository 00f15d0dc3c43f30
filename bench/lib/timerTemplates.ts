import { createChinaCalendar } from '@govflow/engine';
import { createPlatform, ManualClock, seedDemo, SqliteStore } from '@govflow/server';
import { ACCEPT_STEP_BODY, REEMPLOYMENT_APPLICATION } from './benchServer.js';

/** The instant of the measurement: midnight after Monday 2026-11-16, when Monday's 受理 steps turn yellow. */
export const FIRE_AT = '2026-11-17T00:00:00.000+08:00';

/** The real cases the loader copies: one whose 受理 turns yellow at `FIRE_AT`, and others with nothing due then. */
export interface TimerTemplates {
  /** Accepted Monday 10:00, waiting at 受理: its one timer due at `FIRE_AT` is the 受理 step's yellow light. */
  readonly due: string;
  /** Accepted on earlier days or later steps, every light due before `FIRE_AT` already fired. */
  readonly background: readonly string[];
}

/**
 * Creates the template cases in the store file through the real platform, moving a manual clock through
 * two weeks of a street window's work and firing due timers at every step the way the server does:
 * cases accepted on 11-02, 11-09, 11-12 and 11-16, at 受理, 审核 and 发证; then every light due before
 * midnight of 11-16 fires. Checks that exactly one timer (the due template's) is due at `FIRE_AT`.
 */
export async function createTimerTemplates(file: string): Promise<TimerTemplates> {
  const store = new SqliteStore({ file });
  await seedDemo(store);
  const clock = new ManualClock('2026-11-02T09:00:00+08:00');
  const { services, scheduler, notifications } = createPlatform({ store, clock, calendar: createChinaCalendar() });
  const signIn = async (username: string) => {
    const user = await services.auth.authenticate((await services.auth.login(username, 'govflow')).token);
    if (!user) throw new Error(`no session for ${username}`);
    return user;
  };
  const clerk = await signIn('clerk');
  const reviewer = await signIn('reviewer');
  const at = async (instant: string): Promise<void> => {
    clock.set(instant);
    await scheduler.fireDue();
  };
  const intake = async (): Promise<string> => (await services.cases.intake(clerk, REEMPLOYMENT_APPLICATION)).id;
  const complete = async (caseId: string, step: '受理' | '审核'): Promise<void> => {
    const task = (await store.getCase(caseId))?.state.tasks.find((t) => t.name === step);
    if (!task) throw new Error(`case ${caseId} has no open ${step}`);
    const body = step === '受理' ? ACCEPT_STEP_BODY : { opinion: '材料真实有效，同意补办' };
    await services.cases.completeTask(step === '受理' ? clerk : reviewer, `${caseId}.${task.id}`, body);
  };

  await at('2026-11-02T09:30:00+08:00');
  const issuing = await intake();
  await complete(issuing, '受理');
  await at('2026-11-04T10:00:00+08:00');
  await complete(issuing, '审核');
  await at('2026-11-09T09:30:00+08:00');
  const reviewing = await intake();
  await complete(reviewing, '受理');
  await at('2026-11-12T15:00:00+08:00');
  const overdueAccept = await intake();
  await at('2026-11-16T09:00:00+08:00');
  const mondayReview = await intake();
  await at('2026-11-16T10:00:00+08:00');
  const due = await intake();
  await at('2026-11-16T11:00:00+08:00');
  await complete(mondayReview, '受理');
  await at('2026-11-16T14:00:00+08:00');
  const mondayIssue = await intake();
  await complete(mondayIssue, '受理');
  await complete(mondayIssue, '审核');
  await at('2026-11-16T23:59:59.999+08:00');
  // The notifications of these two weeks went out long ago (so the copies' outbox rows are delivered ones).
  await notifications.deliverDue();

  const dueNow = await store.dueTimers(FIRE_AT, 100);
  if (dueNow.length !== 1 || dueNow[0]?.caseId !== due) {
    throw new Error(`expected one timer due at ${FIRE_AT} (case ${due}), found ${JSON.stringify(dueNow)}`);
  }
  await scheduler.stop();
  services.lightStream.close();
  await store.close();
  return { due, background: [issuing, reviewing, overdueAccept, mondayReview, mondayIssue] };
}
