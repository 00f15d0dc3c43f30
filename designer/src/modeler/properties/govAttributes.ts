import type { DiagramElement, ModdleElement } from '../services';
import { t } from '../../i18n/i18n';

/** The value of a `gov:` attribute of an element's business object ('' when absent). */
export function govValue(target: ModdleElement, name: string): string {
  const value = target.get(`gov:${name}`);
  return typeof value === 'string' ? value : '';
}

/** A trimmed attribute value, or undefined to remove the attribute. */
export function attributeValue(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Checks a number of working days as the engine reads it: > 0 and a multiple of 0.5 (or blank). */
export function checkDays(value: string, allowZero = false): string | null {
  const raw = value.trim();
  if (raw === '') return null;
  const number = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isInteger(number * 2) || (!allowZero && number <= 0) || number > 3650) {
    return allowZero ? t('应为 0 或 0.5 的整数倍') : t('应为大于 0 且为 0.5 整数倍的工作日数');
  }
  return null;
}

/** The comma-separated list in an attribute, as a list. */
export function listOf(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The business object of a diagram element. */
export function bo(element: unknown): ModdleElement {
  return (element as DiagramElement).businessObject;
}
