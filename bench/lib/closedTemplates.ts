import { createChinaCalendar } from '@govflow/engine';
import { createPlatform, ManualClock, seedDemo, SqliteStore } from '@govflow/server';
import { ACCEPT_STEP_BODY, REEMPLOYMENT_APPLICATION } from './benchServer.js';

/** Finished cases for the supervision benchmark's 900,000 closed copies (their facts are spread later). */
export interface ClosedTemplates {
  /** Completed the day after acceptance: early. */
  readonly early: string;
  /** Completed in the afternoon of the seventh working day of seven (6.5 used): on time, not early. */
  readonly onTime: string;
  /** Completed after the promised seven working days: overdue. */
  readonly overdue: string;
  /** Withdrawn by the applicant after acceptance. */
  readonly withdrawn: string;
}

/**
 * Creates finished re-employment cases (JJ-RS-001) in the store file through the real platform in October 2026,
 * before `createTimerTemplates` runs (closed cases have no timers, so its checks are unaffected). Seeds the demo
 * catalog and users.
 */
export async function createClosedTemplates(file: string): Promise<ClosedTemplates> {
  const store = new SqliteStore({ file });
  await seedDemo(store);
  const clock = new ManualClock('2026-10-12T09:00:00+08:00');
  const { services, scheduler } = createPlatform({ store, clock, calendar: createChinaCalendar() });
  const signIn = async (username: string) => {
    const user = await services.auth.authenticate((await services.auth.login(username, 'govflow')).token);
    if (!user) throw new Error(`no session for ${username}`);
    return user;
  };
  const [clerk, reviewer] = [await signIn('clerk'), await signIn('reviewer')];
  const at = async (instant: string) => {
    clock.set(instant);
    await scheduler.fireDue();
  };
  const step = async (caseId: string, name: '受理' | '审核' | '发证') => {
    const task = (await store.getCase(caseId))?.state.tasks.find((t) => t.name === name);
    if (!task) throw new Error(`case ${caseId} has no open ${name}`);
    const body = name === '受理' ? ACCEPT_STEP_BODY : name === '审核' ? { opinion: '同意' } : {};
    await services.cases.completeTask(name === '审核' ? reviewer : clerk, `${caseId}.${task.id}`, body);
  };
  const intake = async () => (await services.cases.intake(clerk, REEMPLOYMENT_APPLICATION)).id;
  const [early, onTime, overdue, withdrawn] = [await intake(), await intake(), await intake(), await intake()];
  for (const id of [early, onTime, overdue]) await step(id, '受理');
  await services.cases.commands.withdraw(clerk, withdrawn, { reason: '申请人撤回' });
  await at('2026-10-13T10:00:00+08:00');
  await step(early, '审核');
  await step(early, '发证');
  await at('2026-10-21T15:00:00+08:00');
  await step(onTime, '审核');
  await step(onTime, '发证');
  await at('2026-10-22T10:00:00+08:00');
  await step(overdue, '审核');
  await step(overdue, '发证');
  await scheduler.stop();
  services.lightStream.close();
  await store.close();
  return { early, onTime, overdue, withdrawn };
}
