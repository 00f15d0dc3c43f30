import { useState } from 'react';
import { api } from '../../api';
import { ActionForm, Field } from '../../components/ActionForm';
import { formatInstant } from '../../format';
import { t } from '../../i18n/i18n';
import type { Evaluation } from './evaluationTypes';

/** A negative evaluation's follow-up: call-backs, rectification, closing. */
export function FollowUp({ evaluation: e, onChanged }: { evaluation: Evaluation; onChanged(): void }) {
  const [text, setText] = useState('');
  const [reached, setReached] = useState(true);
  const post = (action: string, body: Record<string, unknown>) => async () => {
    await api(`/api/evaluations/${encodeURIComponent(e.id)}/${action}`, { method: 'POST', body });
    onChanged();
  };
  const area = (label: string) => (
    <Field label={label}>
      <textarea rows={2} value={text} onChange={(ev) => setText(ev.target.value)} />
    </Field>
  );
  return (
    <section className="gf-signal-detail" data-testid="evaluation-detail">
      <h3>
        {t(e.levelName)} · {e.receiptNumber}
      </h3>
      <p>{e.comment ?? t('（未填写意见）')}</p>
      <p className="gf-muted">
        {e.realName ? `${e.evaluator.name ?? ''} ${e.evaluator.phone ?? ''}` : t('匿名评价')} · {e.itemName}
      </p>
      {e.followUp && (
        <>
          <p className="gf-muted">
            {t('整改期限')} {formatInstant(e.followUp.dueAt)} · {t('已回访 {n} 次', { n: e.followUp.callBacks.length })}
            {e.followUp.rectification ? ` · ${t('整改')}：${e.followUp.rectification.note}` : ''}
          </p>
          {e.followUp.status === 'open' && (
            <>
              <ActionForm
                name="callback"
                submit={t('记录回访')}
                onSubmit={post('callbacks', { reached, applicantSaid: text })}
              >
                <label className="gf-inline">
                  <input type="checkbox" checked={reached} onChange={(ev) => setReached(ev.target.checked)} />
                  {t('已联系上申请人')}
                </label>
                {area(t('回访情况 / 整改说明 / 办结意见'))}
              </ActionForm>
              <ActionForm
                name="rectification"
                submit={t('提交整改情况')}
                onSubmit={post('rectification', { note: text })}
              />
              <ActionForm name="close" submit={t('办结回访整改')} onSubmit={post('close', { opinion: text })} />
            </>
          )}
        </>
      )}
    </section>
  );
}
