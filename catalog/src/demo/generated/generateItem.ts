/**
 * Builds full items from table rows: materials from the applicant kind plus the row's own, the
 * shared form, default acceptance conditions by type, the process split over the promised limit and,
 * for licences with a validity, their change / renewal / cancellation sub-items (业务办理项).
 */
import type { ApprovalItem, HandlingKind, ItemType, Material } from '../../item.js';
import { floorHalf } from '../center.js';
import { charged, defineItem, FREE, law } from '../defineItem.js';
import type { DeptCode } from '../departments.js';
import {
  applicationForm,
  businessLicence,
  idCard,
  issued,
  own,
  powerOfAttorney,
  requiredIds,
  WHEN,
} from '../materials.js';
import { buildFlow } from './flows.js';
import type { FlowKind, FormKind, Row } from './row.js';
import { sharedForm } from './sharedForms.js';

const DEFAULT_CONDITIONS: Readonly<Record<ItemType, readonly string[]>> = {
  行政许可: [
    '申请人具备法律法规规定的主体资格和条件',
    '具备与申请事项相适应的场所、设施、人员和管理制度',
    '申请材料齐全、符合法定形式',
  ],
  行政确认: ['申请事项属于本机关确认范围', '申请材料真实、齐全、符合法定形式'],
  行政给付: ['符合法律法规和政策规定的享受对象条件', '本区户籍或按规定可在本区申领', '申请材料真实、完整'],
  行政裁决: ['属于本机关管辖范围', '有明确的对方当事人、具体的请求和事实根据', '在法定期限内提出申请'],
  行政奖励: ['符合奖励条件', '经所在单位或组织推荐、申报'],
  行政备案: ['在规定期限内办理备案', '备案材料齐全、符合法定形式'],
  其他行政权力: ['申请事项符合法律法规规定的条件', '申请材料齐全、符合法定形式'],
  公共服务: ['属于本项服务的对象', '提供的信息和材料真实、完整'],
};

/** Reads `《法》第x条；《条例》` into legal bases. */
export function parseBasis(text: string): { law: string; articles?: string }[] {
  return text
    .split('；')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.*》(?:（[^）]*）)?)(.*)$/.exec(part);
      const title = match?.[1] ?? part;
      const articles = match?.[2]?.trim();
      return articles ? law(title, articles) : law(title);
    });
}

/** Reads a material written as `#name?|condition` (see Row.docs). */
export function parseDoc(spec: string, index: number): Material {
  let name = spec;
  const bar = name.indexOf('|');
  const requiredWhen = bar >= 0 ? name.slice(bar + 1).trim() : undefined;
  if (bar >= 0) name = name.slice(0, bar);
  const byGovernment = name.startsWith('#');
  if (byGovernment) name = name.slice(1);
  const optional = name.endsWith('?');
  if (optional) name = name.slice(0, -1);
  const extra = {
    ...(optional ? { required: false } : {}),
    ...(requiredWhen === undefined ? {} : { requiredWhen }),
  };
  const id = `doc-${index + 1}`;
  return byGovernment ? issued(id, name, extra) : own(id, name, extra);
}

function formKind(row: Row): FormKind {
  if (row.form) return row.form;
  if (row.who === 'C') return 'company';
  if (row.who === 'B') return 'either';
  return row.type === '行政给付' && (row.level === 'village' || row.level === 'town') ? 'benefit' : 'person';
}

function baseMaterials(row: Row, name: string): Material[] {
  const formName = name.endsWith('备案') || name.endsWith('登记') ? `${name}表` : `${name}申请表`;
  const identity: Material[] =
    row.who === 'P'
      ? row.idCard === false
        ? []
        : [idCard()]
      : row.who === 'C'
        ? [businessLicence()]
        : [idCard('申请人居民身份证', { requiredWhen: WHEN.person }), businessLicence({ requiredWhen: WHEN.company })];
  return [applicationForm(formName), ...identity];
}

function defaultFlow(row: Row): FlowKind {
  if (row.flow) return row.flow;
  if (row.promised <= 1) return 'instant';
  if (row.level === 'village') return row.type === '行政给付' ? 'villageUp' : 'village';
  if (row.level === 'town') return 'town';
  if (row.type === '行政备案') return 'record';
  if (row.type === '行政裁决') return 'hearing';
  return 'std';
}

function resultType(result: string): '证照' | '批文' | '其他' {
  const name = result.replace(/（[^）]*）$/, '');
  if (/(证|执照|证书|牌|卡|簿)$/.test(name) || name.includes('许可证')) return '证照';
  if (/(批复|决定书|意见书|意见|批准书|批准文件|核准|决定|裁决书|通知书|结论书|认定书)$/.test(name)) return '批文';
  return '其他';
}

function agencyOf(row: Row, flow: FlowKind): string | undefined {
  if (row.agency) return row.agency;
  return flow === 'town' || flow === 'village' || (flow === 'instant' && row.level === 'town')
    ? '各街道办事处'
    : undefined;
}

interface BuildExtra {
  readonly handling?: HandlingKind;
  readonly parentCode?: string;
  readonly serial?: number;
}

function build(dept: DeptCode, row: Row, code: string, extra: BuildExtra = {}): ApprovalItem {
  const materials = [...baseMaterials(row, row.name), ...row.docs.map(parseDoc), powerOfAttorney()];
  const flowKind = defaultFlow(row);
  const budget = Math.max(0.5, row.calendar ? floorHalf((row.promised * 5) / 7) : row.promised);
  const flow = buildFlow({
    kind: flowKind,
    dept,
    level: row.level,
    budget,
    acceptMaterials: requiredIds(materials),
    reviewMaterials: requiredIds(materials)
      .filter((id) => id.startsWith('doc-'))
      .slice(0, 3),
    decides: row.type !== '行政备案' && row.type !== '公共服务',
  });
  const online =
    row.level === 'village' ? 1 : row.level === 'town' ? 2 : flowKind === 'instant' || flowKind === 'record' ? 4 : 3;
  const agency = agencyOf(row, flowKind);
  return defineItem({
    code,
    dept,
    name: row.name,
    type: row.type,
    ...(extra.handling === undefined ? {} : { handling: extra.handling }),
    ...(extra.parentCode === undefined ? {} : { parentCode: extra.parentCode }),
    ...(extra.serial === undefined ? {} : { serial: extra.serial }),
    level: row.level,
    ...(agency === undefined ? {} : { agency }),
    basis: parseBasis(row.basis),
    conditions: row.cond ?? DEFAULT_CONDITIONS[row.type],
    statutoryDays: row.statutory,
    promisedDays: row.promised,
    ...(row.calendar ? { timeUnit: 'calendar' as const } : {}),
    caseKind: row.promised <= 1 ? '即办件' : '承诺件',
    fee: row.fee ? charged(row.fee[0], row.fee[1], row.fee[2]) : FREE,
    service: {
      objects: row.who === 'P' ? ['自然人'] : row.who === 'C' ? ['法人', '其他组织'] : ['自然人', '法人', '其他组织'],
      onlineDepth: online,
      visits: online === 4 ? 0 : 1,
      result: { name: row.result, type: resultType(row.result) },
    },
    materials,
    form: sharedForm(formKind(row), row.name),
    blocks: flow.blocks,
    ...(flow.decisionAfter === undefined ? {} : { decisionAfter: flow.decisionAfter }),
  });
}

type SubKind = NonNullable<Row['subs']>[number];

const SUB_ITEMS: Readonly<
  Record<
    SubKind,
    { promised: (p: number) => number; docs: readonly string[]; cond: readonly string[]; result?: string }
  >
> = {
  变更: {
    promised: (p) => Math.max(1, floorHalf(p / 2)),
    docs: ['#原许可证件（正、副本）', '变更事项的相关证明材料'],
    cond: ['许可证件在有效期内', '拟变更的事项符合许可条件'],
  },
  延续: {
    promised: (p) => Math.max(1, floorHalf(p * 0.6)),
    docs: ['#原许可证件（正、副本）', '有效期内经营（执业）情况说明'],
    cond: ['在许可有效期届满前规定期限内提出申请', '持续符合许可条件，有效期内无重大违法违规记录'],
  },
  注销: {
    promised: () => 1,
    docs: ['#原许可证件（正、副本）'],
    cond: ['被许可人申请终止许可事项，或许可有效期届满未延续', '无未办结的行政处罚案件'],
    result: '准予注销通知书',
  },
};

/** The items of one table row: the main item and its sub-items, numbered from `serial`. */
export function generateRow(dept: DeptCode, row: Row, serial: number): ApprovalItem[] {
  const code = (n: number): string => `JJ-${dept}-${String(n).padStart(3, '0')}`;
  if (row.parent !== undefined) {
    const sub = row.handling && row.handling in SUB_ITEMS ? SUB_ITEMS[row.handling as SubKind] : undefined;
    const subRow: Row = row.cond === undefined && sub ? { ...row, cond: sub.cond } : row;
    const extra = { parentCode: row.parent, ...(row.handling ? { handling: row.handling } : {}) };
    return [build(dept, subRow, code(serial), extra)];
  }
  const main = build(dept, row, code(serial), row.subs?.length ? { handling: '新设' } : {});
  const stem = row.stem ?? row.name;
  const subs = (row.subs ?? []).map((kind, i) => {
    const sub = SUB_ITEMS[kind];
    const promised = Math.min(row.promised, sub.promised(row.promised));
    const subRow: Row = {
      ...row,
      name: `${stem}（${kind}）`,
      promised,
      docs: sub.docs,
      cond: sub.cond,
      result: sub.result ?? row.result,
      flow: promised <= 1 ? 'instant' : (row.flow ?? defaultFlow({ ...row, promised })),
    };
    return build(dept, subRow, code(serial + i + 1), { handling: kind, parentCode: main.code, serial });
  });
  return [main, ...subs];
}
