import { useState } from 'react';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { LoadingNote } from '../../components/LoadingNote';
import { formatInstant } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import { ComplaintDetail } from './ComplaintDetail';
import type { Complaint } from './complaintTypes';

const STATUSES = ['received', 'accepted', 'forwarded', 'answered', 'closed', 'rejected'];
const STATUS_NAMES: Record<string, string> = {
  received: '待受理',
  accepted: '已受理',
  rejected: '不予受理',
  forwarded: '已转办',
  answered: '已答复',
  closed: '已办结',
};
const CHANNELS: Record<string, string> = { window: '窗口', public: '网上', hotline: '12345 热线' };

/**
 * Complaints (投诉处理): the list with overdue marks; one opens with the forms its status allows —
 * accept or refuse within the deadline, forward to the department, the department's answer, closing.
 */
export function ComplaintsPage() {
  const [status, setStatus] = useState('');
  const [round, setRound] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const list = useLoad(() => api<Complaint[]>(`/api/complaints${status ? `?status=${status}` : ''}`), status);
  // Under a new status the rows of the old one are not shown while the new ones come
  const rows = list.current;
  const chosen = rows?.find((c) => c.id === selected);
  return (
    <div className="gf-signals">
      <section data-testid="complaints">
        <div className="gf-page-head">
          <h2>{t('投诉处理')}</h2>
          <select aria-label={t('状态')} value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('全部状态')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_NAMES[s] ?? s)}
              </option>
            ))}
          </select>
        </div>
        <ErrorNote error={list.error} />
        <LoadingNote loads={[list]} />
        <table className="gf-table">
          <thead>
            <tr>
              <th>{t('编号')}</th>
              <th>{t('事由')}</th>
              <th>{t('渠道')}</th>
              <th>{t('收到时间')}</th>
              <th>{t('状态')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((c) => (
              <tr
                key={c.id}
                className={selected === c.id ? 'gf-row-selected' : undefined}
                onClick={() => setSelected(c.id)}
              >
                <td className="gf-nowrap">{c.number}</td>
                <td>
                  <button type="button" className="gf-link-button">
                    {c.subject}
                  </button>
                </td>
                <td>{t(CHANNELS[c.channel] ?? c.channel)}</td>
                <td>{formatInstant(c.receivedAt)}</td>
                <td>
                  {t(c.statusName)}
                  {c.overdue && <span className="gf-card gf-card-red"> {t('逾期')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows && rows.length === 0 && <p className="gf-muted">{t('没有投诉')}</p>}
      </section>
      {chosen && (
        <ComplaintDetail
          key={`${chosen.id}#${round}`}
          complaint={chosen}
          onChanged={() => {
            setRound((n) => n + 1);
            list.reload();
          }}
        />
      )}
    </div>
  );
}
