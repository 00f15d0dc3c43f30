import { GOV_NAMESPACE_URI } from '@govflow/engine';
import type { DraftItem } from './adminTypes';

/**
 * Writes the item's code, limits and thresholds on the process element of its XML (the item is the
 * source of truth), without loading bpmn-js: the designer keeps them in step while it is open, this
 * does it for items whose process tab was never opened. XML without the `gov:` namespace, or without
 * a process element, is returned unchanged.
 */
export function withProcessLimits(item: DraftItem): DraftItem {
  const xml = item.processXml;
  const prefix = new RegExp(`xmlns:([\\w.-]+)="${GOV_NAMESPACE_URI.replace(/[.]/g, '\\.')}"`).exec(xml)?.[1];
  const tag = /<((?:[\w.-]+:)?process)\b[^>]*>/.exec(xml);
  if (!prefix || !tag) return item;
  const wanted: Record<string, string | undefined> = {
    itemCode: item.code,
    promisedDays: numberText(item.promisedDays),
    statutoryDays: numberText(item.statutoryDays),
    timeUnit: item.timeUnit === 'calendar' ? 'calendar' : undefined,
    yellowDaysLeft: numberText(item.thresholds?.yellowDaysLeft),
    redDaysLeft: numberText(item.thresholds?.redDaysLeft),
  };
  let open = tag[0];
  for (const [name, value] of Object.entries(wanted)) {
    const attribute = new RegExp(`\\s${prefix}:${name}="[^"]*"`);
    open = open.replace(attribute, '');
    if (value !== undefined) open = open.replace(/\s*(\/?)>$/, ` ${prefix}:${name}="${escape(value)}"$1>`);
  }
  if (open === tag[0]) return item;
  return { ...item, processXml: xml.slice(0, tag.index) + open + xml.slice(tag.index + tag[0].length) };
}

function numberText(value: number | undefined): string | undefined {
  return value === undefined || !Number.isFinite(value) ? undefined : String(value);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
