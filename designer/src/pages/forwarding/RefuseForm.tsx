import { useState } from 'react';
import { api } from '../../api';
import { ActionForm, Field } from '../../components/ActionForm';
import { t } from '../../i18n/i18n';
import { applicationUrl } from './applicationRequests';
import type { ApplicationDetail } from './applicationTypes';

/** 不予受理 with written reasons (one per line) and, optionally, the legal basis; issues the numbered decision. */
export function RefuseForm({
  application,
  onRefused,
}: {
  application: ApplicationDetail;
  onRefused(application: ApplicationDetail): void;
}) {
  const [reasons, setReasons] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const refuse = async () => {
    const body = {
      reasons: reasons
        .split('\n')
        .map((r) => r.trim())
        .filter(Boolean),
      ...(legalBasis.trim() ? { legalBasis: legalBasis.trim() } : {}),
    };
    onRefused(await api<ApplicationDetail>(applicationUrl(application.id, 'refuse'), { method: 'POST', body }));
  };
  return (
    <ActionForm name="refuse" danger submit={t('不予受理')} onSubmit={refuse}>
      <Field label={t('不予受理理由（每行一条）')} name="reasons">
        <textarea name="reasons" rows={3} value={reasons} onChange={(e) => setReasons(e.target.value)} />
      </Field>
      <Field label={t('法律依据（选填）')} name="legalBasis">
        <input name="legalBasis" value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)} />
      </Field>
    </ActionForm>
  );
}
