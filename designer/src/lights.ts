import { locale, t } from './i18n/i18n';

/** A light as the server computes it (亮灯). */
export type Light = 'green' | 'yellow' | 'red' | 'overdue' | 'stopped' | 'done';

/** The lights in the order boards show them (most urgent last in the stack, first in drill-downs). */
export const LIGHTS: readonly Light[] = ['green', 'yellow', 'red', 'overdue', 'stopped', 'done'];

/** Colours of the lights (the same in the bar, the lists, the diagram and the charts). */
export const LIGHT_COLORS: Readonly<Record<Light, string>> = {
  green: '#22c55e',
  yellow: '#eab308',
  red: '#ef4444',
  overdue: '#7f1d1d',
  stopped: '#64748b',
  done: '#0ea5e9',
};

const NAMES: Readonly<Record<Light, string>> = {
  green: '绿灯',
  yellow: '黄灯',
  red: '红灯',
  overdue: '超期',
  stopped: '暂停计时',
  done: '已办结',
};

const EN_NAMES: Readonly<Record<Light, string>> = {
  green: 'Green',
  yellow: 'Yellow',
  red: 'Red',
  overdue: 'Overdue',
  stopped: 'Clock stopped',
  done: 'Done',
};

/** The light's name in the current language (its own words: 暂停计时 is a state here, not the command). */
export function lightName(light: string): string {
  const names = locale() === 'en' ? EN_NAMES : NAMES;
  return names[light as Light] ?? light;
}

/** The four levels (市 / 区县 / 乡镇街道 / 村社区) in the current language. */
export function levelName(level: string): string {
  const names: Record<string, string> = {
    city: '市级',
    district: '区县级',
    town: '乡镇（街道）级',
    village: '村（社区）级',
  };
  return t(names[level] ?? level);
}

/** The levels in order, for filters. */
export const LEVELS = ['city', 'district', 'town', 'village'] as const;
