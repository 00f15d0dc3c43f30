import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { LightDot } from '../../components/LightDot';
import { formatDeadline } from '../../format';
import { useLiveLights } from '../../hooks/useLiveLights';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import { WorklistFilters } from './WorklistFilters';
import { NO_FILTER, worklistPath, type WorklistEntry, type WorklistFilter } from './worklistTypes';

const ROW_HEIGHT = 54;

/**
 * The clerk's worklist (待办): the open steps with their lights, filtered above, virtualized so a
 * thousand rows scroll smoothly; a row opens its case. Reloads on every live light change.
 */
export function Worklist({
  refresh = 0,
  height = 'max(240px, calc(100vh - 360px))',
}: {
  refresh?: number;
  height?: number | string;
}) {
  const [filter, setFilter] = useState<WorklistFilter>(NO_FILTER);
  const path = worklistPath(filter);
  const tasks = useLoad(() => api<WorklistEntry[]>(path), path);
  const items = useLoad(() => api<{ code: string; name: string }[]>('/api/items'), 'items');
  useThrottledLive(tasks.reload);
  useReloadOnChange(refresh, tasks.reload);
  // Under a new filter the rows of the old one are not shown while the new ones come
  const rows = tasks.current ?? [];
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  return (
    <section className="gf-worklist">
      <h2>
        {t('待办任务')}
        <span className="gf-count" data-testid="worklist-count">
          {tasks.current ? rows.length : '…'}
        </span>
      </h2>
      <WorklistFilters filter={filter} items={items.data ?? []} onChange={setFilter} />
      <ErrorNote error={tasks.error ?? items.error} />
      <div ref={scroller} className="gf-vlist" style={{ height }} data-testid="worklist" role="list">
        {tasks.current && rows.length === 0 && <p className="gf-muted gf-empty">{t('没有符合条件的待办任务')}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((virtual) => {
            const task = rows[virtual.index];
            if (!task) return null;
            return (
              <a
                key={task.id}
                role="listitem"
                className="gf-vrow"
                href={`#/cases/${encodeURIComponent(task.caseId)}`}
                data-task={task.id}
                data-light={task.light}
                style={{ height: ROW_HEIGHT, transform: `translateY(${virtual.start}px)` }}
              >
                <span className="gf-vrow-main">
                  <LightDot light={task.light} label={false} />
                  <strong>{task.name}</strong>
                  <span className="gf-vrow-due">
                    {t('期限')} {formatDeadline(task.dueAt)}
                  </span>
                </span>
                <span className="gf-vrow-sub">
                  {task.receiptNumber} · {task.applicantName} · {task.itemName}
                </span>
              </a>
            );
          })}
        </div>
      </div>
    </section>
  );
}

/** Reloads on live light changes, at most once a second (a timer sweep can change many cases at once). */
function useThrottledLive(reload: () => void): void {
  const waiting = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (waiting.current) clearTimeout(waiting.current);
    },
    [],
  );
  useLiveLights(() => {
    if (waiting.current) return;
    waiting.current = setTimeout(() => {
      waiting.current = null;
      reload();
    }, 300);
  });
}

/** Loads the same rows again when `refresh` changes (after the desk accepted a case), keeping them meanwhile. */
function useReloadOnChange(refresh: number, reload: () => void): void {
  const seen = useRef(refresh);
  useEffect(() => {
    if (seen.current === refresh) return;
    seen.current = refresh;
    reload();
  }, [refresh, reload]);
}
