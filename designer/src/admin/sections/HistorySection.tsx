import { useEffect, useState } from 'react';
import { ErrorNote } from '../../components/ErrorNote';
import { formatInstant } from '../../format';
import type { ItemDiff, VersionRow } from '../adminTypes';
import { itemApi } from '../itemApi';
import { describePath } from '../problems';
import { t } from '../../i18n/i18n';

const CHANGE = { added: t('新增'), removed: t('删除'), changed: t('修改') } as const;

/** Published versions and, for any two, the diff with the compression report (压缩报告). */
export function HistorySection({ code }: { code: string }) {
  const [versions, setVersions] = useState<VersionRow[] | null>(null);
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const [diff, setDiff] = useState<ItemDiff | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    itemApi.versions(code).then(
      (rows) => {
        setVersions(rows);
        const last = rows[rows.length - 1];
        if (last && rows.length > 1) setPair({ from: last.version - 1, to: last.version });
      },
      (e: unknown) => setVersions((setError(e), [])),
    );
  }, [code]);
  useEffect(() => {
    if (!pair) return;
    setDiff(null);
    itemApi.diff(code, pair.from, pair.to).then(setDiff, setError);
  }, [code, pair]);
  if (!versions) return <p className="gf-muted">{t('正在读取版本…')}</p>;
  if (versions.length === 0)
    return (
      <p className="gf-muted">
        {t('事项还没有发布过。')}
        <ErrorNote error={error} />
      </p>
    );
  return (
    <div className="gf-history">
      <table className="gf-table gf-history-table">
        <thead>
          <tr>
            <th>{t('版本')}</th>
            <th>{t('发布时间')}</th>
            <th>{t('发布人')}</th>
            <th>{t('承诺时限')}</th>
            <th>{t('内容指纹')}</th>
          </tr>
        </thead>
        <tbody>
          {[...versions].reverse().map((v) => (
            <tr key={v.version}>
              <td>{t('第 {n} 版', { n: v.version })}</td>
              <td>{formatInstant(v.publishedAt)}</td>
              <td>{v.publishedBy}</td>
              <td>{t('{n} 天', { n: v.promisedDays })}</td>
              <td>
                <code>{v.hash.slice(0, 12)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.length > 1 && pair && (
        <div className="gf-diff">
          <div className="gf-diff-pick">
            {t('比较')}
            <select
              name="diff-from"
              value={pair.from}
              onChange={(e) => setPair({ ...pair, from: Number(e.target.value) })}
            >
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('第 {n} 版', { n: v.version })}
                </option>
              ))}
            </select>
            {t('与')}
            <select name="diff-to" value={pair.to} onChange={(e) => setPair({ ...pair, to: Number(e.target.value) })}>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('第 {n} 版', { n: v.version })}
                </option>
              ))}
            </select>
          </div>
          <ErrorNote error={error} />
          {diff && <DiffReport diff={diff} />}
        </div>
      )}
    </div>
  );
}

function DiffReport({ diff }: { diff: ItemDiff }) {
  const p = diff.process;
  return (
    <div data-testid="diff-report">
      <div className="gf-report-cards">
        <div className="gf-report-card">
          <span>{t('承诺时限压缩')}</span>
          <strong className={diff.promisedDaysSaved >= 0 ? 'gf-good' : 'gf-bad'}>
            {t('{n} 天', { n: diff.promisedDaysSaved })}
          </strong>
        </div>
        <div className="gf-report-card">
          <span>{t('关键路径')}</span>
          <strong>{t('{before} → {after} 天', { before: p.criticalDaysBefore, after: p.criticalDaysAfter })}</strong>
          <small className={p.daysSaved >= 0 ? 'gf-good' : 'gf-bad'}>
            {p.daysSaved >= 0 ? t('缩短 {n} 天', { n: p.daysSaved }) : t('延长 {n} 天', { n: -p.daysSaved })}
          </small>
        </div>
        <div className="gf-report-card">
          <span>{t('环节数')}</span>
          <strong>
            {p.stepsBefore} → {p.stepsAfter}
          </strong>
        </div>
      </div>
      <ul className="gf-diff-list">
        {p.stepsAdded.map((s) => (
          <li key={`a-${s.id}`}>
            {t('新增环节「{name}」', { name: s.name })}
            {s.timeLimit !== undefined ? t('（{n} 天）', { n: s.timeLimit }) : ''}
          </li>
        ))}
        {p.stepsRemoved.map((s) => (
          <li key={`r-${s.id}`}>{t('删除环节「{name}」', { name: s.name })}</li>
        ))}
        {p.stepsChanged.map((s) => (
          <li key={`c-${s.id}`}>
            {t('环节「{name}」时限 {before} → {after} 天', {
              name: s.name,
              before: s.before ?? t('无'),
              after: s.after ?? t('无'),
            })}
          </li>
        ))}
        {diff.fields.map((f) => (
          <li key={f.path}>{t('{change}：{where}', { change: CHANGE[f.change], where: describePath(f.path) })}</li>
        ))}
        {diff.fields.length + p.stepsAdded.length + p.stepsRemoved.length + p.stepsChanged.length === 0 && (
          <li>{t('两个版本内容相同。')}</li>
        )}
      </ul>
    </div>
  );
}
