import { useEffect, useState } from 'react';
import { ErrorNote } from '../../components/ErrorNote';
import { formatInstant } from '../../format';
import type { ItemDiff, VersionRow } from '../adminTypes';
import { itemApi } from '../itemApi';
import { describePath } from '../problems';

const CHANGE = { added: '新增', removed: '删除', changed: '修改' } as const;

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
  if (!versions) return <p className="gf-muted">正在读取版本…</p>;
  if (versions.length === 0)
    return (
      <p className="gf-muted">
        事项还没有发布过。
        <ErrorNote error={error} />
      </p>
    );
  return (
    <div className="gf-history">
      <table className="gf-table gf-history-table">
        <thead>
          <tr>
            <th>版本</th>
            <th>发布时间</th>
            <th>发布人</th>
            <th>承诺时限</th>
            <th>内容指纹</th>
          </tr>
        </thead>
        <tbody>
          {[...versions].reverse().map((v) => (
            <tr key={v.version}>
              <td>第 {v.version} 版</td>
              <td>{formatInstant(v.publishedAt)}</td>
              <td>{v.publishedBy}</td>
              <td>{v.promisedDays} 天</td>
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
            比较
            <select
              name="diff-from"
              value={pair.from}
              onChange={(e) => setPair({ ...pair, from: Number(e.target.value) })}
            >
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  第 {v.version} 版
                </option>
              ))}
            </select>
            与
            <select name="diff-to" value={pair.to} onChange={(e) => setPair({ ...pair, to: Number(e.target.value) })}>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  第 {v.version} 版
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
          <span>承诺时限压缩</span>
          <strong className={diff.promisedDaysSaved >= 0 ? 'gf-good' : 'gf-bad'}>{diff.promisedDaysSaved} 天</strong>
        </div>
        <div className="gf-report-card">
          <span>关键路径</span>
          <strong>
            {p.criticalDaysBefore} → {p.criticalDaysAfter} 天
          </strong>
          <small className={p.daysSaved >= 0 ? 'gf-good' : 'gf-bad'}>
            {p.daysSaved >= 0 ? `缩短 ${p.daysSaved} 天` : `延长 ${-p.daysSaved} 天`}
          </small>
        </div>
        <div className="gf-report-card">
          <span>环节数</span>
          <strong>
            {p.stepsBefore} → {p.stepsAfter}
          </strong>
        </div>
      </div>
      <ul className="gf-diff-list">
        {p.stepsAdded.map((s) => (
          <li key={`a-${s.id}`}>
            新增环节「{s.name}」{s.timeLimit !== undefined ? `（${s.timeLimit} 天）` : ''}
          </li>
        ))}
        {p.stepsRemoved.map((s) => (
          <li key={`r-${s.id}`}>删除环节「{s.name}」</li>
        ))}
        {p.stepsChanged.map((s) => (
          <li key={`c-${s.id}`}>
            环节「{s.name}」时限 {s.before ?? '无'} → {s.after ?? '无'} 天
          </li>
        ))}
        {diff.fields.map((f) => (
          <li key={f.path}>
            {CHANGE[f.change]}：{describePath(f.path)}
          </li>
        ))}
        {diff.fields.length + p.stepsAdded.length + p.stepsRemoved.length + p.stepsChanged.length === 0 && (
          <li>两个版本内容相同。</li>
        )}
      </ul>
    </div>
  );
}
