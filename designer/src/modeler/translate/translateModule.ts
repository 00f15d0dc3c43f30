import { locale } from '../../i18n/i18n';
import { EN_MODELER } from './enModeler';
import { ZH_CN } from './zhCN';

function fill(text: string, replacements: Readonly<Record<string, string>>): string {
  return text.replace(/{([^}]+)}/g, (whole, key: string) => replacements[key] ?? whole);
}

/** Translates a bpmn-js / diagram-js / properties-panel text to Chinese, filling its `{placeholders}`. */
export function translateZh(template: string, replacements: Readonly<Record<string, string>> = {}): string {
  return fill(ZH_CN[template] ?? template, replacements);
}

/**
 * The same texts in English: bpmn-js's own (it is written in English), with govflow's few words for
 * what its palette means (an approval step is a user task).
 */
export function translateEn(template: string, replacements: Readonly<Record<string, string>> = {}): string {
  return fill(EN_MODELER[template] ?? template, replacements);
}

/** The translation of the language chosen in the app (the page reloads when it changes). */
export function translateForLocale(): typeof translateZh {
  return locale() === 'en' ? translateEn : translateZh;
}

/** The diagram-js module that replaces the `translate` service with the chosen language's. */
export const translateModule = { translate: ['value', translateForLocale()] };
