import type { MaterialWithFiles } from '../files/materialFiles.js';
import type { Organisation } from '../organisation/organisation.js';
import type { ApplicationRecord } from '../store/applicationStore.js';
import type { Place } from './applicationRouting.js';

/** Chinese names of the statuses. */
export const STATUS_NAMES: Readonly<Record<ApplicationRecord['status'], string>> = {
  pending: '待办理',
  returned: '待补正',
  accepted: '已受理',
  refused: '不予受理',
};

/** The unit's and window's names, for hops and views. */
export function placeNames(org: Organisation, place: Place) {
  return {
    unitName: org.units.find((u) => u.id === place.unitId)?.name ?? place.unitId,
    windowName:
      place.windowId === null ? null : (org.windows.find((w) => w.id === place.windowId)?.name ?? place.windowId),
  };
}

/** Materials as stored: ids become objects. */
export function materialObjects(materials: readonly (string | MaterialWithFiles)[]): MaterialWithFiles[] {
  return materials.map((m) => (typeof m === 'string' ? { id: m } : m));
}
