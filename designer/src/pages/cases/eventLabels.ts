import { t } from '../../i18n/i18n';
import type { CaseEventView } from './caseTypes';

const LABELS: Readonly<Record<string, string>> = {
  'case.accepted': '受理立案',
  'case.received': '收件登记',
  'case.completed': '流程办结',
  'case.terminated': '不予许可',
  'case.withdrawn': '申请人撤回',
  'case.concluded': '办结',
  'case.delivered': '送达',
  'case.deemedApproved': '超时默许',
  'clock.started': '开始计时',
  'clock.stopped': '暂停计时',
  'clock.resumed': '恢复计时',
  'clock.extended': '延期',
  'clock.finished': '停止计时',
  'calendar.uncovered': '工作日历未覆盖',
  'task.created': '环节开始',
  'task.claimed': '签收',
  'task.completed': '环节办理完成',
  'task.returned': '退回',
  'task.transferred': '转办',
  'task.cancelled': '环节取消',
  'timer.fired': '计时提醒',
  'scope.started': '子流程开始',
  'scope.completed': '子流程完成',
  'gateway.passed': '流程分支',
  'service.requested': '系统调用',
};

/** The event's name in the current language (the type itself when unknown). */
export function eventLabel(type: string): string {
  const label = LABELS[type];
  return label ? t(label) : type;
}

/** One line of what the event says: the step, the opinion, the reason, the deadline… */
export function eventSummary(event: CaseEventView): string {
  const d = event.data;
  const parts: string[] = [];
  const text = (key: string) => (typeof d[key] === 'string' && d[key] !== '' ? (d[key] as string) : undefined);
  const name = text('name') ?? text('label');
  if (name) parts.push(name);
  const opinion = text('opinion');
  if (opinion) parts.push(`${t('意见')}：${opinion}`);
  const reason = text('reason');
  if (reason) parts.push(`${t('理由')}：${reason}`);
  if (Array.isArray(d['reasons'])) parts.push(`${t('理由')}：${(d['reasons'] as string[]).join('；')}`);
  const certificate = text('certificateNumber');
  if (certificate) parts.push(`${t('证照编号')}：${certificate}`);
  const recipient = text('recipient');
  if (recipient) parts.push(`${text('method') ?? ''} ${recipient}`.trim());
  if (typeof d['days'] === 'number') parts.push(t('{n} 个工作日', { n: d['days'] as number }));
  const kind = text('kind');
  if (event.type === 'timer.fired' && kind) {
    parts.push(`${d['target'] === 'task' ? t('环节') : t('案件')} ${t(TIMER_KINDS[kind] ?? kind)}`);
  }
  return parts.join(' · ');
}

/** What a fired timer means (light thresholds and ladder rungs). */
const TIMER_KINDS: Readonly<Record<string, string>> = {
  yellow: '亮黄灯',
  red: '亮红灯',
  due: '到期',
  warning: '临期预警',
  supervision: '督办期满',
  deemed: '超时默许',
  boundary: '边界定时器',
  catch: '定时等待结束',
};
