import { useState } from 'react';
import { ActionForm, Field } from '../../components/ActionForm';
import { ErrorNote } from '../../components/ErrorNote';
import { LightDot } from '../../components/LightDot';
import { formatDeadline } from '../../format';
import { t } from '../../i18n/i18n';
import type { User } from '../../types';
import type { CaseDetail, OpenTask } from './caseTypes';
import { command, taskPath } from './caseRequests';

type TaskAction = 'complete' | 'return' | 'transfer';

/**
 * The commands on one open step: 签收, 办理完成 with opinion (and 不予通过 where the model branches on it),
 * 退回 to an earlier step with a reason, 转办 to a person or a post.
 */
export function TaskActions({
  detail,
  task,
  light,
  user,
  groups,
  onDone,
}: {
  detail: CaseDetail;
  task: OpenTask;
  /** The step's light; absent until the case's lights are read (it is not assumed green). */
  light: string | undefined;
  user: User;
  groups: readonly string[];
  onDone(message: string): void;
}) {
  const eligible = mayWork(task, user) || user.role === 'administrator';
  const [open, setOpen] = useState<TaskAction | null>(mayWork(task, user) ? 'complete' : null);
  const [opinion, setOpinion] = useState('');
  const [outcome, setOutcome] = useState('');
  const [returnTo, setReturnTo] = useState('');
  const [reason, setReason] = useState('');
  const [assignee, setAssignee] = useState('');
  const [group, setGroup] = useState('');
  const [claimError, setClaimError] = useState<unknown>(null);
  const claim = async () => {
    setClaimError(null);
    try {
      await command(path('claim'));
      onDone(t('已签收'));
    } catch (error) {
      setClaimError(error);
    }
  };
  const earlier = earlierSteps(detail, task.el);
  const path = (action: string) => taskPath(detail.id, task.id, action);
  const tab = (action: TaskAction, label: string) => (
    <button
      type="button"
      className={open === action ? 'gf-tab gf-tab-active' : 'gf-tab'}
      onClick={() => setOpen(open === action ? null : action)}
    >
      {label}
    </button>
  );
  return (
    <div className="gf-task-card" data-task-element={task.el}>
      <div className="gf-task-head">
        {light && <LightDot light={light} />}
        <strong>{task.name}</strong>
        <span className="gf-muted">
          {t('环节期限')} {formatDeadline(task.dueAt ?? null)}
          {task.claimedBy ? ` · ${t('已签收')}：${task.claimedBy}` : ''}
        </span>
        {eligible && !task.claimedBy && (task.candidateGroups?.length ?? 0) > 0 && (
          <button type="button" className="gf-secondary" onClick={() => void claim()}>
            {t('签收')}
          </button>
        )}
      </div>
      <ErrorNote error={claimError} />
      {!eligible && (
        <p className="gf-muted gf-small">
          {t('由 {who} 办理', { who: task.assignee ?? task.claimedBy ?? (task.candidateGroups ?? []).join('、') })}
        </p>
      )}
      {eligible && (
        <div className="gf-tabs">
          {tab('complete', t('办理完成'))}
          {tab('return', t('退回'))}
          {tab('transfer', t('转办'))}
        </div>
      )}
      {open === 'complete' && (
        <ActionForm
          name="complete"
          submit={t('提交办理意见')}
          onSubmit={async () => {
            await command(path('complete'), {
              opinion,
              outcome,
              verifiedMaterials: detail.materials.map((m) => m.id),
            });
            onDone(t('「{step}」已办理完成', { step: task.name }));
          }}
        >
          <Field label={t('办理意见')} name="opinion">
            <textarea name="opinion" rows={2} value={opinion} onChange={(e) => setOpinion(e.target.value)} />
          </Field>
          <Field label={t('办理结果')} name="outcome">
            <select name="outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
              <option value="">{t('同意（进入下一环节）')}</option>
              <option value="reject">{t('不同意（不予许可）')}</option>
            </select>
          </Field>
        </ActionForm>
      )}
      {open === 'return' && (
        <ActionForm
          name="return"
          submit={t('退回')}
          onSubmit={async () => {
            await command(path('return'), { to: returnTo, reason });
            onDone(t('已退回'));
          }}
        >
          <Field label={t('退回到')} name="to">
            <select name="to" value={returnTo} onChange={(e) => setReturnTo(e.target.value)}>
              <option value="">{t('请选择前序环节…')}</option>
              {earlier.map((step) => (
                <option key={step.id} value={step.id}>
                  {step.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('退回理由')} name="reason">
            <textarea name="reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        </ActionForm>
      )}
      {open === 'transfer' && (
        <ActionForm
          name="transfer"
          submit={t('转办')}
          onSubmit={async () => {
            await command(path('transfer'), {
              ...(assignee.trim() ? { assignee } : { candidateGroups: group ? [group] : [] }),
              reason,
            });
            onDone(t('已转办'));
          }}
        >
          <Field label={t('转给岗位')} name="candidateGroups">
            <select name="group" value={group} onChange={(e) => setGroup(e.target.value)}>
              <option value="">{t('请选择岗位…')}</option>
              {groups.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('或转给个人（用户编号）')} name="assignee">
            <input
              name="assignee"
              value={assignee}
              onChange={(e) => setAssignee(e.target.value)}
              placeholder="u-reviewer"
            />
          </Field>
          <Field label={t('转办说明')} name="reason">
            <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        </ActionForm>
      )}
    </div>
  );
}

/** Whether the user looks eligible (the server decides; this only chooses what to offer). */
export function mayWork(task: OpenTask, user: User): boolean {
  if (task.claimedBy) return task.claimedBy === user.id;
  if (task.assignee) return task.assignee === user.id;
  return (task.candidateGroups ?? []).some((g) => user.groups.includes(g));
}

/** The steps completed before, newest first, once each (where a step can be returned to). */
function earlierSteps(detail: CaseDetail, current: string): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const event of [...detail.events].reverse()) {
    if (event.type !== 'task.completed') continue;
    const id = String(event.data['elementId'] ?? '');
    if (id && id !== current && !seen.has(id)) seen.set(id, String(event.data['name'] ?? id));
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}
