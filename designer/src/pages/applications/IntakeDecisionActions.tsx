import type { ReceivedMaterials } from '@govflow/forms/react';
import { useState } from 'react';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { t } from '../../i18n/i18n';

/** An issued intake decision as the server presents it (number and printable document). */
interface IssuedDecision {
  readonly number: string;
  readonly documentUrl: string;
}

/** What the intake form holds when the clerk cannot accept: the item, the form and the materials received. */
export interface IntakeDecisionInput {
  readonly itemCode: string;
  readonly formData: Record<string, unknown>;
  readonly received: ReceivedMaterials;
}

/**
 * The alternatives to acceptance while materials are missing: the one-time notice (一次性告知书) and the
 * refusal to accept (不予受理, reasons required); each shows its number and a link to print it.
 */
export function IntakeDecisionActions({ input }: { input: IntakeDecisionInput }) {
  const [issued, setIssued] = useState<{ kind: string; decision: IssuedDecision } | null>(null);
  const [noticeError, setNoticeError] = useState<unknown>(null);
  const [refusalError, setRefusalError] = useState<unknown>(null);
  const [reasons, setReasons] = useState('');
  const base = {
    itemCode: input.itemCode,
    formData: input.formData,
    applicantName: String(input.formData['applicantName'] ?? input.formData['companyName'] ?? '申请人'),
    materials: Object.entries(input.received).map(([id, m]) => ({ id, originals: m.originals, copies: m.copies })),
  };
  const issue = async (kind: string, path: string, body: Record<string, unknown>, fail: (e: unknown) => void) => {
    setNoticeError(null);
    setRefusalError(null);
    try {
      setIssued({ kind, decision: await api<IssuedDecision>(path, { method: 'POST', body }) });
    } catch (e) {
      fail(e);
    }
  };
  const reasonList = reasons
    .split('\n')
    .map((r) => r.trim())
    .filter(Boolean);
  return (
    <div className="gf-intake-decisions" data-testid="intake-decisions">
      <div>
        <button
          type="button"
          onClick={() => void issue(t('一次性告知书'), '/api/intake/notices', base, setNoticeError)}
        >
          {t('出具一次性告知书')}
        </button>
        <ErrorNote error={noticeError} />
      </div>
      <div>
        <label>
          {t('不予受理理由（每行一条）')}
          <textarea name="refusalReasons" value={reasons} onChange={(e) => setReasons(e.target.value)} rows={3} />
        </label>
        <button
          type="button"
          onClick={() =>
            void issue(t('不予受理决定书'), '/api/intake/refusals', { ...base, reasons: reasonList }, setRefusalError)
          }
        >
          {t('不予受理')}
        </button>
        <ErrorNote error={refusalError} />
      </div>
      {issued && (
        <p className="gf-success" role="status">
          {issued.kind} <strong data-testid="decision-number">{issued.decision.number}</strong>{' '}
          <a href={issued.decision.documentUrl} target="_blank" rel="noreferrer">
            {t('打印')}
          </a>
        </p>
      )}
    </div>
  );
}
