import { useState } from 'react';
import { api } from '../../api';
import { ActionForm, Field } from '../../components/ActionForm';
import { ErrorNote } from '../../components/ErrorNote';
import { formatInstant } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import type { Complaint } from './complaintTypes';

/** One complaint with the forms its status allows (accept or refuse, forward, answer, close). */
export function ComplaintDetail({ complaint: c, onChanged }: { complaint: Complaint; onChanged(): void }) {
  const org = useLoad(() => api<{ departments: { id: string; name: string }[] }>('/api/organisation'), 'org');
  const [text, setText] = useState('');
  const [departmentId, setDepartmentId] = useState(c.linkedCase?.departmentId ?? '');
  const [resolution, setResolution] = useState('substantiated');
  const post = (action: string, body: Record<string, unknown>) => async () => {
    await api(`/api/complaints/${encodeURIComponent(c.id)}/${action}`, { method: 'POST', body });
    onChanged();
  };
  const textArea = (label: string) => (
    <Field label={label}>
      <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
    </Field>
  );
  return (
    <section className="gf-signal-detail" data-testid="complaint-detail">
      <h3>
        {c.number} · {c.subject}
      </h3>
      <p>{c.content}</p>
      <p className="gf-muted">
        {t('投诉人')}：{c.complainant.name} {c.complainant.phone}
        {c.about ? ` · ${t('被投诉')}：${c.about}` : ''}
        {c.linkedCase && (
          <>
            {' · '}
            <a href={`#/cases/${encodeURIComponent(c.linkedCase.caseId)}`}>{c.linkedCase.receiptNumber}</a>{' '}
            {c.linkedCase.itemName}
          </>
        )}
      </p>
      <p className="gf-muted">
        {t('受理决定期限')} {formatInstant(c.decideDueAt)}
        {c.answerDueAt ? ` · ${t('答复期限')} ${formatInstant(c.answerDueAt)}` : ''}
        {c.departmentName ? ` · ${t('承办部门')}：${c.departmentName}` : ''}
      </p>
      {c.reply && <p className="gf-success">{c.reply}</p>}
      <ErrorNote error={org.error} />
      {c.status === 'received' && (
        <>
          <ActionForm
            name="accept"
            submit={t('受理')}
            onSubmit={post('accept', text.trim() ? { note: text.trim() } : {})}
          >
            {textArea(t('受理说明（选填）/ 不予受理理由'))}
          </ActionForm>
          <ActionForm
            name="reject"
            danger
            submit={t('不予受理')}
            onSubmit={post('reject', { reasons: text.trim() ? [text.trim()] : [] })}
          />
        </>
      )}
      {c.status === 'accepted' && (
        <ActionForm
          name="forward"
          submit={t('转办')}
          onSubmit={post('forward', { departmentId, ...(text.trim() ? { note: text.trim() } : {}) })}
        >
          <Field label={t('承办部门')} name="departmentId">
            <select value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
              <option value="">{t('请选择…')}</option>
              {(org.data?.departments ?? []).map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </Field>
          {textArea(t('转办说明（选填）'))}
        </ActionForm>
      )}
      {c.status === 'forwarded' && (
        <ActionForm name="answer" submit={t('提交答复')} onSubmit={post('answer', { text })}>
          {textArea(t('部门答复'))}
        </ActionForm>
      )}
      {(c.status === 'answered' || c.status === 'accepted') && (
        <ActionForm name="close" submit={t('办结')} onSubmit={post('close', { resolution, opinion: text })}>
          <Field label={t('调查结论')}>
            <select value={resolution} onChange={(e) => setResolution(e.target.value)}>
              <option value="substantiated">{t('属实')}</option>
              <option value="unsubstantiated">{t('不属实')}</option>
            </select>
          </Field>
          {textArea(t('办结意见（告知投诉人）'))}
        </ActionForm>
      )}
    </section>
  );
}
