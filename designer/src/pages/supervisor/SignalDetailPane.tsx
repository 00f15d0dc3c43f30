import { useState } from 'react';
import { api } from '../../api';
import { ActionForm, Field } from '../../components/ActionForm';
import { ErrorNote } from '../../components/ErrorNote';
import { formatInstant } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import type { User } from '../../types';
import { signalText, type SignalDetail } from './signalTypes';

/** One signal: facts, history with its chain check, and the answer / appeal / close forms that fit. */
export function SignalDetailPane({ id, user, onChanged }: { id: string; user: User; onChanged(): void }) {
  const detail = useLoad(() => api<SignalDetail>(`/api/supervision/signals/${encodeURIComponent(id)}`), id);
  const [text, setText] = useState('');
  const [kind, setKind] = useState('explanation');
  const [resolution, setResolution] = useState('upheld');
  const [appeal, setAppeal] = useState('');
  const d = detail.data;
  if (!d)
    return (
      <section>
        {detail.error ? <ErrorNote error={detail.error} /> : <p className="gf-loading">{t('正在加载…')}</p>}
      </section>
    );
  const s = d.signal;
  const post = (action: string, body: Record<string, unknown>) => async () => {
    await api(`/api/supervision/signals/${encodeURIComponent(id)}/${action}`, { method: 'POST', body });
    onChanged();
  };
  const supervisor = user.role === 'supervisor' || user.role === 'administrator';
  return (
    <section className="gf-signal-detail" data-testid="signal-detail">
      <h3>
        <span className={`gf-card gf-card-${s.level}`}>{signalText.level(s.level)}</span> {signalText.kind(s.kind)}
      </h3>
      <p>{s.summary}</p>
      <p className="gf-muted">
        <a href={`#/cases/${encodeURIComponent(s.caseId)}`}>{s.receiptNumber}</a> · {s.itemName}
        {s.stepName ? ` · ${s.stepName}` : ''} · {s.departmentName}
        {s.answerDueAt ? ` · ${t('答复期限')} ${formatInstant(s.answerDueAt)}` : ''}
      </p>
      {s.level === 'red' && (
        <a href={`/api/supervision/signals/${encodeURIComponent(id)}/letter`} target="_blank" rel="noreferrer">
          {t('打印监察建议书')}
        </a>
      )}
      <p className={d.evidence.verified ? 'gf-evidence gf-evidence-ok' : 'gf-evidence gf-evidence-bad'}>
        {d.evidence.verified
          ? t('记录链校验通过（{n} 条，{algorithm}）', {
              n: d.evidence.count,
              algorithm: d.evidence.algorithm.toUpperCase(),
            })
          : t('记录链校验未通过：第 {seq} 条', { seq: d.evidence.brokenAt?.seq ?? '?' })}
      </p>
      <ol className="gf-timeline">
        {d.history.map((entry) => (
          <li key={entry.seq}>
            <span className="gf-time">{formatInstant(entry.at)}</span> <strong>{signalText.entry(entry.type)}</strong>
            <div className="gf-event-text">
              {String(entry.data['text'] ?? entry.data['reason'] ?? entry.data['opinion'] ?? '')}
            </div>
          </li>
        ))}
      </ol>
      {s.status === 'open' && !supervisor && (
        <ActionForm name="answer" submit={t('提交答复')} onSubmit={post('answer', { kind, text })}>
          <Field label={t('答复类型')} name="kind">
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="explanation">{t('情况说明')}</option>
              <option value="rectification">{t('整改报告')}</option>
            </select>
          </Field>
          <Field label={t('答复内容')} name="text">
            <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
        </ActionForm>
      )}
      {s.status !== 'closed' && s.status !== 'appealed' && !supervisor && (
        <ActionForm name="appeal" submit={t('申诉')} onSubmit={post('appeal', { reason: appeal })}>
          <Field label={t('申诉理由')} name="reason">
            <textarea rows={2} value={appeal} onChange={(e) => setAppeal(e.target.value)} />
          </Field>
        </ActionForm>
      )}
      {s.status !== 'closed' && supervisor && (
        <ActionForm name="close" submit={t('办结信号')} onSubmit={post('close', { resolution, opinion: text })}>
          <Field label={t('结论')} name="resolution">
            <select value={resolution} onChange={(e) => setResolution(e.target.value)}>
              <option value="upheld">{t('维持')}</option>
              <option value="revoked">{t('撤销')}</option>
            </select>
          </Field>
          <Field label={t('监察意见')} name="opinion">
            <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
        </ActionForm>
      )}
    </section>
  );
}
