import { requiredMaterials, type ApprovalItem } from '@govflow/catalog/browser';
import {
  GovForm,
  MaterialsChecklist,
  type MaterialsStatus,
  type ReceivedMaterials,
  type UploadFn,
} from '@govflow/forms/react';
import { useState } from 'react';
import { ErrorNote } from '../../components/ErrorNote';
import { t } from '../../i18n/i18n';
import { uploadFile } from '../../portal/portalApi';
import type { ItemDetail } from '../../types';
import type { AttachedFiles } from './applicationRequests';
import { MaterialScans } from './MaterialScans';

/** Uploads a scan as the signed-in agent or clerk. */
const uploadScan: UploadFn = uploadFile;

/**
 * The item's generated form beside its materials checklist and the scans of what was received. Unlike
 * acceptance, registering or correcting is not blocked by a missing material (the deciding window issues
 * the one-time notice); the button says so and the checklist names what is missing.
 */
export function ApplicationEditor({
  item,
  initialFormData = {},
  initialReceived = {},
  attached,
  fileUrl,
  submitText,
  incompleteText,
  error,
  onSubmit,
}: {
  item: ItemDetail;
  initialFormData?: Record<string, unknown>;
  initialReceived?: ReceivedMaterials;
  attached?: AttachedFiles;
  fileUrl?: (sha256: string) => string;
  submitText: string;
  /** The button's text while a required material is missing. */
  incompleteText: string;
  /** The server's answer to the last submission, shown under the button. */
  error: unknown;
  onSubmit(formData: Record<string, unknown>, received: ReceivedMaterials): Promise<void>;
}) {
  const [formData, setFormData] = useState<Record<string, unknown>>(initialFormData);
  const [received, setReceived] = useState<ReceivedMaterials>(initialReceived);
  const [status, setStatus] = useState<MaterialsStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const requiredFor = (data: Record<string, unknown>) =>
    new Set(requiredMaterials(item as unknown as ApprovalItem, data).map((m) => m.id));
  const complete = status?.complete ?? false;
  const submit = async (data: Record<string, unknown>) => {
    setBusy(true);
    try {
      await onSubmit(data, received);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="gf-fw-editor">
      <div className="gf-fw-editor-form">
        <GovForm<Record<string, unknown>>
          schema={item.form.schema}
          {...(item.form.uiSchema ? { uiSchema: item.form.uiSchema } : {})}
          formData={formData}
          onChange={setFormData}
          submitText={busy ? t('提交中…') : complete ? submitText : incompleteText}
          disabled={busy}
          onSubmit={({ formData: data }) => void submit(data)}
        />
        {!complete && status && (
          <p className="gf-warning" data-testid="incomplete-warning">
            {t('材料尚不齐全（还缺：{missing}），仍可登记报送，由办理窗口出具一次性告知书。', {
              missing: status.missing.map((m) => m.text).join('、'),
            })}
          </p>
        )}
        <ErrorNote error={error} />
      </div>
      <aside className="gov-form gf-fw-editor-aside">
        <MaterialsChecklist<Record<string, unknown>>
          materials={item.materials}
          formData={formData}
          requiredFor={requiredFor}
          received={received}
          onChange={setReceived}
          onStatusChange={setStatus}
        />
        <MaterialScans
          materials={item.materials}
          received={received}
          onChange={setReceived}
          upload={uploadScan}
          {...(attached ? { attached } : {})}
          {...(fileUrl ? { fileUrl } : {})}
        />
      </aside>
    </div>
  );
}
