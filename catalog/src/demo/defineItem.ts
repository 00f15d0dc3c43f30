/**
 * Turns a compact item description into a full `ApprovalItem`: department and agency names, basic
 * code, service facts, light thresholds, overtime default and the BPMN process built from its steps.
 */
import type {
  ApprovalItem,
  CaseKind,
  Fee,
  HandlingKind,
  ItemForm,
  ItemLevel,
  ItemType,
  LegalBasis,
  LightThresholds,
  Material,
  OvertimeDefault,
} from '../item.js';
import { basicCodeOf, overtimeDefaultFor, serviceFacts, thresholdsFor, type ServiceSpec } from './center.js';
import { DEPARTMENTS, type DeptCode } from './departments.js';
import { buildProcessXml, type ParallelSpec, type StepSpec } from './processBuilder.js';

/** What an item is written as in the demo sources. */
export interface ItemSpec {
  /** `JJ-<dept>-<nnn>`. */
  readonly code: string;
  readonly dept: DeptCode;
  readonly name: string;
  readonly type: ItemType;
  readonly handling?: HandlingKind;
  readonly parentCode?: string;
  readonly level: ItemLevel;
  /** Implementing agency when it is not the department itself (e.g. the street offices). */
  readonly agency?: string;
  readonly basis: readonly LegalBasis[];
  readonly conditions: readonly string[];
  readonly statutoryDays: number;
  readonly promisedDays: number;
  readonly timeUnit?: 'working' | 'calendar';
  readonly caseKind: CaseKind;
  readonly fee?: Fee;
  readonly service: ServiceSpec;
  readonly thresholds?: LightThresholds;
  readonly overtimeDefault?: OvertimeDefault;
  readonly materials: readonly Material[];
  readonly form: ItemForm;
  readonly blocks: readonly (StepSpec | ParallelSpec)[];
  readonly decisionAfter?: string;
  /** Serial in the basic code when it differs from the code's number. */
  readonly serial?: number;
}

/** A legal basis: the law's full title in 《》 and, where known, its articles. */
export function law(title: string, articles?: string): LegalBasis {
  return articles === undefined ? { law: title } : { law: title, articles };
}

/** Not charged (不收费), stated explicitly. */
export const FREE: Fee = { charged: false };

/** A charged item's fee with its standard and basis. */
export function charged(standard: string, basis: string, amountYuan?: number): Fee {
  return amountYuan === undefined ? { charged: true, standard, basis } : { charged: true, standard, basis, amountYuan };
}

const HANDLING_SUB: Readonly<Record<HandlingKind, number>> = { 新设: 1, 变更: 2, 延续: 3, 注销: 4, 其他: 0 };

/** Builds the item. */
export function defineItem(spec: ItemSpec): ApprovalItem {
  const dept = DEPARTMENTS[spec.dept];
  const department = spec.level === 'city' ? dept.cityName : dept.name;
  const timeUnit = spec.timeUnit ?? 'working';
  const thresholds = spec.thresholds ?? thresholdsFor(spec.promisedDays, timeUnit);
  const serial = spec.serial ?? Number(/(\d+)$/.exec(spec.code)?.[1] ?? 0);
  const processXml = buildProcessXml({
    id: `Process_${spec.code.replace(/-/g, '_')}`,
    name: spec.name,
    itemCode: spec.code,
    promisedDays: spec.promisedDays,
    statutoryDays: spec.statutoryDays,
    blocks: spec.blocks,
    ...(spec.decisionAfter === undefined ? {} : { decisionAfter: spec.decisionAfter }),
    ...(timeUnit === 'calendar' ? { timeUnit } : {}),
    thresholds,
  });
  return {
    code: spec.code,
    basicCode: basicCodeOf(spec.type, spec.dept, serial, spec.handling ? HANDLING_SUB[spec.handling] : 0),
    version: 1,
    name: spec.name,
    type: spec.type,
    ...(spec.handling === undefined ? {} : { handling: spec.handling }),
    ...(spec.parentCode === undefined ? {} : { parentCode: spec.parentCode }),
    department,
    agency: spec.agency ?? department,
    level: spec.level,
    basis: spec.basis,
    conditions: spec.conditions,
    statutoryDays: spec.statutoryDays,
    promisedDays: spec.promisedDays,
    timeUnit,
    caseKind: spec.caseKind,
    fee: spec.fee ?? FREE,
    service: serviceFacts(spec.dept, spec.level, spec.service),
    thresholds,
    overtimeDefault: spec.overtimeDefault ?? overtimeDefaultFor(spec.type, spec.level),
    materials: spec.materials,
    form: spec.form,
    processXml,
  };
}
