import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { formatDeadline, STATUS_LABELS } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import type { CaseSummary } from '../../types';

/** The recent cases in the user's reach; a row opens the case page. */
export function RecentCases({ refresh = 0, limit = 20 }: { refresh?: number; limit?: number }) {
  const cases = useLoad(() => api<CaseSummary[]>('/api/cases'), `cases#${refresh}`);
  return (
    <section className="gf-recent">
      <h2>{t('近期案件')}</h2>
      <ErrorNote error={cases.error} />
      <table className="gf-table" data-testid="cases">
        <thead>
          <tr>
            <th>{t('受理编号')}</th>
            <th>{t('申请人')}</th>
            <th>{t('当前环节')}</th>
            <th>{t('承诺期限')}</th>
            <th>{t('状态')}</th>
          </tr>
        </thead>
        <tbody>
          {(cases.data ?? []).slice(0, limit).map((c) => (
            <tr key={c.id}>
              <td className="gf-nowrap">
                <a href={`#/cases/${encodeURIComponent(c.id)}`}>{c.receiptNumber}</a>
              </td>
              <td>{c.applicantName}</td>
              <td>{c.tasks.map((task) => task.name).join('、') || '—'}</td>
              <td>{formatDeadline(c.promisedDueAt)}</td>
              <td>{t(STATUS_LABELS[c.status] ?? c.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
