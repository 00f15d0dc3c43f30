/**
 * The approval item (行政审批事项): what an administrator configures and a case runs on.
 * Issue-sized subset for now; DOMAIN.md "The approval item" lists every element it grows into.
 */

/** Kinds of item (事项类型). */
export const ITEM_TYPES = [
  '行政许可',
  '行政确认',
  '行政裁决',
  '行政给付',
  '行政奖励',
  '行政备案',
  '其他行政权力',
  '公共服务',
] as const;
/** A kind of item. */
export type ItemType = (typeof ITEM_TYPES)[number];

/** Levels an item is handled at (行使层级). */
export type ItemLevel = 'city' | 'district' | 'town' | 'village';

/** A material the applicant must bring (申请材料). */
export interface Material {
  /** Stable id, referenced by process steps (`gov:materials`). */
  readonly id: string;
  readonly name: string;
  readonly required: boolean;
  readonly originals: number;
  readonly copies: number;
  readonly form: 'paper' | 'electronic' | 'either';
  readonly source: '申请人自备' | '政府部门核发';
  readonly note?: string;
}

/** The application form: a JSON Schema and its rjsf uiSchema. */
export interface ItemForm {
  readonly schema: Record<string, unknown>;
  readonly uiSchema?: Record<string, unknown>;
}

/** One published version of an approval item. */
export interface ApprovalItem {
  /** Implementation code (实施编码), unique in the center. */
  readonly code: string;
  readonly version: number;
  readonly name: string;
  readonly type: ItemType;
  readonly department: string;
  readonly level: ItemLevel;
  /** Legal basis (设定依据). */
  readonly basis: string;
  /** Promised limit (承诺办结时限) in working days. */
  readonly promisedDays: number;
  /** Statutory limit (法定办结时限) in working days. */
  readonly statutoryDays: number;
  /** Case kind: 即办件, 承诺件 or 联办件. */
  readonly caseKind: '即办件' | '承诺件' | '联办件';
  readonly fee:
    { readonly charged: false } | { readonly charged: true; readonly standard: string; readonly basis: string };
  readonly materials: readonly Material[];
  readonly form: ItemForm;
  /** The process model, BPMN 2.0 XML with `gov:` attributes. */
  readonly processXml: string;
}
