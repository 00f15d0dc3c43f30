import type { OrgDepartment } from '../../organisation/organisation.js';
import type { FactDirectory, GroupRef } from '../statistics/factDirectory.js';

/**
 * The departments a month is scored for: every department of the organisation that is the competent
 * department of some item (行政许可单位), and any other that had cases or signals in the month.
 */
export function scoredDepartments(dir: FactDirectory, active: readonly GroupRef[]): OrgDepartment[] {
  const catalogNames = new Set(dir.itemCodes.map((code) => dir.itemDepartment(code)));
  const activeKeys = new Set(active.map((g) => g.key));
  return dir.org.departments.filter((d) => catalogNames.has(d.catalogName) || activeKeys.has(d.id));
}
