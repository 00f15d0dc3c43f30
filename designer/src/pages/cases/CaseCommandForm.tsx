import { useState } from 'react';
import { ActionForm, Field } from '../../components/ActionForm';
import { t } from '../../i18n/i18n';
import type { CaseDetail } from './caseTypes';
import { casePath, command } from './caseRequests';
import { DELIVERY_METHODS, STOP_KINDS, type CaseAction } from './caseActions';

/** The form of one case command, with the fields its request needs. */
export function CommandForm({
  action,
  label,
  detail,
  onDone,
}: {
  action: CaseAction;
  label: string;
  detail: CaseDetail;
  onDone(message: string): void;
}) {
  const [f, setF] = useState<Record<string, string>>({
    kind: 'supplement',
    result: detail.status === 'terminated' || (detail.outcome ?? '').includes('不予') ? 'refused' : 'approved',
    method: DELIVERY_METHODS[0] ?? '',
    recipient: detail.applicantName,
  });
  const set = (name: string) => (e: { target: { value: string } }) => setF({ ...f, [name]: e.target.value });
  const input = (name: string, type = 'text') => (
    <input name={name} type={type} value={f[name] ?? ''} onChange={set(name)} />
  );
  const text = (name: string) => <textarea name={name} rows={2} value={f[name] ?? ''} onChange={set(name)} />;
  const days = (name: string) => (f[name] ? Number(f[name]) : undefined);
  const run = (path: string, body: Record<string, unknown>) => async () => {
    await command(casePath(detail.id, path), body);
    onDone(t('{action}：已完成', { action: label }));
  };
  switch (action) {
    case 'stop':
      return (
        <ActionForm
          name="stop"
          submit={label}
          onSubmit={run('clock/stop', {
            kind: f['kind'],
            reason: f['reason'],
            basis: f['basis'],
            expectedDays: days('expectedDays'),
          })}
        >
          <Field label={t('暂停类型')} name="kind">
            <select name="kind" value={f['kind']} onChange={set('kind')}>
              {Object.entries(STOP_KINDS).map(([kind, name]) => (
                <option key={kind} value={kind}>
                  {t(name)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('暂停理由')} name="reason">
            {text('reason')}
          </Field>
          <Field label={t('法律依据（特别程序）')} name="basis">
            {input('basis')}
          </Field>
          <Field label={t('预计工作日')} name="expectedDays">
            {input('expectedDays', 'number')}
          </Field>
        </ActionForm>
      );
    case 'resume':
      return <ActionForm name="resume" submit={label} onSubmit={run('clock/resume', {})} />;
    case 'extend':
      return (
        <ActionForm
          name="extend"
          submit={label}
          onSubmit={run('extend', { days: days('days'), approver: f['approver'], reason: f['reason'] })}
        >
          <Field label={t('延长工作日')} name="days">
            {input('days', 'number')}
          </Field>
          <Field label={t('批准人（机关负责人）')} name="approver">
            {input('approver')}
          </Field>
          <Field label={t('延期理由（将告知申请人）')} name="reason">
            {text('reason')}
          </Field>
        </ActionForm>
      );
    case 'terminate':
      return (
        <ActionForm
          name="terminate"
          danger
          submit={label}
          onSubmit={run('terminate', { reasons: lines(f['reasons']) })}
        >
          <Field label={t('不予许可理由（每行一条）')} name="reasons">
            {text('reasons')}
          </Field>
        </ActionForm>
      );
    case 'withdraw':
      return (
        <ActionForm name="withdraw" danger submit={label} onSubmit={run('withdraw', { reason: f['reason'] })}>
          <Field label={t('撤回说明')} name="reason">
            {text('reason')}
          </Field>
        </ActionForm>
      );
    case 'conclude':
      return (
        <ActionForm
          name="conclude"
          submit={label}
          onSubmit={run('conclude', {
            result: f['result'],
            certificateNumber: f['certificateNumber'],
            note: f['note'],
            fee: f['fee'] ? Number(f['fee']) : undefined,
          })}
        >
          <Field label={t('办结结果')} name="result">
            <select name="result" value={f['result']} onChange={set('result')}>
              <option value="approved">{t('准予许可')}</option>
              <option value="refused">{t('不予许可')}</option>
            </select>
          </Field>
          <Field label={t('证照编号')} name="certificateNumber">
            {input('certificateNumber')}
          </Field>
          <Field label={t('收费金额（元）')} name="fee">
            {input('fee', 'number')}
          </Field>
          <Field label={t('备注')} name="note">
            {input('note')}
          </Field>
        </ActionForm>
      );
    case 'deliver':
      return (
        <ActionForm
          name="deliver"
          submit={label}
          onSubmit={run('deliver', { method: f['method'], recipient: f['recipient'] })}
        >
          <Field label={t('送达方式')} name="method">
            <select name="method" value={f['method']} onChange={set('method')}>
              {DELIVERY_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(m)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('领取人 / 收件人')} name="recipient">
            {input('recipient')}
          </Field>
        </ActionForm>
      );
  }
}

function lines(value: string | undefined): string[] {
  return (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
