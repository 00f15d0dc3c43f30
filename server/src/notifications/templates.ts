import type { CaseEvent } from '@govflow/engine';

/** What a template needs besides the event: the case as the applicant knows it. */
export interface TemplateContext {
  readonly receiptNumber: string;
  readonly itemName: string;
  readonly applicantName: string;
  /** The progress-query code (查询码) issued at acceptance; told only in the acceptance notice. */
  readonly verificationCode?: string;
}

/** A rendered notification: its template code and its Chinese text. */
export interface RenderedNotice {
  readonly template: string;
  readonly text: string;
}

type Render = (event: CaseEvent, context: TemplateContext, batch: readonly CaseEvent[]) => string;

/**
 * The applicant-facing texts, one per event the applicant must hear of: acceptance, every notice about
 * the legal clock (补正, special procedures, resumption, extension), completion, refusal and withdrawal.
 */
const TEMPLATES: Readonly<Record<string, Render>> = {
  'case.accepted': (_event, c, batch) => {
    // A deemed acceptance (Art. 32) replays its supplement stops: the promise is the latest one in the batch.
    const clock = batch.findLast((e) => e.type === 'clock.started' || e.type === 'clock.resumed')?.data;
    const due = text(clock?.['promisedDueAt']);
    const started = batch.find((e) => e.type === 'clock.started')?.data;
    const promise = due
      ? `，承诺 ${String(started?.['promisedDays'])} 个${unitName(started?.['unit'])}内办结（期限至 ${chinaDeadline(due)}）`
      : '';
    return `${c.applicantName}您好，您申请的「${c.itemName}」已受理，受理编号 ${c.receiptNumber}${promise}。${
      c.verificationCode
        ? `查询码 ${c.verificationCode}，可凭受理编号和查询码查询办理进度。`
        : '可凭受理编号查询办理进度。'
    }`;
  },
  'clock.stopped': (event, c) => {
    const reason = text(event.data['reason']);
    const expected = event.data['expectedDays'];
    if (event.data['kind'] === 'supplement') {
      return `${c.applicantName}您好，您申请的「${c.itemName}」（受理编号 ${c.receiptNumber}）需要补正材料：${reason}。补正期间暂停计时，请尽快按告知要求提交。`;
    }
    const label = text(event.data['label']) || '特别程序';
    const basis = text(event.data['basis']);
    return (
      `${c.applicantName}您好，您申请的「${c.itemName}」（受理编号 ${c.receiptNumber}）依法进入${label}程序，暂停计时` +
      `${typeof expected === 'number' ? `，预计 ${expected} 个工作日` : ''}。理由：${reason}${basis ? `；依据：${basis}` : ''}。` +
      '所需时间不计入办理时限。'
    );
  },
  'clock.resumed': (event, c) =>
    `${c.applicantName}您好，您申请的「${c.itemName}」（受理编号 ${c.receiptNumber}）已恢复计时，承诺办结期限顺延至 ${chinaDeadline(text(event.data['promisedDueAt']))}。`,
  'clock.extended': (event, c) =>
    `${c.applicantName}您好，您申请的「${c.itemName}」（受理编号 ${c.receiptNumber}）经批准延长办理期限 ${String(event.data['days'])} 个工作日，理由：${text(event.data['reason'])}，承诺办结期限调整为 ${chinaDeadline(text(event.data['promisedDueAt']))}。`,
  'case.completed': (event, c) =>
    `${c.applicantName}您好，您申请的「${c.itemName}」（受理编号 ${c.receiptNumber}）已办理完毕，结果：${text(event.data['outcome']) || '办结'}。请按告知的方式领取结果或等待送达。`,
  // The server's 办结 record (result and certificate number), when a service writes its notice.
  'case.concluded': (event, c) => {
    const certificate = text(event.data['certificateNumber']);
    const deliverBy = text(event.data['deliverBy']);
    return (
      `${c.applicantName}您好，您申请的「${c.itemName}」（受理编号 ${c.receiptNumber}）已办结，结果：${text(event.data['resultLabel']) || '办结'}` +
      `${certificate ? `，证照编号 ${certificate}` : ''}。${deliverBy ? `最迟于 ${chinaDeadline(deliverBy)}送达，` : ''}请按告知的方式领取。`
    );
  },
  'case.terminated': (event, c) => {
    const reasons = Array.isArray(event.data['reasons']) ? event.data['reasons'].map(text).join('；') : '';
    return `${c.applicantName}您好，您申请的「${c.itemName}」（受理编号 ${c.receiptNumber}）经审查作出不予许可决定，理由：${reasons}。如不服，可依法申请行政复议或者提起行政诉讼。`;
  },
  // Overtime-default approval (超时默许): the promised limit ran out undecided; the certificate is issued at once.
  'case.deemedApproved': (_event, c) =>
    `${c.applicantName}您好，您申请的「${c.itemName}」（受理编号 ${c.receiptNumber}）在承诺时限内未作出决定，依超时默许制度视为准予许可，正在为您制证，请留意领取通知。`,
  'case.withdrawn': (_event, c) =>
    `${c.applicantName}您好，您申请的「${c.itemName}」（受理编号 ${c.receiptNumber}）已按您的申请撤回，本次办理终止。`,
};

/** Renders the applicant's notice of one event, or undefined when the applicant is not told of it. */
export function renderNotice(
  event: CaseEvent,
  context: TemplateContext,
  batch: readonly CaseEvent[],
): RenderedNotice | undefined {
  const type: string = event.type;
  const render = Object.hasOwn(TEMPLATES, type) ? TEMPLATES[type] : undefined;
  return render ? { template: type, text: render(event, context, batch) } : undefined;
}

/**
 * A deadline as the applicant reads it, in China time: an instant at midnight is the end of the day
 * before (`…T00:00+08:00` → `2026年3月11日`), a half day keeps its hour (`2026年3月11日12时`).
 */
export function chinaDeadline(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const local = new Date(ms + 8 * 3_600_000);
  const midnight = local.getUTCHours() === 0 && local.getUTCMinutes() === 0;
  const day = new Date(midnight ? local.getTime() - 1 : local.getTime());
  const date = `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
  return midnight
    ? date
    : `${date}${local.getUTCHours()}时${local.getUTCMinutes() ? `${local.getUTCMinutes()}分` : ''}`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function unitName(unit: unknown): string {
  return unit === 'calendar' ? '自然日' : '工作日';
}
