import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { LightDot } from '../components/LightDot';
import { t } from '../i18n/i18n';

/** `POST /api/public/progress`: where a case stands, nothing personal. */
interface Progress {
  receiptNumber: string;
  statusText: string;
  currentSteps: string[];
  promisedDate: string;
  light: string;
}

/** Progress query (办件进度查询) by receipt number and the code given at acceptance. */
export function ProgressQueryForm() {
  const [receiptNumber, setReceipt] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [answer, setAnswer] = useState<Progress | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setAnswer(null);
    try {
      setAnswer(
        await api<Progress>('/api/public/progress', {
          method: 'POST',
          body: { receiptNumber: receiptNumber.trim(), code: code.trim() },
        }),
      );
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <section className="gf-portal-narrow" data-testid="progress">
      <h2>{t('办件进度查询')}</h2>
      <form className="gf-portal-form" onSubmit={(e) => void submit(e)}>
        <label className="gf-field">
          <span>{t('受理编号')}</span>
          <input
            name="receiptNumber"
            value={receiptNumber}
            onChange={(e) => setReceipt(e.target.value)}
            placeholder="SL20260921-0001"
          />
        </label>
        <label className="gf-field">
          <span>{t('查询码')}</span>
          <input name="code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" />
        </label>
        <p className="gf-muted gf-small">{t('查询码印在受理通知书上，也会通过短信告知。')}</p>
        <ErrorNote error={error} />
        <button type="submit">{t('查询')}</button>
      </form>
      {answer && (
        <dl className="gf-progress-answer" data-testid="progress-answer">
          <dt>{t('受理编号')}</dt>
          <dd>{answer.receiptNumber}</dd>
          <dt>{t('办理状态')}</dt>
          <dd>
            {answer.statusText} <LightDot light={answer.light} />
          </dd>
          <dt>{t('当前环节')}</dt>
          <dd>{answer.currentSteps.join('、') || '—'}</dd>
          <dt>{t('承诺办结日期')}</dt>
          <dd>{answer.promisedDate}</dd>
        </dl>
      )}
    </section>
  );
}
