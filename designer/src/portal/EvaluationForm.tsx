import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { t } from '../i18n/i18n';

/** The five levels of 好差评 (国办发〔2019〕51号), best first. */
export const EVALUATION_LEVELS: readonly [string, string][] = [
  ['very-satisfied', '非常满意'],
  ['satisfied', '满意'],
  ['basically-satisfied', '基本满意'],
  ['dissatisfied', '不满意'],
  ['very-dissatisfied', '非常不满意'],
];

/** 好差评 with the six-digit code the window's screen shows; a negative review is called back. */
export function EvaluationForm() {
  const [code, setCode] = useState('');
  const [level, setLevel] = useState('');
  const [comment, setComment] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api('/api/public/evaluations', {
        method: 'POST',
        body: { code: code.trim(), level, ...(comment.trim() ? { comment: comment.trim() } : {}), anonymous },
      });
      setDone(true);
    } catch (failure) {
      setError(failure);
    }
  };
  if (done) {
    return (
      <section className="gf-portal-narrow">
        <p className="gf-success" role="status">
          {t('感谢您的评价！差评将在规定时间内回访并整改。')}
        </p>
      </section>
    );
  }
  return (
    <section className="gf-portal-narrow" data-testid="evaluate">
      <h2>{t('政务服务好差评')}</h2>
      <form className="gf-portal-form" onSubmit={(e) => void submit(e)}>
        <label className="gf-field">
          <span>{t('评价码（窗口屏幕上的 6 位数字）')}</span>
          <input name="code" inputMode="numeric" value={code} onChange={(e) => setCode(e.target.value)} />
        </label>
        <fieldset className="gf-levels">
          <legend>{t('您对本次服务的评价')}</legend>
          {EVALUATION_LEVELS.map(([id, name]) => (
            <label key={id} className={level === id ? 'gf-level gf-level-active' : 'gf-level'}>
              <input type="radio" name="level" value={id} checked={level === id} onChange={() => setLevel(id)} />
              {t(name)}
            </label>
          ))}
        </fieldset>
        <label className="gf-field">
          <span>{t('意见或建议（选填，500 字以内）')}</span>
          <textarea
            name="comment"
            rows={3}
            maxLength={500}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </label>
        <label className="gf-inline">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          {t('匿名评价（差评将无法回访）')}
        </label>
        <ErrorNote error={error} />
        <button type="submit">{t('提交评价')}</button>
      </form>
    </section>
  );
}
