import type { ProcessAttribute } from '../modeler/govContext';
import type { DraftItem } from './adminTypes';

/** An item setting edited on the process (in the designer's panel), written back to the item. */
export function applyProcessAttribute(
  item: DraftItem,
  name: ProcessAttribute,
  value: string,
  number: number | undefined,
): DraftItem {
  switch (name) {
    case 'promisedDays':
    case 'statutoryDays':
      return { ...item, [name]: number ?? Number.NaN };
    case 'timeUnit':
      return { ...item, timeUnit: value === 'calendar' ? 'calendar' : 'working' };
    case 'yellowDaysLeft':
    case 'redDaysLeft': {
      const thresholds = { yellowDaysLeft: 10, redDaysLeft: 3, ...item.thresholds };
      if (number === undefined) return item;
      return { ...item, thresholds: { ...thresholds, [name]: number } };
    }
  }
}
