import {
  LEVEL_NAMES,
  renderServiceGuideHtml,
  serviceGuide,
  type ApprovalItem,
  type ServiceGuide,
} from '@govflow/catalog';
import type { CatalogService } from '../services/catalogService.js';

/** What the public may search the catalog by: words of a name, code or department; a department; a level. */
export interface GuideQuery {
  readonly q?: string;
  readonly department?: string;
  readonly level?: string;
}

/** A published item as the public list shows it. */
export interface GuideListEntry {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly department: string;
  readonly agency: string;
  readonly level: string;
  readonly levelText: string;
  readonly caseKind: string;
  readonly promisedDays: number;
  readonly timeUnit: string;
  readonly onlineDepth: number;
  readonly visits: number;
  readonly guideUrl: string;
}

/**
 * The public service guide (办事指南, no login): every published item, searchable, and each item's guide —
 * the six disclosures — as data or as printable HTML. Only what the catalog publishes; nothing of any case.
 */
export class PublicGuide {
  constructor(private readonly catalog: CatalogService) {}

  /** Published items matching every given condition, by code. */
  async search(query: GuideQuery): Promise<GuideListEntry[]> {
    const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const department = query.department?.trim() ?? '';
    const items = await this.catalog.listItems();
    return items
      .filter((item) => words.every((w) => haystack(item).includes(w)))
      .filter((item) => department === '' || item.department.includes(department) || item.agency.includes(department))
      .filter((item) => query.level === undefined || item.level === query.level)
      .map(entry);
  }

  /** One published item's guide as data (404 for an unknown code). */
  async guide(code: string): Promise<ServiceGuide> {
    const item = await this.catalog.getItem(code);
    return serviceGuide(item, await this.catalog.model(item));
  }

  /** One published item's guide as a printable HTML document. */
  async guideHtml(code: string): Promise<string> {
    return renderServiceGuideHtml(await this.guide(code), undefined, { publisher: '政务服务中心' });
  }
}

function haystack(item: ApprovalItem): string {
  return `${item.name} ${item.code} ${item.basicCode} ${item.department} ${item.agency}`.toLowerCase();
}

function entry(item: ApprovalItem): GuideListEntry {
  return {
    code: item.code,
    name: item.name,
    type: item.type,
    department: item.department,
    agency: item.agency,
    level: item.level,
    levelText: LEVEL_NAMES[item.level],
    caseKind: item.caseKind,
    promisedDays: item.promisedDays,
    timeUnit: item.timeUnit,
    onlineDepth: item.service.onlineDepth,
    visits: item.service.visits,
    guideUrl: `/api/public/items/${encodeURIComponent(item.code)}/guide`,
  };
}
