import { useState } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { useLoad } from '../hooks/useLoad';
import { t } from '../i18n/i18n';
import { LEVELS, levelName } from '../lights';

/** A published item as `GET /api/public/items` lists it. */
interface GuideEntry {
  code: string;
  name: string;
  type: string;
  department: string;
  levelText: string;
  caseKind: string;
  promisedDays: number;
  timeUnit: string;
  onlineDepth: number;
  visits: number;
}

/** Service-guide search (办事指南): by words (name, code, department), department and level. */
export function GuideSearch() {
  const [q, setQ] = useState('');
  const [level, setLevel] = useState('');
  const query = new URLSearchParams({ ...(q.trim() ? { q: q.trim() } : {}), ...(level ? { level } : {}) }).toString();
  const items = useLoad(() => api<GuideEntry[]>(`/api/public/items?${query}`), query);
  const shown = items.data ?? [];
  return (
    <section data-testid="guide-search">
      <h2>{t('办事指南')}</h2>
      <div className="gf-portal-search">
        <input
          type="search"
          name="q"
          placeholder={t('输入事项名称、编码或部门，如“再就业”')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <select aria-label={t('层级')} value={level} onChange={(e) => setLevel(e.target.value)}>
          <option value="">{t('全部层级')}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {levelName(l)}
            </option>
          ))}
        </select>
      </div>
      <ErrorNote error={items.error} />
      <p className="gf-muted">{items.data ? t('共 {n} 个事项', { n: shown.length }) : t('正在加载…')}</p>
      <ul className="gf-guide-list">
        {shown.slice(0, 60).map((item) => (
          <li key={item.code} data-code={item.code}>
            <a href={`#/guide/${encodeURIComponent(item.code)}`}>
              <strong>{item.name}</strong>
            </a>
            <span className="gf-muted">
              {item.department} · {item.levelText} · {item.caseKind} ·{' '}
              {t('承诺 {n} 个{unit}', {
                n: item.promisedDays,
                unit: item.timeUnit === 'calendar' ? t('自然日') : t('工作日'),
              })}{' '}
              · {item.visits === 0 ? t('零跑动') : t('最多跑 {n} 次', { n: item.visits })}
              {item.onlineDepth >= 2 ? ` · ${t('可网上申请')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {shown.length > 60 && <p className="gf-muted">{t('仅显示前 60 项，请输入更具体的关键词')}</p>}
    </section>
  );
}
