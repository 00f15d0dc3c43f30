import { useState } from 'react';
import { api } from '../../api';
import { ActionForm, Field } from '../../components/ActionForm';
import { t } from '../../i18n/i18n';
import type { ItemDetail } from '../../types';
import { applicationUrl } from './applicationRequests';
import type { ApplicationDetail } from './applicationTypes';

/**
 * 退回补正: the materials that came but do not meet the standard, each with why, and notes; the server adds
 * whatever the checklist still lacks and issues the one-time notice (一次性告知书) listing everything at once.
 */
export function ReturnForm({
  application,
  item,
  onReturned,
}: {
  application: ApplicationDetail;
  item?: ItemDetail;
  onReturned(application: ApplicationDetail): void;
}) {
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [rejecting, setRejecting] = useState<ReadonlySet<string>>(new Set());
  const [notes, setNotes] = useState('');
  const nameOf = (id: string) => item?.materials.find((m) => m.id === id)?.name ?? id;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(rejecting);
    if (on) next.add(id);
    else next.delete(id);
    setRejecting(next);
  };
  const send = async () => {
    const rejected = [...rejecting].map((materialId) => ({ materialId, reason: reasons[materialId] ?? '' }));
    const body = { rejected, ...(notes.trim() ? { notes: notes.trim() } : {}) };
    onReturned(await api<ApplicationDetail>(applicationUrl(application.id, 'return'), { method: 'POST', body }));
  };
  return (
    <ActionForm name="return" submit={t('退回补正并出具一次性告知书')} onSubmit={send}>
      <div className="gf-fw-wide gf-fw-rejects">
        <span className="gf-small gf-muted">{t('不符合要求的材料（未提交的材料会自动列入告知书）')}</span>
        {application.materials.map((m) => (
          <div key={m.id} className="gf-fw-reject" data-material={m.id}>
            <label className="gf-inline">
              <input
                type="checkbox"
                name={`reject-${m.id}`}
                checked={rejecting.has(m.id)}
                onChange={(e) => toggle(m.id, e.target.checked)}
              />
              {nameOf(m.id)}
            </label>
            {rejecting.has(m.id) && (
              <input
                name={`reject-${m.id}-reason`}
                placeholder={t('退回理由，如：复印件不清晰')}
                value={reasons[m.id] ?? ''}
                onChange={(e) => setReasons({ ...reasons, [m.id]: e.target.value })}
              />
            )}
          </div>
        ))}
      </div>
      <Field label={t('补正说明（选填）')} name="notes">
        <textarea name="notes" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </Field>
    </ActionForm>
  );
}
