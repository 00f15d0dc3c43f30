import { ZH_CN } from './zhCN';

/** Translates a bpmn-js / diagram-js / properties-panel text to Chinese, filling its `{placeholders}`. */
export function translateZh(template: string, replacements: Readonly<Record<string, string>> = {}): string {
  const text = ZH_CN[template] ?? template;
  return text.replace(/{([^}]+)}/g, (whole, key: string) => replacements[key] ?? whole);
}

/** The diagram-js module that replaces the `translate` service with the Chinese one. */
export const translateModule = { translate: ['value', translateZh] };
