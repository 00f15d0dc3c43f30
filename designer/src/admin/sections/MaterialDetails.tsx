import type { ItemProblem, Material } from '@govflow/catalog/browser';
import { t } from '../../i18n/i18n';

/** The optional texts of a material (each absent rather than empty). */
export type Optional = 'requiredWhen' | 'standard' | 'blankForm' | 'sample' | 'note';

const DETAILS = [
  ['standard', t('受理标准')],
  ['blankForm', t('空白表格')],
  ['sample', t('示例样表')],
  ['note', t('备注')],
] as const;

/** The row under a material listing what validation found wrong with it. */
export function MaterialProblems({ problems }: { problems: readonly ItemProblem[] }) {
  return (
    <tr className="gf-row-problems">
      <td />
      <td colSpan={9}>
        {problems.map((p, n) => (
          <small key={n} className={p.severity === 'error' ? 'gf-field-error' : 'gf-field-warning'}>
            {p.message}
          </small>
        ))}
      </td>
    </tr>
  );
}

/** The expanded row of a material: acceptance standard, blank form, sample, note. */
export function MaterialDetails(props: {
  index: number;
  material: Material;
  onText(key: Optional, value: string): void;
}) {
  return (
    <tr className="gf-row-detail">
      <td />
      <td colSpan={9}>
        <div className="gf-grid">
          {DETAILS.map(([key, label]) => (
            <label className="gf-field" key={key}>
              <span className="gf-field-label">{label}</span>
              <input
                name={`material-${props.index}-${key}`}
                value={props.material[key] ?? ''}
                onChange={(e) => props.onText(key, e.target.value)}
              />
            </label>
          ))}
        </div>
      </td>
    </tr>
  );
}
