/**
 * A tiny i18n: the Chinese text is the key (zh-CN is the default and needs no dictionary); English
 * comes from `EN` (with `EN_EDITOR` for the designer and item editor, `EN_PAGES` for the rest). The
 * choice is kept in localStorage and applied by reloading the page, so no component needs to
 * subscribe to it.
 */
import { EN } from './en.js';
import { EN_EDITOR } from './enEditor.js';
import { EN_PAGES } from './enPages.js';

/** The languages offered. */
export type Locale = 'zh-CN' | 'en';

const STORAGE_KEY = 'govflow.locale';

function readLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

const current: Locale = readLocale();
if (typeof document !== 'undefined') document.documentElement.lang = current;

/** The language in use. */
export function locale(): Locale {
  return current;
}

/**
 * The text in the current language: `t('待办任务')`, with `{name}` placeholders filled from `values`
 * (`t('共 {n} 件', { n: 3 })`). Unknown keys fall back to the Chinese text.
 */
export function t(key: string, values: Readonly<Record<string, string | number>> = {}): string {
  const text = current === 'en' ? (EN[key] ?? EN_EDITOR[key] ?? EN_PAGES[key] ?? key) : key;
  return text.replace(/\{(\w+)\}/g, (whole: string, name: string) => (name in values ? String(values[name]) : whole));
}

/** Switches the language and reloads the page in it. */
export function setLocale(next: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // storage refused (private mode): the reload keeps the default language
  }
  window.location.reload();
}
