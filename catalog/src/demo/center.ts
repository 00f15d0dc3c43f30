/**
 * Facts of the demo center shared by every item: where and when it serves, who answers complaints,
 * its overtime-default rule (seed 000) and how light thresholds follow from an item's promised limit.
 */
import type { ItemLevel, ItemType, LightThresholds, OvertimeDefault, ServiceFacts } from '../item.js';
import { DEPARTMENTS, type DeptCode } from './departments.js';

/** Jinjiang's rule (seed 000): an application neither approved nor refused in time is deemed approved. */
export const OVERTIME_DEFAULT_BASIS = '《锦江区行政审批事项实施超时默许制度的有关规定（试行）》';

/** The complaint line of the center (效能投诉 / 12345). */
export const COMPLAINT_PHONE = '028-12345';

/** Opening hours of the halls. */
export const HOURS = {
  hall: '周一至周五 9:00—12:00，13:30—17:30（法定节假日除外，调休上班日照常办公）',
  street: '周一至周五 9:00—12:00，13:30—17:30（法定节假日除外）',
  village: '周一至周五 9:00—12:00，14:00—17:30；代办员联系电话 24 小时畅通',
} as const;

/** Where a department's items are handled at a level (办理地点). */
export function placeOf(code: DeptCode, level: ItemLevel): string {
  const dept = DEPARTMENTS[code];
  switch (level) {
    case 'city':
      return `成都市政务服务中心${dept.window}（锦江区政务服务中心代收代办）`;
    case 'district':
      return `锦江区政务服务中心${dept.window}`;
    case 'town':
      return '各街道便民服务中心综合窗口';
    case 'village':
      return '各村（社区）便民服务室';
  }
}

/** What service facts an item states beyond the center's defaults. */
export interface ServiceSpec {
  readonly objects: ServiceFacts['objects'];
  readonly result: ServiceFacts['result'];
  readonly onlineDepth?: ServiceFacts['onlineDepth'];
  readonly visits?: number;
  readonly place?: string;
}

/** Service facts (服务信息) of an item of a department at a level. */
export function serviceFacts(code: DeptCode, level: ItemLevel, spec: ServiceSpec): ServiceFacts {
  return {
    objects: spec.objects,
    place: spec.place ?? placeOf(code, level),
    hours: level === 'village' ? HOURS.village : level === 'town' ? HOURS.street : HOURS.hall,
    phone: DEPARTMENTS[code].phone,
    complaintPhone: COMPLAINT_PHONE,
    onlineDepth: spec.onlineDepth ?? (level === 'village' ? 1 : 2),
    visits: spec.visits ?? 1,
    result: spec.result,
  };
}

/** Rounds down to a multiple of half a day. */
export function floorHalf(days: number): number {
  return Math.floor(days * 2) / 2;
}

/**
 * Light thresholds from the promised limit: yellow with about a third of the limit left (at least
 * half a day, at most Jinjiang's 10), red with one day left (half a day for one-day items, overdue
 * only for half-day ones). Calendar limits are converted to working days first.
 */
export function thresholdsFor(promisedDays: number, timeUnit: 'working' | 'calendar' = 'working'): LightThresholds {
  const working = timeUnit === 'calendar' ? floorHalf((promisedDays * 5) / 7) : promisedDays;
  const yellow = Math.min(10, Math.max(0.5, floorHalf(working / 3)));
  const red = working >= 3 ? 1 : working >= 1 ? 0.5 : 0;
  return { yellowDaysLeft: yellow, redDaysLeft: Math.min(red, yellow) };
}

/** Whether Jinjiang's overtime-default rule applies: licences decided in the district center. */
export function overtimeDefaultFor(type: ItemType, level: ItemLevel): OvertimeDefault {
  return type === '行政许可' && level === 'district'
    ? { enabled: true, basis: OVERTIME_DEFAULT_BASIS }
    : { enabled: false };
}

const TYPE_CODES: Readonly<Record<ItemType, string>> = {
  行政许可: '01',
  行政给付: '05',
  行政确认: '07',
  行政奖励: '08',
  行政裁决: '09',
  其他行政权力: '10',
  行政备案: '11',
  公共服务: '20',
};

/** A 12-digit basic code (基本编码) in the national catalog's shape: type, department, serial, sub-item. */
export function basicCodeOf(type: ItemType, code: DeptCode, serial: number, sub = 0): string {
  const dept = String(Object.keys(DEPARTMENTS).indexOf(code) + 1).padStart(3, '0');
  return `00${TYPE_CODES[type]}${dept}${String(serial).padStart(3, '0')}${String(sub).padStart(2, '0')}`;
}
