import type { DetectorKind } from '../signalSettings.js';
import type { Detector } from '../signalDraft.js';
import { acceptanceMaterials } from './acceptanceMaterials.js';
import { feeStandard } from './feeStandard.js';
import { lateEntry } from './lateEntry.js';
import { lateForwarding } from './lateForwarding.js';
import { missingReasons } from './missingReasons.js';
import { stepIntegrity } from './stepIntegrity.js';

/**
 * The detectors beyond time, by the setting that switches each on. The extension point for new ones:
 * write a `Detector` (it reads the case's new events in the light of its history and returns drafts,
 * each signalled once under case + step + kind) and list it here with its setting.
 */
export const DETECTORS: Readonly<Record<DetectorKind, Detector>> = {
  'step-integrity': stepIntegrity,
  'materials-missing': acceptanceMaterials,
  'reason-missing': missingReasons,
  'fee-excess': feeStandard,
  'late-entry': lateEntry,
  'late-forwarding': lateForwarding,
};
