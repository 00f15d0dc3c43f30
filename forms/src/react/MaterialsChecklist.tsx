import { useEffect, useMemo } from 'react';
import type { UploadLimits } from './fileChecks.js';
import { FileUpload, type UploadFn } from './FileUpload.js';
import {
  assessMaterials,
  requiredByFlag,
  type MaterialSpec,
  type MaterialsStatus,
  type ReceivedMaterial,
  type ReceivedMaterials,
} from './materials.js';

/** Props of {@link MaterialsChecklist}. */
export interface MaterialsChecklistProps<T = Record<string, unknown>> {
  readonly materials: readonly MaterialSpec[];
  /** The current form data; `requiredFor` decides from it what this application needs. */
  readonly formData: T;
  /** Ids of the materials required for this form data (the catalog evaluates its FEEL conditions). */
  readonly requiredFor?: (formData: T) => ReadonlySet<string>;
  readonly received: ReceivedMaterials;
  onChange(received: ReceivedMaterials): void;
  /** Told whenever completeness changes (and once on mount). */
  onStatusChange?(status: MaterialsStatus): void;
  /** When given, electronic materials get an upload control. */
  readonly upload?: UploadFn;
  readonly uploadLimits?: UploadLimits;
  readonly disabled?: boolean;
}

const FORM_LABELS: Readonly<Record<MaterialSpec['form'], string>> = {
  paper: '纸质',
  electronic: '电子',
  either: '纸质或电子',
};

const DEFAULT_LIMITS: UploadLimits = { maxSize: 20 * 1024 * 1024, accept: ['.pdf', '.jpg', '.jpeg', '.png', '.ofd'] };

/**
 * The materials checklist of an application (申请材料): shows which materials the current form data requires,
 * lets the clerk tick what was received with original and copy counts (or upload electronic ones), and reports
 * whether anything required is missing.
 */
export function MaterialsChecklist<T>(props: MaterialsChecklistProps<T>) {
  const { materials, formData, requiredFor, received, onChange, onStatusChange, upload, disabled } = props;
  const required = useMemo(
    () => (requiredFor ? requiredFor(formData) : requiredByFlag(materials)),
    [requiredFor, formData, materials],
  );
  const status = useMemo(() => assessMaterials(materials, required, received), [materials, required, received]);
  const statusKey = JSON.stringify(status);
  useEffect(() => {
    onStatusChange?.(status); // only when the status itself changes, not on every render
  }, [statusKey]);

  const set = (id: string, value: ReceivedMaterial | undefined) => {
    const next: Record<string, ReceivedMaterial> = { ...received };
    if (value === undefined) delete next[id];
    else next[id] = value;
    onChange(next);
  };
  const missingIds = new Set(status.missing.map((m) => m.id));

  return (
    <fieldset className="gf-materials" disabled={disabled}>
      <legend>申请材料</legend>
      <p
        className={status.complete ? 'gf-materials-status gf-ok' : 'gf-materials-status gf-warn'}
        data-testid="materials-status"
      >
        {status.complete
          ? `本次需提交 ${status.required.length} 项材料，已收齐`
          : `本次需提交 ${status.required.length} 项材料，还缺 ${status.missing.length} 项：${status.missing.map((m) => m.text).join('、')}`}
      </p>
      <ul className="gf-materials-list">
        {materials.map((material) => {
          const got = received[material.id];
          const needed = required.has(material.id);
          const rowClass = [
            'gf-material',
            needed ? 'gf-needed' : 'gf-not-needed',
            missingIds.has(material.id) ? 'gf-missing' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <li key={material.id} className={rowClass} data-material={material.id}>
              <label className="gf-material-main">
                <input
                  type="checkbox"
                  name={`material-${material.id}`}
                  checked={got !== undefined}
                  onChange={(e) =>
                    set(
                      material.id,
                      e.currentTarget.checked ? { originals: material.originals, copies: material.copies } : undefined,
                    )
                  }
                />
                <span className="gf-material-name">{material.name}</span>
                {needed ? (
                  <span className="gf-tag gf-tag-required">必需</span>
                ) : material.required ? (
                  <span className="gf-tag">本次无需</span>
                ) : (
                  <span className="gf-tag">可选</span>
                )}
                <span className="gf-tag gf-tag-form">{FORM_LABELS[material.form]}</span>
              </label>
              <small className="gf-material-facts">
                {material.form === 'electronic'
                  ? '电子材料'
                  : `原件 ${material.originals} 份，复印件 ${material.copies} 份`}
                {material.note ? `；${material.note}` : ''}
              </small>
              {got && material.form !== 'electronic' && (
                <span className="gf-material-counts">
                  <CountInput
                    label="原件已收"
                    name={`material-${material.id}-originals`}
                    value={got.originals}
                    onChange={(originals) => set(material.id, { ...got, originals })}
                  />
                  <CountInput
                    label="复印件已收"
                    name={`material-${material.id}-copies`}
                    value={got.copies}
                    onChange={(copies) => set(material.id, { ...got, copies })}
                  />
                </span>
              )}
              {upload && material.form !== 'paper' && (
                <FileUpload
                  id={`material-${material.id}-file`}
                  upload={upload}
                  value={got?.file}
                  disabled={disabled ?? false}
                  {...(props.uploadLimits ?? DEFAULT_LIMITS)}
                  onChange={(file) => {
                    const counts = got ?? { originals: 0, copies: 0 };
                    if (file) set(material.id, { ...counts, file });
                    else set(material.id, { originals: counts.originals, copies: counts.copies });
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function CountInput(props: { label: string; name: string; value: number; onChange(value: number): void }) {
  return (
    <label className="gf-count">
      {props.label}
      <input
        type="number"
        min={0}
        max={99}
        step={1}
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(Math.max(0, Math.min(99, Math.trunc(Number(e.currentTarget.value) || 0))))}
      />
      份
    </label>
  );
}
