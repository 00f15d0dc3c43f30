import { useState } from 'react';
import type { PageProps } from '../../App';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { LoadingNote } from '../../components/LoadingNote';
import { formatInstant } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import { SignalDetailPane } from './SignalDetailPane';
import { SIGNAL_FILTERS, signalText, type Signal } from './signalTypes';

/**
 * Warnings and cards (预警纠错): the signals in the user's reach, filtered by level, status and kind;
 * one opens with its hash-chained history, where the responsible clerk answers or appeals and the
 * supervisor closes it (upheld or revoked); a red card prints its supervision letter.
 */
export function SignalsPage({ user }: PageProps) {
  const [filter, setFilter] = useState({ level: '', status: '', kind: '' });
  const [round, setRound] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v)).toString();
  const signals = useLoad(() => api<Signal[]>(`/api/supervision/signals?${query}`), query);
  // Under a new filter the rows of the old one are not shown while the new ones come
  const rows = signals.current;
  const select = (name: keyof typeof filter, options: string[], label: (v: string) => string, all: string) => (
    <select aria-label={all} value={filter[name]} onChange={(e) => setFilter({ ...filter, [name]: e.target.value })}>
      <option value="">{all}</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {label(o)}
        </option>
      ))}
    </select>
  );
  return (
    <div className="gf-signals">
      <section data-testid="signals">
        <h2>{t('预警纠错')}</h2>
        <div className="gf-filters">
          {select('level', SIGNAL_FILTERS.levels, signalText.level, t('全部级别'))}
          {select('status', SIGNAL_FILTERS.statuses, signalText.status, t('全部状态'))}
          {select('kind', SIGNAL_FILTERS.kinds, signalText.kind, t('全部种类'))}
        </div>
        <ErrorNote error={signals.error} />
        <LoadingNote loads={[signals]} />
        <table className="gf-table">
          <thead>
            <tr>
              <th>{t('级别')}</th>
              <th>{t('种类')}</th>
              <th>{t('受理编号')}</th>
              <th>{t('部门')}</th>
              <th>{t('发生时间')}</th>
              <th>{t('状态')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((s) => (
              <tr
                key={s.id}
                className={selected === s.id ? 'gf-row-selected' : undefined}
                onClick={() => setSelected(s.id)}
              >
                <td>
                  <span className={`gf-card gf-card-${s.level}`}>{signalText.level(s.level)}</span>
                </td>
                <td>
                  <button type="button" className="gf-link-button">
                    {signalText.kind(s.kind)}
                  </button>
                </td>
                <td>{s.receiptNumber}</td>
                <td>{s.departmentName}</td>
                <td>{formatInstant(s.occurredAt)}</td>
                <td>{signalText.status(s.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows && rows.length === 0 && <p className="gf-muted">{t('没有符合条件的监察信号')}</p>}
      </section>
      {selected && (
        <SignalDetailPane
          key={`${selected}#${round}`}
          id={selected}
          user={user}
          onChanged={() => {
            setRound((n) => n + 1);
            signals.reload();
          }}
        />
      )}
    </div>
  );
}
