/**
 * Applications before acceptance (申请 / 收件登记 → 报送 → 预审 → 受理) and what supervision reads of them.
 *
 * @example
 * ```ts
 * import { forwardingDelays, lateForwarding } from '@govflow/server';
 * const late = forwardingDelays(path, calendar, clock.now()).filter((d) => d.late);
 * ```
 */
export { ApplicationService, type ApplicationDeps } from './applicationService.js';
export {
  DEFAULT_FORWARDING_LIMIT_DAYS,
  forwardDueBy,
  forwardingDelays,
  type ForwardBy,
  type ForwardingDelay,
  type PathHopLike,
} from './forwardingDelays.js';
export { lateForwarding } from '../supervision/signals/detectors/lateForwarding.js';
export { overdueForwarding, type OverdueForwarding } from './overdueForwarding.js';
export { legalAcceptance, startAcceptedCase, type LegalAcceptance, type SupplementStop } from './legalAcceptance.js';
export type { AcceptedCase, IntakeOrigin } from './intakeOrigin.js';
