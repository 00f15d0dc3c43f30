import { canReadApplication } from '../../applications/applicationAccess.js';
import type { Organisation } from '../../organisation/organisation.js';
import type { ApplicationStore } from '../../store/applicationStore.js';
import type { SessionUser } from '../authService.js';
import type { IntakeDecision } from './intakeDecisions.js';

/** Whether the reader may read the application with this id (false when there is none). */
export type ApplicationReadCheck = (reader: SessionUser, applicationId: string) => Promise<boolean>;

/**
 * The application service's own read rule (`canReadApplication`) by application id, so a decision issued on
 * an application is read by exactly those who read the application.
 */
export function applicationReadCheck(
  store: Pick<ApplicationStore, 'getApplication'>,
  organisation: { get(): Promise<Organisation> },
): ApplicationReadCheck {
  return async (reader, applicationId) => {
    const application = await store.getApplication(applicationId);
    return application !== undefined && canReadApplication(reader, application, await organisation.get());
  };
}

/**
 * Who may read a notice or refusal by the decision alone: administrators and supervisors; whoever decided;
 * the clerks of the window it was decided at; the leads of that department.
 */
export function canReadDecision(reader: SessionUser, decision: IntakeDecision): boolean {
  if (reader.role === 'administrator' || reader.role === 'supervisor' || decision.decidedBy === reader.id) return true;
  if (reader.role === 'applicant') return false;
  if (reader.role !== 'lead' && reader.windowId !== null && decision.windowId === reader.windowId) return true;
  return reader.role === 'lead' && reader.departmentId !== null && decision.departmentId === reader.departmentId;
}

/**
 * The decisions a reader may read, in order: those `canReadDecision` allows and those issued on an
 * application the reader may read (each application asked about once).
 */
export async function readableDecisions(
  reader: SessionUser,
  decisions: readonly IntakeDecision[],
  applicationReadable: ApplicationReadCheck | undefined,
  limit = decisions.length,
): Promise<IntakeDecision[]> {
  const answers = new Map<string, Promise<boolean>>();
  const readable: IntakeDecision[] = [];
  for (const decision of decisions) {
    if (readable.length >= limit) break;
    if (canReadDecision(reader, decision)) {
      readable.push(decision);
      continue;
    }
    const applicationId = decision.applicationId;
    if (applicationId === undefined || applicationReadable === undefined) continue;
    let answer = answers.get(applicationId);
    if (answer === undefined) {
      answer = applicationReadable(reader, applicationId);
      answers.set(applicationId, answer);
    }
    if (await answer) readable.push(decision);
  }
  return readable;
}
