import type { ApprovalItem } from '../item.js';
import type { ImportError } from './problems.js';
import { FieldReader } from './xlsxFields.js';
import {
  CASE_KIND_LABELS,
  HANDLING_LABELS,
  LEVEL_LABELS,
  OBJECT_LABELS,
  ONLINE_DEPTH_LABELS,
  RESULT_TYPE_LABELS,
  TIME_UNIT_LABELS,
  TYPE_LABELS,
  YES_NO,
} from './xlsxLabels.js';
import { decodeBasis, decodeLines, encodeBasis, encodeLines } from './xlsxLists.js';
import type { SheetRow } from './xlsxSheetReader.js';

/** A cell value as written: text, number, or empty. */
export type CellOut = string | number | undefined;

/** The 事项 row of an item, by column header. */
export function itemRow(item: ApprovalItem): Record<string, CellOut> {
  const fee = item.fee;
  return {
    实施编码: item.code,
    基本编码: item.basicCode,
    版本: item.version,
    事项名称: item.name,
    事项类型: TYPE_LABELS.label(item.type),
    办理项: item.handling === undefined ? undefined : HANDLING_LABELS.label(item.handling),
    主项编码: item.parentCode,
    主管部门: item.department,
    实施机关: item.agency,
    行使层级: LEVEL_LABELS.label(item.level),
    设定依据: encodeBasis(item.basis),
    受理条件: item.conditions.length === 0 ? undefined : encodeLines(item.conditions),
    法定时限: item.statutoryDays,
    承诺时限: item.promisedDays,
    时限单位: TIME_UNIT_LABELS.label(item.timeUnit),
    办件类型: CASE_KIND_LABELS.label(item.caseKind),
    是否收费: fee.charged ? YES_NO.yes : YES_NO.no,
    收费标准: fee.charged ? fee.standard : undefined,
    收费依据: fee.charged ? fee.basis : undefined,
    '收费金额（元）': fee.charged ? fee.amountYuan : undefined,
    服务对象: item.service.objects.map((o) => OBJECT_LABELS.label(o)).join('、'),
    办理地点: item.service.place,
    办理时间: item.service.hours,
    咨询电话: item.service.phone,
    投诉电话: item.service.complaintPhone,
    网办深度: item.service.onlineDepth,
    到现场次数: item.service.visits,
    审批结果: item.service.result.name,
    审批结果类型: RESULT_TYPE_LABELS.label(item.service.result.type),
    审批结果样本: item.service.result.sample,
    黄灯: item.thresholds?.yellowDaysLeft,
    红灯: item.thresholds?.redDaysLeft,
    超时默许: item.overtimeDefault.enabled ? YES_NO.yes : YES_NO.no,
    超时默许依据: item.overtimeDefault.enabled ? item.overtimeDefault.basis : undefined,
  };
}

/** An item being read back: the fields read so far and the columns that failed. */
export interface ItemDraft {
  readonly fields: Record<string, unknown>;
  readonly failed: ReadonlySet<string>;
}

/**
 * Reads a 事项 row into the item's fields (materials, form and process come from their own sheets).
 * Empty optional cells leave the field out; every unreadable cell is reported with sheet, row and column.
 */
export function readItemRow(row: SheetRow, errors: ImportError[], code: string): ItemDraft {
  const r = new FieldReader(row, errors, code);
  const fields: Record<string, unknown> = {};
  const put = (target: Record<string, unknown>, key: string, value: unknown): void => {
    if (value !== undefined) target[key] = value;
  };
  put(fields, 'code', code);
  put(fields, 'basicCode', r.token('基本编码'));
  put(fields, 'version', r.number('版本'));
  put(fields, 'name', r.text('事项名称'));
  put(fields, 'type', r.label('事项类型', TYPE_LABELS));
  put(fields, 'handling', r.label('办理项', HANDLING_LABELS));
  put(fields, 'parentCode', r.token('主项编码'));
  put(fields, 'department', r.text('主管部门'));
  put(fields, 'agency', r.text('实施机关'));
  put(fields, 'level', r.label('行使层级', LEVEL_LABELS));
  put(fields, 'basis', list(r, '设定依据', decodeBasis));
  put(fields, 'conditions', list(r, '受理条件', decodeLines) ?? (r.failed.has('受理条件') ? undefined : []));
  put(fields, 'statutoryDays', r.number('法定时限'));
  put(fields, 'promisedDays', r.number('承诺时限'));
  put(fields, 'timeUnit', r.label('时限单位', TIME_UNIT_LABELS));
  put(fields, 'caseKind', r.label('办件类型', CASE_KIND_LABELS));
  put(fields, 'fee', readFee(r));
  put(fields, 'service', readService(r, put));
  put(fields, 'thresholds', readThresholds(r));
  put(fields, 'overtimeDefault', readOvertime(r));
  return { fields, failed: r.failed };
}

function list<T>(
  r: FieldReader,
  header: string,
  decode: (text: string) => T[] | { readonly error: string },
): T[] | undefined {
  const text = r.text(header);
  if (text === undefined) return undefined;
  const decoded = decode(text);
  return Array.isArray(decoded) ? decoded : r.fail(header, 'LIST_INVALID', decoded.error);
}

function readFee(r: FieldReader): Record<string, unknown> | undefined {
  const charged = r.yesNo('是否收费', YES_NO.yes, YES_NO.no);
  const standard = r.text('收费标准');
  const basis = r.text('收费依据');
  const amount = r.number('收费金额（元）');
  if (charged === undefined) return undefined;
  if (!charged) {
    const extra = [
      standard === undefined ? '' : '收费标准',
      basis === undefined ? '' : '收费依据',
      amount === undefined ? '' : '收费金额（元）',
    ];
    for (const header of extra.filter((h) => h !== '')) {
      r.fail(header, 'FEE_NOT_CHARGED', `「是否收费」为「否」时不应填写「${header}」`);
    }
    return { charged: false };
  }
  if (standard === undefined) r.fail('收费标准', 'FEE_STANDARD_MISSING', '收费事项必须填写「收费标准」');
  if (basis === undefined) r.fail('收费依据', 'FEE_BASIS_MISSING', '收费事项必须填写「收费依据」');
  const fee: Record<string, unknown> = { charged: true };
  if (standard !== undefined) fee['standard'] = standard;
  if (basis !== undefined) fee['basis'] = basis;
  if (amount !== undefined) fee['amountYuan'] = amount;
  return fee;
}

function readService(
  r: FieldReader,
  put: (t: Record<string, unknown>, k: string, v: unknown) => void,
): Record<string, unknown> {
  const service: Record<string, unknown> = {};
  const objects = r.token('服务对象');
  if (objects !== undefined) {
    const names = objects.split(/[、,，;；\s]+/).filter((o) => o !== '');
    const parsed = names.map((n) => OBJECT_LABELS.parse(n));
    const unknown = names.filter((_, i) => parsed[i] === undefined);
    if (unknown.length > 0)
      r.fail('服务对象', 'LABEL_UNKNOWN', `「${unknown.join('、')}」不是可选值，可选：${OBJECT_LABELS.list}`);
    else service['objects'] = parsed;
  }
  put(service, 'place', r.text('办理地点'));
  put(service, 'hours', r.text('办理时间'));
  put(service, 'phone', r.token('咨询电话'));
  put(service, 'complaintPhone', r.token('投诉电话'));
  put(service, 'onlineDepth', r.label('网办深度', ONLINE_DEPTH_LABELS));
  put(service, 'visits', r.number('到现场次数'));
  const result: Record<string, unknown> = {};
  put(result, 'name', r.text('审批结果'));
  put(result, 'type', r.label('审批结果类型', RESULT_TYPE_LABELS));
  put(result, 'sample', r.text('审批结果样本'));
  service['result'] = result;
  return service;
}

function readThresholds(r: FieldReader): Record<string, unknown> | undefined {
  const yellow = r.number('黄灯');
  const red = r.number('红灯');
  if (yellow === undefined && red === undefined) return undefined;
  const thresholds: Record<string, unknown> = {};
  if (yellow !== undefined) thresholds['yellowDaysLeft'] = yellow;
  if (red !== undefined) thresholds['redDaysLeft'] = red;
  return thresholds;
}

function readOvertime(r: FieldReader): Record<string, unknown> | undefined {
  const enabled = r.yesNo('超时默许', YES_NO.yes, YES_NO.no);
  const basis = r.text('超时默许依据');
  if (enabled === undefined) return undefined;
  if (!enabled) {
    if (basis !== undefined)
      r.fail('超时默许依据', 'OVERTIME_NOT_ENABLED', '「超时默许」为「否」时不应填写「超时默许依据」');
    return { enabled: false };
  }
  if (basis === undefined) {
    r.fail('超时默许依据', 'OVERTIME_BASIS_MISSING', '实行超时默许的事项必须填写「超时默许依据」');
    return { enabled: true };
  }
  return { enabled: true, basis };
}
