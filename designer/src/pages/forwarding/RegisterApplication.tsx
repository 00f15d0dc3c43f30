import type { ReceivedMaterials } from '@govflow/forms/react';
import { useState } from 'react';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { ItemChooser } from '../../components/ItemChooser';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import type { ItemDetail, ItemSummary } from '../../types';
import { ApplicationEditor } from './ApplicationEditor';
import { applicantNameOf, materialsForRequest } from './applicationRequests';
import type { RegisteredApplication } from './applicationTypes';

/**
 * 收件登记 at the user's window or village room: choose the item, fill its form, tick the materials and
 * attach their scans, then register (`POST /api/applications`); the caller goes on to forward it.
 */
export function RegisterApplication({
  items,
  onRegistered,
}: {
  items: readonly ItemSummary[];
  onRegistered(application: RegisteredApplication): void;
}) {
  const [code, setCode] = useState('');
  const item = useLoad(
    () => (code ? api<ItemDetail>(`/api/items/${encodeURIComponent(code)}`) : Promise.resolve(null)),
    code,
  );
  const [error, setError] = useState<unknown>(null);
  const register = async (formData: Record<string, unknown>, received: ReceivedMaterials) => {
    const chosen = item.data;
    if (!chosen) return;
    setError(null);
    try {
      onRegistered(
        await api<RegisteredApplication>('/api/applications', {
          method: 'POST',
          body: {
            itemCode: chosen.code,
            applicantName: applicantNameOf(formData),
            formData,
            materials: materialsForRequest(received, chosen.materials),
          },
        }),
      );
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <div className="gf-fw-register" data-testid="register-application">
      <ItemChooser className="gf-fw-chooser" items={items} value={code} onChoose={setCode} />
      <ErrorNote error={item.error} />
      {item.data && (
        <ApplicationEditor
          key={item.data.code}
          item={item.data}
          submitText={t('登记')}
          incompleteText={t('登记（材料不全）')}
          error={error}
          onSubmit={register}
        />
      )}
    </div>
  );
}
