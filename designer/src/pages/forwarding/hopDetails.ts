import { formatDeadline } from '../../format.js';
import { t } from '../../i18n/i18n.js';
import type { ApplicationHop } from './applicationTypes.js';

/** What one hop of the path says beyond its action: the facts in words and its documents. */
export interface HopDetails {
  /** Where it happened and who acted, e.g. 「科甲巷社区 · 何芳」. */
  readonly place: string;
  readonly lines: readonly string[];
  readonly links: readonly { readonly label: string; readonly href: string }[];
}

type Data = Readonly<Record<string, unknown>>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const record = (value: unknown): Data => (typeof value === 'object' && value !== null ? (value as Data) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The readable facts of a hop, from the data the server recorded with it (materials named by `materialNames`). */
export function hopDetails(hop: ApplicationHop, materialNames: ReadonlyMap<string, string> = new Map()): HopDetails {
  const d = hop.data;
  const place = [text(d['unitName']), text(d['windowName']), text(d['byName'])].filter(Boolean).join(' · ');
  const lines: string[] = [];
  const links: { label: string; href: string }[] = [];
  const to = record(d['to']);
  if (text(to['unitName'])) {
    lines.push(t('报送至 {unit}', { unit: [text(to['unitName']), text(to['windowName'])].filter(Boolean).join(' ') }));
  }
  const forwardBy = record(d['forwardBy']);
  if (text(forwardBy['dueBy'])) {
    lines.push(t('须于 {date} 前报送上级', { date: formatDeadline(text(forwardBy['dueBy'])) }));
  }
  const notice = record(d['notice']);
  if (text(notice['number'])) {
    const missing = list(notice['missing']).map((m) => text(record(m)['name']));
    lines.push(t('一次性告知书 {number}', { number: text(notice['number']) }));
    if (missing.length > 0) lines.push(t('需补正：{names}', { names: missing.join('、') }));
    links.push({ label: t('打印告知书'), href: text(notice['documentUrl']) });
  }
  for (const r of list(d['rejected'])) {
    const id = text(record(r)['materialId']);
    lines.push(
      t('退回材料 {name}：{reason}', { name: materialNames.get(id) ?? id, reason: text(record(r)['reason']) }),
    );
  }
  const stillMissing = list(d['stillMissing']).map(text).filter(Boolean);
  if (hop.action === 'corrected') {
    lines.push(stillMissing.length ? t('仍缺：{names}', { names: stillMissing.join('、') }) : t('材料已补齐'));
  }
  const decision = record(d['decision']);
  if (text(decision['number'])) {
    lines.push(t('不予受理决定书 {number}', { number: text(decision['number']) }));
    for (const reason of list(decision['reasons'])) lines.push(`· ${text(reason)}`);
    if (text(decision['legalBasis'])) lines.push(t('依据：{basis}', { basis: text(decision['legalBasis']) }));
    links.push({ label: t('打印决定书'), href: text(decision['documentUrl']) });
  }
  if (text(d['receiptNumber'])) lines.push(t('受理编号 {number}', { number: text(d['receiptNumber']) }));
  if (text(d['caseId'])) links.push({ label: t('查看案件'), href: `#/cases/${encodeURIComponent(text(d['caseId']))}` });
  for (const key of ['note', 'notes']) if (text(d[key])) lines.push(t('说明：{note}', { note: text(d[key]) }));
  return { place, lines, links };
}
