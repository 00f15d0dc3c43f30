import { useState } from 'react';
import { t } from '../../i18n/i18n';
import type { CaseDetail } from './caseTypes';
import { CommandForm } from './CaseCommandForm';
import type { CaseAction } from './caseActions';

export { STOP_KINDS } from './caseActions';

/** The commands on the whole case that fit its state: clock, extension, refusal, withdrawal, 办结, 送达. */
export function CaseCommands({
  detail,
  handler,
  onDone,
}: {
  detail: CaseDetail;
  /** Whether the user handles the case now (the clock, extension and refusal are the handler's). */
  handler: boolean;
  onDone(message: string): void;
}) {
  const running = detail.status === 'running' && handler;
  const finished = detail.status === 'completed' || detail.status === 'terminated';
  const offered: CaseAction[] = running
    ? [detail.clock === 'stopped' ? 'resume' : 'stop', 'extend', 'terminate', 'withdraw']
    : finished && !detail.conclusion
      ? ['conclude']
      : detail.conclusion && !detail.delivery
        ? ['deliver']
        : [];
  const [open, setOpen] = useState<CaseAction | null>(null);
  if (offered.length === 0) return null;
  const labels: Record<CaseAction, string> = {
    stop: t('暂停计时'),
    resume: t('恢复计时'),
    extend: t('延期'),
    terminate: t('不予许可'),
    withdraw: t('撤回申请'),
    conclude: t('办结'),
    deliver: t('送达'),
  };
  return (
    <section className="gf-case-commands" data-testid="case-commands">
      <h3>{t('案件操作')}</h3>
      <div className="gf-tabs">
        {offered.map((action) => (
          <button
            key={action}
            type="button"
            data-open={action}
            className={open === action ? 'gf-tab gf-tab-active' : 'gf-tab'}
            onClick={() => setOpen(open === action ? null : action)}
          >
            {labels[action]}
          </button>
        ))}
      </div>
      {open && offered.includes(open) && (
        <CommandForm key={open} action={open} label={labels[open]} detail={detail} onDone={onDone} />
      )}
    </section>
  );
}
