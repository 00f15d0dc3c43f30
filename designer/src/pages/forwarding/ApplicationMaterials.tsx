import { requiredMaterials, type ApprovalItem } from '@govflow/catalog/browser';
import { t } from '../../i18n/i18n';
import type { ItemDetail } from '../../types';
import { applicationFileUrl } from './applicationRequests';
import type { ApplicationDetail } from './applicationTypes';

/**
 * The materials the application holds against the item's list: what came (originals, copies, form) and
 * its uploaded files, each opened through the application's own file route; required ones not provided are marked.
 */
export function ApplicationMaterials({ application, item }: { application: ApplicationDetail; item?: ItemDetail }) {
  const provided = new Map(application.materials.map((m) => [m.id, m]));
  const required = new Set(
    item ? requiredMaterials(item as unknown as ApprovalItem, application.formData).map((m) => m.id) : [],
  );
  const rows = item
    ? item.materials.filter((m) => required.has(m.id) || provided.has(m.id))
    : application.materials.map((m) => ({ id: m.id, name: m.id }));
  return (
    <table className="gf-table gf-fw-materials" data-testid="application-materials">
      <thead>
        <tr>
          <th>{t('材料')}</th>
          <th>{t('收到')}</th>
          <th>{t('扫描件')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((spec) => {
          const got = provided.get(spec.id);
          return (
            <tr key={spec.id} data-material={spec.id} className={got ? undefined : 'gf-row-bad'}>
              <td>
                {spec.name}
                {required.has(spec.id) && <span className="gf-required">{t('必需')}</span>}
              </td>
              <td>
                {got
                  ? t('原件 {o} 份，复印件 {c} 份{form}', {
                      o: got.originals ?? '—',
                      c: got.copies ?? '—',
                      form: got.form === 'electronic' ? t('（电子）') : '',
                    })
                  : t('未提交')}
              </td>
              <td>
                {(got?.files ?? []).map((sha256, i) => (
                  <a
                    key={sha256}
                    className="gf-fw-file"
                    href={applicationFileUrl(application.id, sha256)}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {t('查看文件 {n}', { n: i + 1 })}
                  </a>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
