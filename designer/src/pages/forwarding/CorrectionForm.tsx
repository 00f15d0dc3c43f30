import type { ReceivedMaterials } from '@govflow/forms/react';
import { useState } from 'react';
import { api } from '../../api';
import { t } from '../../i18n/i18n';
import type { ItemDetail } from '../../types';
import { ApplicationEditor } from './ApplicationEditor';
import {
  applicationFileUrl,
  applicationUrl,
  attachedFiles,
  materialsForRequest,
  receivedFromApplication,
} from './applicationRequests';
import type { ApplicationDetail } from './applicationTypes';

/**
 * 补正: the application returned with a one-time notice comes back with the whole set of materials (and the
 * form, corrected if need be); files already attached stay unless a new scan replaces them.
 */
export function CorrectionForm({
  application,
  item,
  onCorrected,
}: {
  application: ApplicationDetail;
  item: ItemDetail;
  onCorrected(application: ApplicationDetail): void;
}) {
  const [error, setError] = useState<unknown>(null);
  const attached = attachedFiles(application.materials);
  const correct = async (formData: Record<string, unknown>, received: ReceivedMaterials) => {
    setError(null);
    try {
      const body = { formData, materials: materialsForRequest(received, item.materials, attached) };
      onCorrected(await api<ApplicationDetail>(applicationUrl(application.id, 'correct'), { method: 'POST', body }));
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <div className="gf-fw-correction" data-testid="correction">
      <h3>{t('补正材料')}</h3>
      {application.notice && (
        <p className="gf-warning">
          {t('一次性告知书 {number}', { number: application.notice.number })}
          <a href={application.notice.documentUrl} target="_blank" rel="noreferrer">
            {t('打印告知书')}
          </a>
        </p>
      )}
      <ApplicationEditor
        item={item}
        initialFormData={{ ...application.formData }}
        initialReceived={receivedFromApplication(application.materials)}
        attached={attached}
        fileUrl={(sha256) => applicationFileUrl(application.id, sha256)}
        submitText={t('提交补正')}
        incompleteText={t('提交补正（材料仍不全）')}
        error={error}
        onSubmit={correct}
      />
    </div>
  );
}
