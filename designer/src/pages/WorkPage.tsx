import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { formatDeadline, formatInstant, STATUS_LABELS } from '../format';
import type { CaseSummary, TaskRow } from '../types';

/** The clerk's worklist and the recent cases; `refresh` changes when a case was accepted elsewhere. */
export function WorkPage({ refresh }: { refresh: number }) {
  const [tasks, setTasks] = useState<TaskRow[]>([]);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [opinions, setOpinions] = useState<Record<string, string>>({});

  const load = useCallback(async () => {
    try {
      const [t, c] = await Promise.all([api<TaskRow[]>('/api/tasks'), api<CaseSummary[]>('/api/cases')]);
      setTasks(t);
      setCases(c);
    } catch (e) {
      setError(e);
    }
  }, []);
  useEffect(() => void load(), [load, refresh]);

  const complete = async (task: TaskRow) => {
    setError(null);
    try {
      const detail = await api<{ materials: { id: string }[] }>(`/api/cases/${task.caseId}`);
      const opinion = opinions[task.id]?.trim();
      await api(`/api/tasks/${encodeURIComponent(task.id)}/complete`, {
        method: 'POST',
        body: { verifiedMaterials: detail.materials.map((m) => m.id), ...(opinion ? { opinion } : {}) },
      });
      await load();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="gf-work">
      <h2>待办任务（{tasks.length}）</h2>
      <ErrorNote error={error} />
      <table className="gf-table" data-testid="tasks">
        <thead>
          <tr>
            <th>受理编号</th>
            <th>申请人</th>
            <th>环节</th>
            <th>环节期限</th>
            <th>意见</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => (
            <tr key={t.id}>
              <td>{t.receiptNumber}</td>
              <td>{t.applicantName}</td>
              <td>{t.name}</td>
              <td>{formatDeadline(t.dueAt)}</td>
              <td>
                <input
                  aria-label="审批意见"
                  value={opinions[t.id] ?? ''}
                  onChange={(e) => setOpinions({ ...opinions, [t.id]: e.target.value })}
                />
              </td>
              <td>
                <button onClick={() => void complete(t)}>办理完成</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>近期案件</h2>
      <table className="gf-table" data-testid="cases">
        <thead>
          <tr>
            <th>受理编号</th>
            <th>申请人</th>
            <th>受理时间</th>
            <th>当前环节</th>
            <th>承诺期限</th>
            <th>状态</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <td>{c.receiptNumber}</td>
              <td>{c.applicantName}</td>
              <td>{formatInstant(c.acceptedAt)}</td>
              <td>{c.tasks.map((t) => t.name).join('、') || '—'}</td>
              <td>{formatDeadline(c.promisedDueAt)}</td>
              <td>{STATUS_LABELS[c.status] ?? c.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
