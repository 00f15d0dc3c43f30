import { useState } from 'react';
import { api } from '../../api';
import { ActionForm, Field } from '../../components/ActionForm';
import { t } from '../../i18n/i18n';
import type { Organisation } from '../administrator/orgTypes';
import { applicationUrl } from './applicationRequests';
import type { ApplicationDetail } from './applicationTypes';
import { defaultTarget, forwardTargets, LEVEL_NAMES } from './forwardTargets';

/**
 * 报送上级: pick the unit from the organisation tree (only the units above the application's current one can
 * be chosen; the server refuses one past the item's level, in Chinese, under the form) and add a note.
 */
export function ForwardForm({
  application,
  org,
  itemLevel,
  onForwarded,
}: {
  application: ApplicationDetail;
  org: Organisation;
  itemLevel?: string;
  onForwarded(application: ApplicationDetail): void;
}) {
  const [toUnitId, setToUnitId] = useState(() => defaultTarget(org, application.unitId, itemLevel));
  const [note, setNote] = useState('');
  const targets = forwardTargets(org, application.unitId);
  const forward = async () => {
    const body = { toUnitId, ...(note.trim() ? { note: note.trim() } : {}) };
    onForwarded(await api<ApplicationDetail>(applicationUrl(application.id, 'forward'), { method: 'POST', body }));
  };
  return (
    <ActionForm name="forward" submit={t('报送')} onSubmit={forward}>
      <Field label={t('报送至')} name="toUnitId" hint={t('只能报送给本单位的上级单位')}>
        <select name="toUnitId" value={toUnitId} onChange={(e) => setToUnitId(e.target.value)}>
          <option value="">{t('请选择上级单位…')}</option>
          {targets.map(({ unit, depth, above }) => (
            <option key={unit.id} value={unit.id} disabled={!above}>
              {`${'　'.repeat(depth)}${unit.name}（${t(LEVEL_NAMES[unit.level])}）${unit.id === application.unitId ? t('← 当前所在') : ''}`}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('报送说明（选填）')} name="note">
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </ActionForm>
  );
}
