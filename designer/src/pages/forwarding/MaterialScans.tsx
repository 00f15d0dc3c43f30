import { FileUpload, type ReceivedMaterials, type UploadFn } from '@govflow/forms/react';
import { t } from '../../i18n/i18n';
import type { ItemSummary } from '../../types';
import type { AttachedFiles } from './applicationRequests';

const SCAN_LIMITS = { maxSize: 20 * 1024 * 1024, accept: ['.pdf', '.jpg', '.jpeg', '.png', '.ofd'] };

/**
 * The scans (扫描件) of the materials received, one per ticked material, uploaded at once through the file
 * API so the paper can travel upward as electronic copies; a material's earlier files stay until replaced.
 */
export function MaterialScans({
  materials,
  received,
  onChange,
  upload,
  attached = {},
  fileUrl,
}: {
  materials: ItemSummary['materials'];
  received: ReceivedMaterials;
  onChange(next: ReceivedMaterials): void;
  upload: UploadFn;
  attached?: AttachedFiles;
  /** Where an attached file opens. */
  fileUrl?: (sha256: string) => string;
}) {
  const ticked = materials.filter((m) => received[m.id] !== undefined);
  return (
    <fieldset className="gf-fw-scans" data-testid="material-scans">
      <legend>{t('材料扫描件')}</legend>
      {ticked.length === 0 && <p className="gf-muted gf-small">{t('勾选已收到的材料后，可在此上传扫描件。')}</p>}
      {ticked.map((m) => {
        const got = received[m.id];
        const kept = attached[m.id] ?? [];
        if (!got) return null;
        return (
          <div key={m.id} className="gf-fw-scan" data-material={m.id}>
            <span className="gf-fw-scan-name">{m.name}</span>
            {kept.length > 0 && !got.file && (
              <small className="gf-muted">
                {t('已附 {n} 个文件', { n: kept.length })}
                {fileUrl &&
                  kept.map((sha256, i) => (
                    <a key={sha256} href={fileUrl(sha256)} target="_blank" rel="noreferrer">
                      {t('文件 {n}', { n: i + 1 })}
                    </a>
                  ))}
              </small>
            )}
            <FileUpload
              id={`scan-${m.id}`}
              upload={upload}
              value={got.file}
              {...SCAN_LIMITS}
              onChange={(file) =>
                onChange({
                  ...received,
                  [m.id]: file ? { ...got, file } : { originals: got.originals, copies: got.copies },
                })
              }
            />
          </div>
        );
      })}
    </fieldset>
  );
}
