/**
 * Processes of the generated items: a handful of step plans (district review and decision, on-site
 * inspection, expert review, filing, street handling, village intake forwarded upward, publicity) and
 * the split of the promised limit over their steps, so that the critical path always fits.
 */
import type { ItemLevel } from '../../item.js';
import { floorHalf } from '../center.js';
import {
  cityGroups,
  districtGroups,
  TOWN_GROUPS,
  VILLAGE_AGENT,
  type DeptCode,
  type DeptGroups,
} from '../departments.js';
import type { StepSpec } from '../processBuilder.js';
import { step } from '../steps.js';
import type { FlowKind } from './row.js';

type Kind = NonNullable<StepSpec['kind']>;

interface PlannedStep {
  readonly id: string;
  readonly name: string;
  readonly kind: Kind;
  readonly groups: string;
  readonly level?: ItemLevel;
  /** Share of the limit. */
  readonly weight: number;
  /** Dropped first when the limit is too short for every step. */
  readonly optional?: boolean;
}

/** A built process: its steps and whether it ends in an approve / refuse decision. */
export interface Flow {
  readonly blocks: readonly StepSpec[];
  readonly decisionAfter?: string;
}

/** What a flow needs to know about its item. */
export interface FlowInput {
  readonly kind: FlowKind;
  readonly dept: DeptCode;
  readonly level: ItemLevel;
  /** Working days the steps may take in total. */
  readonly budget: number;
  /** Materials the acceptance step checks and those the review step looks at. */
  readonly acceptMaterials: readonly string[];
  readonly reviewMaterials: readonly string[];
  /** Whether the decision can refuse (licences, confirmations, benefits). */
  readonly decides: boolean;
}

function plan(kind: FlowKind, g: DeptGroups, level: ItemLevel, decides: boolean): PlannedStep[] {
  const own = level === 'city' ? 'city' : 'district';
  const closing = decides ? '审批' : '办结';
  const accept = { id: 'accept', name: '受理', kind: '受理', groups: g.window, weight: 1 } as const;
  const review = { id: 'review', name: '审查', kind: '审查', groups: g.review, weight: 4 } as const;
  const check = { id: 'check', name: '审核', kind: '审核', groups: g.review, weight: 2, optional: true } as const;
  const decide = {
    id: 'decide',
    name: decides ? '审批决定' : '审核办结',
    kind: '决定',
    groups: g.lead,
    weight: 1.5,
  } as const;
  const deliver = {
    id: 'deliver',
    name: '制证送达',
    kind: '送达',
    groups: g.window,
    weight: 1,
    optional: true,
  } as const;
  const town = TOWN_GROUPS;
  const villageAccept = {
    id: 'accept',
    name: '村（社区）代办受理',
    kind: '受理',
    groups: VILLAGE_AGENT,
    level: 'village',
    weight: 1,
  } as const;
  const villageDeliver = {
    id: 'deliver',
    name: '告知结果',
    kind: '送达',
    groups: VILLAGE_AGENT,
    level: 'village',
    weight: 1,
    optional: true,
  } as const;
  const districtReview = {
    id: 'district-review',
    name: '区级审核',
    kind: '审核',
    groups: g.review,
    level: own,
    weight: 3,
  } as const;
  const districtDecide = { ...decide, name: `区级${closing}`, level: own } as const;
  switch (kind) {
    case 'instant':
      if (level === 'town') return [{ ...accept, name: '受理并当场办结', kind: '决定', groups: town.window, level }];
      if (level === 'village') return [{ ...villageAccept, name: '代办受理并当场办结', kind: '决定' }];
      return [{ ...accept, name: '受理并当场办结', kind: '决定' }];
    case 'std':
      return [accept, review, check, decide, deliver];
    case 'inspect':
      return [
        accept,
        review,
        { id: 'inspect', name: '现场核查', kind: '踏勘', groups: g.review, weight: 3 },
        decide,
        deliver,
      ];
    case 'expert':
      return [
        accept,
        review,
        { id: 'expert', name: '技术审查（专家评审）', kind: '审查', groups: `${g.review}-experts`, weight: 4 },
        check,
        decide,
        deliver,
      ];
    case 'hearing':
      return [
        accept,
        { ...review, name: '立案审查', weight: 2 },
        { id: 'hearing', name: '开庭审理（听证）', kind: '听证', groups: g.review, weight: 4 },
        { ...check, name: '合议', optional: false },
        { ...decide, name: '作出裁决（处理决定）' },
        { ...deliver, name: '送达文书' },
      ];
    case 'mediation':
      return [
        { ...villageAccept, name: '受理登记', groups: 'village-mediation' },
        { id: 'survey', name: '调查了解', kind: '踏勘', groups: 'village-mediation', level: 'village', weight: 3 },
        { id: 'mediate', name: '组织调解', kind: '其他', groups: 'village-mediation', level: 'village', weight: 4 },
        { ...decide, name: '制作调解协议书', groups: 'village-mediation', level: 'village', weight: 1 },
      ];
    case 'record':
      return [accept, { ...review, name: '备案审查' }, { ...decide, name: '备案确认', weight: 1 }];
    case 'town':
      return [
        { ...accept, name: '街道受理', groups: town.window, level: 'town' },
        { ...review, name: '街道审核', groups: town.review, level: 'town' },
        { ...decide, name: `街道${closing}`, groups: town.lead, level: 'town' },
        { ...deliver, name: '办结送达', groups: town.window, level: 'town' },
      ];
    case 'townUp':
      return [
        { ...accept, name: '街道受理', groups: town.window, level: 'town' },
        { ...review, name: '街道初审', groups: town.review, level: 'town', weight: 2 },
        districtReview,
        districtDecide,
        { ...deliver, name: '街道送达', groups: town.window, level: 'town' },
      ];
    case 'village':
      return [
        villageAccept,
        { ...review, name: '街道审核', groups: town.review, level: 'town' },
        { ...decide, name: `街道${closing}`, groups: town.lead, level: 'town' },
        villageDeliver,
      ];
    case 'villageUp':
      return [
        villageAccept,
        { ...review, name: '街道初审', groups: town.review, level: 'town', weight: 2 },
        districtReview,
        districtDecide,
        villageDeliver,
      ];
    case 'villagePublic':
      return [
        villageAccept,
        { id: 'survey', name: '入户调查', kind: '踏勘', groups: town.review, level: 'town', weight: 3 },
        { id: 'publicity', name: '村（社区）公示', kind: '公示', groups: VILLAGE_AGENT, level: 'village', weight: 3 },
        { ...review, name: '街道审核', groups: town.review, level: 'town', weight: 2 },
        districtDecide,
        villageDeliver,
      ];
  }
}

/** Splits the budget over the steps by weight in half days, each at least half a day, never more than the budget. */
export function splitDays(budget: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const days = weights.map((w) => Math.max(0.5, floorHalf((budget * w) / total)));
  let sum = days.reduce((a, b) => a + b, 0);
  while (sum > budget) {
    const largest = days.indexOf(Math.max(...days));
    if ((days[largest] ?? 0) <= 0.5) break;
    days[largest] = (days[largest] ?? 0) - 0.5;
    sum -= 0.5;
  }
  const heaviest = weights.indexOf(Math.max(...weights));
  days[heaviest] = (days[heaviest] ?? 0) + (budget - sum);
  return days;
}

/** Builds a generated item's process. */
export function buildFlow(input: FlowInput): Flow {
  const groups = input.level === 'city' ? cityGroups(input.dept) : districtGroups(input.dept);
  let steps = plan(input.budget < 1 ? 'instant' : input.kind, groups, input.level, input.decides);
  while (steps.length * 0.5 > input.budget && steps.some((s) => s.optional)) {
    const index = steps.findIndex((s) => s.optional);
    steps = steps.filter((_, i) => i !== index);
  }
  if (steps.length * 0.5 > input.budget) steps = plan('instant', groups, input.level, input.decides);
  const days = splitDays(
    input.budget,
    steps.map((s) => s.weight),
  );
  const blocks = steps.map((s, i) =>
    step(s.id, s.name, days[i] ?? 0.5, s.groups, s.kind, {
      ...(s.id === 'accept' ? { materials: input.acceptMaterials } : {}),
      ...(s.id === 'review' ? { materials: input.reviewMaterials } : {}),
      ...(s.id === 'accept' && steps.length === 1 ? { signOff: true } : {}),
      ...(s.level === undefined ? {} : { level: s.level }),
    }),
  );
  const decides = input.decides && steps.some((s) => s.id === 'decide');
  return decides ? { blocks, decisionAfter: 'decide' } : { blocks };
}
