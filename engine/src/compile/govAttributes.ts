import type { ModdleElement } from 'bpmn-moddle';
import { ORG_LEVELS, STEP_KINDS, type OrgLevel, type StepKind } from '../model/types.js';
import type { ProblemList } from './problems.js';

/** Reads and validates the `gov:` attributes of one element; each bad value is a problem. */
export class GovAttributeReader {
  constructor(
    private readonly element: ModdleElement,
    private readonly problems: ProblemList,
  ) {}

  /** A free-text attribute, trimmed; undefined when absent or blank. */
  text(name: string): string | undefined {
    const value = this.element.get(`gov:${name}`);
    if (typeof value !== 'string') return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  /** A number of days: positive and a multiple of 0.5. */
  days(name: string): number | undefined {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || !(value > 0) || !Number.isInteger(value * 2) || value > 3650) {
      this.fail(name, raw, '应为大于 0 且为 0.5 整数倍的工作日数', 'must be a positive multiple of 0.5 days');
      return undefined;
    }
    return value;
  }

  /** A non-negative number of days (thresholds): a multiple of 0.5, zero allowed. */
  daysLeft(name: string): number | undefined {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isInteger(value * 2)) {
      this.fail(name, raw, '应为 0 或 0.5 整数倍的工作日数', 'must be zero or a multiple of 0.5 days');
      return undefined;
    }
    return value;
  }

  /** `true` or `false`; anything else is a problem. */
  flag(name: string): boolean {
    const raw = this.text(name);
    if (raw === undefined || raw === 'false') return false;
    if (raw === 'true') return true;
    this.fail(name, raw, '只能是 true 或 false', 'must be true or false');
    return false;
  }

  /** A comma-separated list of ids. */
  list(name: string): string[] {
    const raw = this.text(name);
    if (raw === undefined) return [];
    const items = raw.split(',').map((item) => item.trim());
    if (items.some((item) => !/^[\w.\-\u4e00-\u9fff]+$/.test(item))) {
      this.fail(name, raw, '应为以逗号分隔的编号列表', 'must be a comma-separated list of ids');
      return [];
    }
    return [...new Set(items)];
  }

  /** The step kind (环节类型). */
  stepKind(): StepKind | undefined {
    return this.oneOf('stepKind', STEP_KINDS);
  }

  /** The organisation level. */
  orgLevel(): OrgLevel | undefined {
    return this.oneOf('orgLevel', ORG_LEVELS);
  }

  /** A value from a fixed list. */
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.fail(name, raw, `只能是 ${allowed.join('、')} 之一`, `must be one of ${allowed.join(', ')}`);
    return undefined;
  }

  private fail(name: string, raw: string, why: string, whyEn: string): void {
    this.problems.error(
      ownerId(this.element),
      'gov-attribute-value',
      `属性 gov:${name} 的值「${raw}」无效：${why}`,
      `gov:${name}="${raw}" is invalid: it ${whyEn}`,
    );
  }
}

/** The id of the element or of its nearest ancestor with one (a timer definition has none of its own). */
export function ownerId(element: ModdleElement | undefined): string {
  for (let current = element; current; current = current.$parent) {
    if (typeof current.id === 'string' && current.id !== '') return current.id;
  }
  return '';
}
