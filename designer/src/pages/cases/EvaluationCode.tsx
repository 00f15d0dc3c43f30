import { useState } from 'react';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { formatInstant } from '../../format';
import { t } from '../../i18n/i18n';

/** The six-digit 好差评 code the window shows the applicant, who enters it on the portal. */
export function EvaluationCode({ caseId }: { caseId: string }) {
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const issue = async () => {
    setError(null);
    try {
      setCode(
        await api<{ code: string; expiresAt: string }>('/api/evaluations/codes', { method: 'POST', body: { caseId } }),
      );
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <span className="gf-eval-code">
      {code ? (
        <span data-testid="evaluation-code">
          {t('评价码')} <strong>{code.code}</strong>
          <small className="gf-muted"> {t('有效至 {at}', { at: formatInstant(code.expiresAt) })}</small>
        </span>
      ) : (
        <button type="button" className="gf-secondary" onClick={() => void issue()}>
          {t('生成好差评评价码')}
        </button>
      )}
      <ErrorNote error={error} />
    </span>
  );
}
