/**
 * One line of a department's item table: the facts a center lists for an item (name, type, level,
 * limits, who applies, legal basis, result, materials) from which the generator builds a full item.
 */
import type { HandlingKind, ItemLevel, ItemType } from '../../item.js';

/** How the generated process runs (see flows.ts). */
export type FlowKind =
  | 'instant'
  | 'std'
  | 'inspect'
  | 'expert'
  | 'record'
  | 'town'
  | 'townUp'
  | 'village'
  | 'villageUp'
  | 'villagePublic'
  | 'hearing'
  | 'mediation';

/** The shared application form a row uses (see sharedForms.ts). */
export type FormKind = 'person' | 'company' | 'either' | 'project' | 'premises' | 'benefit';

/** Who applies: persons, organisations or either. */
export type Applicant = 'P' | 'C' | 'B';

/** Options of a row beyond its positional facts. */
export interface RowOptions {
  /** The process; by default derived from the type and level. */
  readonly flow?: FlowKind;
  /** Business handling sub-items (业务办理项) generated after the main item. */
  readonly subs?: readonly Exclude<HandlingKind, '新设' | '其他'>[];
  /** Stem of the sub-items' names when it differs from the item name (e.g. without 「核发」). */
  readonly stem?: string;
  /** Limits in calendar days instead of working days. */
  readonly calendar?: boolean;
  /** A fee: standard, basis and (optionally) the usual amount. */
  readonly fee?: readonly [string, string, number?];
  readonly form?: FormKind;
  /** Acceptance conditions when the type's defaults do not fit. */
  readonly cond?: readonly string[];
  readonly agency?: string;
  /** `false` when the applicant's ID card is not asked for (e.g. when applying for the ID card itself). */
  readonly idCard?: false;
  /** A sub-item of a hand-written main item: its code and the handling kind. */
  readonly parent?: string;
  readonly handling?: HandlingKind;
}

/** A table row. */
export interface Row extends RowOptions {
  readonly name: string;
  readonly type: ItemType;
  readonly level: ItemLevel;
  readonly statutory: number;
  readonly promised: number;
  readonly who: Applicant;
  /** 「《法》第x条；《条例》」: laws separated by 「；」. */
  readonly basis: string;
  readonly result: string;
  /**
   * The item's own materials: 「#」 in front marks one a government body issues, 「?」 at the end an
   * optional one, and 「|condition」 a FEEL condition on the form data.
   */
  readonly docs: readonly string[];
}

const TYPES = {
  许可: '行政许可',
  确认: '行政确认',
  给付: '行政给付',
  备案: '行政备案',
  裁决: '行政裁决',
  奖励: '行政奖励',
  其他: '其他行政权力',
  服务: '公共服务',
} as const satisfies Record<string, ItemType>;

const LEVELS = { 市: 'city', 区: 'district', 镇: 'town', 村: 'village' } as const satisfies Record<string, ItemLevel>;

/** Writes a row compactly: `x(name, 类型, 层级, 法定, 承诺, 申请人, 依据, 结果, 材料, 选项)`. */
export function x(
  name: string,
  type: keyof typeof TYPES,
  level: keyof typeof LEVELS,
  statutory: number,
  promised: number,
  who: Applicant,
  basis: string,
  result: string,
  docs: readonly string[] = [],
  options: RowOptions = {},
): Row {
  return { name, type: TYPES[type], level: LEVELS[level], statutory, promised, who, basis, result, docs, ...options };
}
