import { formatInstant } from '../../format';
import { t } from '../../i18n/i18n';
import type { ApplicationSummary } from './applicationTypes';

/**
 * Applications as a table (number, item, applicant, where it is now, status); a row opens the application
 * at `#/<route>/<id>`. Until the list has loaded (`undefined`) it says so, never that there is nothing.
 */
export function ApplicationList({
  applications,
  itemNames,
  route,
  selectedId,
  empty,
}: {
  applications: readonly ApplicationSummary[] | undefined;
  itemNames: ReadonlyMap<string, string>;
  route: string;
  selectedId?: string;
  empty: string;
}) {
  if (applications === undefined) return <p className="gf-loading">{t('正在加载…')}</p>;
  if (applications.length === 0) return <p className="gf-muted">{empty}</p>;
  return (
    <table className="gf-table gf-fw-list" data-testid="application-list">
      <thead>
        <tr>
          <th>{t('申请编号')}</th>
          <th>{t('办理事项')}</th>
          <th>{t('申请人')}</th>
          <th>{t('当前所在')}</th>
          <th>{t('收件时间')}</th>
          <th>{t('状态')}</th>
        </tr>
      </thead>
      <tbody>
        {applications.map((a) => (
          <tr key={a.id} data-id={a.id} className={a.id === selectedId ? 'gf-row-selected' : undefined}>
            <td className="gf-nowrap">
              <a href={`#/${route}/${encodeURIComponent(a.id)}`}>{a.number}</a>
            </td>
            <td>{itemNames.get(a.itemCode) ?? a.itemCode}</td>
            <td>{a.applicantName}</td>
            <td>
              {a.unitName}
              {a.windowName && <small className="gf-muted"> {a.windowName}</small>}
            </td>
            <td className="gf-nowrap">{formatInstant(a.receivedAt)}</td>
            <td>
              <span className={`gf-fw-status gf-fw-status-${a.status}`}>{t(a.statusText)}</span>
              {a.channel === 'online' && <small className="gf-muted"> {t('网上申请')}</small>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
