import { useState } from 'react';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { formatDeadline, formatInstant, STATUS_LABELS } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import type { CaseSummary } from '../../types';

/** The cases in the user's reach, searchable by receipt number, applicant or item code. */
export function CaseFinder() {
  const cases = useLoad(() => api<CaseSummary[]>('/api/cases'), 'cases');
  const [search, setSearch] = useState('');
  const query = search.trim().toLowerCase();
  const shown = (cases.data ?? []).filter(
    (c) =>
      !query ||
      c.receiptNumber.toLowerCase().includes(query) ||
      c.applicantName.toLowerCase().includes(query) ||
      c.itemCode.toLowerCase().includes(query),
  );
  return (
    <section data-testid="case-finder">
      <h2>{t('案件查询')}</h2>
      <input
        type="search"
        name="case-search"
        className="gf-wide-search"
        placeholder={t('受理编号、申请人或事项编码')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <ErrorNote error={cases.error} />
      <table className="gf-table">
        <thead>
          <tr>
            <th>{t('受理编号')}</th>
            <th>{t('申请人')}</th>
            <th>{t('事项编码')}</th>
            <th>{t('受理时间')}</th>
            <th>{t('当前环节')}</th>
            <th>{t('承诺期限')}</th>
            <th>{t('状态')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, 200).map((c) => (
            <tr key={c.id}>
              <td>
                <a href={`#/cases/${encodeURIComponent(c.id)}`}>{c.receiptNumber}</a>
              </td>
              <td>{c.applicantName}</td>
              <td>{c.itemCode}</td>
              <td>{formatInstant(c.acceptedAt)}</td>
              <td>{c.tasks.map((task) => task.name).join('、') || '—'}</td>
              <td>{formatDeadline(c.promisedDueAt)}</td>
              <td>{t(STATUS_LABELS[c.status] ?? c.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {cases.data && shown.length === 0 && <p className="gf-muted">{t('没有找到案件')}</p>}
    </section>
  );
}
