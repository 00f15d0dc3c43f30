import { useState } from 'react';
import type { PageProps } from '../../App';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { ProcessView } from '../../components/ProcessView';
import type { DiagramDecoration } from '../../components/processViewer';
import { formatDeadline } from '../../format';
import { useLiveLights } from '../../hooks/useLiveLights';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import { lightName } from '../../lights';
import { CaseCommands } from './CaseCommands';
import { CaseFacts } from './CaseFacts';
import { CaseFinder } from './CaseFinder';
import { CaseTimeline } from './CaseTimeline';
import type { CaseDetail, CaseEvidenceView, CaseItem, CaseLightsView } from './caseTypes';
import { casePath } from './caseRequests';
import { mayWork, TaskActions } from './TaskActions';
import { EvaluationCode } from './EvaluationCode';

/** `#/cases` lists and finds cases; `#/cases/<id>` opens one. */
export function CasePage(props: PageProps) {
  const id = props.params[0];
  return id ? <CaseView key={id} {...props} caseId={id} /> : <CaseFinder />;
}

/**
 * One case: the item's diagram with the current steps highlighted and their lights as badges, the
 * facts, the step and case commands that fit its state, the printable documents, and the timeline with
 * the evidence check. Everything reloads after a command and on live light changes.
 */
function CaseView({ caseId, user }: PageProps & { caseId: string }) {
  const [round, setRound] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const key = `${caseId}#${round}`;
  const detail = useLoad(() => api<CaseDetail>(`/api/cases/${encodeURIComponent(caseId)}`), key);
  const lights = useLoad(() => api<CaseLightsView>(casePath(caseId, 'lights')), key);
  const evidence = useLoad(() => api<CaseEvidenceView>(casePath(caseId, 'evidence')), key);
  // The item version the case is pinned to (accepted under), not the latest published one.
  const item = useLoad(() => api<CaseItem>(casePath(caseId, 'item')), caseId);
  const org = useLoad(
    () => api<{ departments: { groups: string[] }[]; windows: { groups: string[] }[] }>('/api/organisation'),
    'org',
  );
  useLiveLights((pushed) => {
    if (pushed?.caseId === caseId) setRound((n) => n + 1);
  });
  const done = (text: string) => {
    setMessage(text);
    setRound((n) => n + 1);
  };
  const d = detail.data;
  if (!d) {
    return (
      <section>
        <a href="#/cases">← {t('案件查询')}</a>
        {detail.error ? <ErrorNote error={detail.error} /> : <p className="gf-loading">{t('正在加载…')}</p>}
      </section>
    );
  }
  // The lights and the evidence shown are those of the record shown: after a command, until they are read
  // again, a step shows no light (rather than green) and the evidence shows as being checked.
  const stepLight = (taskId: string): string | undefined =>
    lights.current?.steps.find((s) => s.taskId === `${d.id}.${taskId}`)?.light;
  const groups = [
    ...new Set([...(org.data?.departments ?? []), ...(org.data?.windows ?? [])].flatMap((x) => x.groups)),
  ].sort();
  const people = new Map([[user.id, user.displayName]]);
  const specialStops = d.state.clock.stops.filter((s) => s.kind !== 'supplement');
  return (
    <div className="gf-case" data-testid="case-page" data-case={d.id} data-status={d.status}>
      <div className="gf-case-title">
        <a href="#/cases">← {t('案件查询')}</a>
        <h2>
          {t('案件')} {d.receiptNumber}
        </h2>
        <span className="gf-doc-links">
          <a
            href={casePath(d.id, 'documents/acceptance-notice')}
            target="_blank"
            rel="noreferrer"
            data-doc="acceptance-notice"
          >
            {t('打印受理通知书')}
          </a>
          {specialStops.map((_, i) => (
            <a
              key={i}
              href={`${casePath(d.id, 'documents/special-procedure-notice')}?stop=${i + 1}`}
              target="_blank"
              rel="noreferrer"
            >
              {t('特别程序告知书')} {specialStops.length > 1 ? i + 1 : ''}
            </a>
          ))}
        </span>
        {(user.role === 'clerk' || user.role === 'agent') && <EvaluationCode caseId={d.id} />}
      </div>
      {message && (
        <p className="gf-success" role="status">
          {message}
        </p>
      )}
      <div className="gf-case-grid">
        <div className="gf-case-main">
          <section>
            {item.data ? (
              <ProcessView
                xml={item.data.processXml}
                decorations={decorate(d, stepLight)}
                height={230}
                testId="case-diagram"
              />
            ) : (
              <ErrorNote error={item.error} />
            )}
            <CaseFacts
              detail={d}
              {...(item.data ? { item: item.data } : {})}
              {...(lights.current ? { lights: lights.current } : {})}
            />
            <ErrorNote error={lights.error} />
          </section>
          {d.status === 'running' && user.role !== 'supervisor' && (
            <section data-testid="open-steps">
              <h3>{t('当前环节')}</h3>
              <ErrorNote error={org.error} />
              {d.state.tasks.length === 0 && <p className="gf-muted">{t('没有待办环节')}</p>}
              {d.state.tasks.map((task) => (
                <TaskActions
                  key={task.id}
                  detail={d}
                  task={task}
                  light={stepLight(task.id)}
                  user={user}
                  groups={groups}
                  onDone={done}
                />
              ))}
            </section>
          )}
          {user.role !== 'supervisor' && (
            <CaseCommands
              detail={d}
              handler={user.role === 'administrator' || d.state.tasks.some((task) => mayWork(task, user))}
              onDone={done}
            />
          )}
        </div>
        <CaseTimeline events={d.events} evidence={evidence.current} evidenceError={evidence.error} people={people} />
      </div>
    </div>
  );
}

/**
 * Open steps: marked current with a badge of their light (once the lights are read) and deadline; finished
 * steps: marked done.
 */
function decorate(d: CaseDetail, stepLight: (taskId: string) => string | undefined): DiagramDecoration[] {
  const open = new Set(d.state.tasks.map((task) => task.el));
  const finished = new Set(
    d.events.filter((e) => e.type === 'task.completed').map((e) => String(e.data['elementId'] ?? '')),
  );
  const decorations: DiagramDecoration[] = d.state.tasks.map((task) => {
    const light = stepLight(task.id);
    return {
      elementId: task.el,
      marker: 'gf-current',
      badge: {
        text: light ? `${lightName(light)} ${formatDeadline(task.dueAt ?? null)}` : formatDeadline(task.dueAt ?? null),
        className: `gf-badge-${light ?? 'unread'}`,
        title: t('环节期限'),
      },
    };
  });
  for (const id of finished) if (!open.has(id)) decorations.push({ elementId: id, marker: 'gf-done' });
  return decorations;
}
