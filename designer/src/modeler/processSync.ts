import type { ModdleElement } from './services';

/** The item settings the process carries as `gov:` attributes. */
export interface ItemLimits {
  readonly itemCode: string;
  readonly promisedDays: number;
  readonly statutoryDays: number;
  readonly timeUnit: 'working' | 'calendar';
  readonly yellowDaysLeft?: number;
  readonly redDaysLeft?: number;
}

/** The process of a definitions tree (the one with flow elements when there are several). */
export function processOf(definitions: ModdleElement): ModdleElement | undefined {
  const roots = (definitions.get('rootElements') as ModdleElement[] | undefined) ?? [];
  const processes = roots.filter((r) => r.$type === 'bpmn:Process');
  return processes.find((p) => ((p.get('flowElements') as unknown[] | undefined) ?? []).length > 0) ?? processes[0];
}

/**
 * Writes the item's code, limits and thresholds on the process (the item is the source of truth);
 * returns whether anything changed. Values that are not numbers yet (a field being typed) are left alone.
 */
export function syncProcessLimits(definitions: ModdleElement, limits: ItemLimits): boolean {
  const process = processOf(definitions);
  if (!process) return false;
  const wanted: Record<string, string | undefined> = {
    'gov:itemCode': limits.itemCode || undefined,
    'gov:timeUnit': limits.timeUnit === 'calendar' ? 'calendar' : undefined,
  };
  const numbers = {
    promisedDays: limits.promisedDays,
    statutoryDays: limits.statutoryDays,
    yellowDaysLeft: limits.yellowDaysLeft,
    redDaysLeft: limits.redDaysLeft,
  };
  for (const [name, value] of Object.entries(numbers)) {
    if (value === undefined) wanted[`gov:${name}`] = undefined;
    else if (Number.isFinite(value)) wanted[`gov:${name}`] = String(value);
  }
  let changed = false;
  for (const [name, value] of Object.entries(wanted)) {
    if ((process.get(name) ?? undefined) === value) continue;
    process.set(name, value);
    changed = true;
  }
  return changed;
}
