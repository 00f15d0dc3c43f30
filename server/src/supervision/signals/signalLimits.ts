import type { ApprovalItem } from '@govflow/catalog';
import type { CaseLimits } from '@govflow/engine';
import type { Store } from '../../store/port.js';
import { rulesFor, withDefaults } from './signalSettings.js';

/**
 * What a case takes from supervision at acceptance, to be spread into `startCase`'s limits: the signal
 * ladder in force for its item (scheme b only; like the light thresholds, a case keeps the ladder it was
 * accepted with) and overtime-default approval when the center practises it and the item enables it.
 */
export async function signalLimitsFor(
  store: Store,
  item: ApprovalItem,
): Promise<Pick<CaseLimits, 'ladder' | 'overtimeDefault'>> {
  const rules = rulesFor(withDefaults((await store.getSignalSettings())?.settings), item.code);
  return {
    ...(rules.scheme === 'cards'
      ? {
          ladder: {
            ...(rules.warningDaysLeft > 0 ? { warningDaysLeft: rules.warningDaysLeft } : {}),
            supervisionDays: rules.supervisionDays,
          },
        }
      : {}),
    ...(rules.overtimeDefault && item.overtimeDefault.enabled
      ? { overtimeDefault: { basis: item.overtimeDefault.basis } }
      : {}),
  };
}
