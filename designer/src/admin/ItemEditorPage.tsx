import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { ErrorNote } from '../components/ErrorNote';
import type { ProcessAttribute } from '../modeler/govContext';
import type { ModelAnalysis } from '../modeler/useProcessModeler';
import type { ItemProblem } from './adminTypes';
import { StatusChip } from './DraftStatus';
import { applyProcessAttribute } from './processAttributes';
import { useOrganisation } from './useOrganisation';
import { processIssuesOf } from './processIssues';
import { tabOf, type EditorTab } from './problems';
import { BasicSection } from './sections/BasicSection';
import { FormSection } from './sections/FormSection';
import { HistorySection } from './sections/HistorySection';
import { LimitsSection } from './sections/LimitsSection';
import { MaterialsSection } from './sections/MaterialsSection';
import { ServiceSection } from './sections/ServiceSection';
import { useItemDraft } from './useItemDraft';
import { ValidationPanel } from './ValidationPanel';
import { t } from '../i18n/i18n';

/** bpmn-js and the properties panel load only when the process tab is first opened. */
const ProcessDesigner = lazy(() => import('../modeler/ProcessDesigner').then((m) => ({ default: m.ProcessDesigner })));

const TABS: readonly { id: EditorTab; label: string }[] = [
  { id: 'basic', label: t('基本信息') },
  { id: 'limits', label: t('时限与收费') },
  { id: 'service', label: t('服务信息') },
  { id: 'materials', label: t('申请材料') },
  { id: 'form', label: t('申请表单') },
  { id: 'process', label: t('办理流程') },
  { id: 'history', label: t('版本历史') },
];

/** The item editor: every element of an item in tabs, the process designer, save / validate / publish. */
export function ItemEditorPage(props: { code: string; tab: EditorTab; onTab(tab: EditorTab): void; onBack(): void }) {
  const { state, change, save, validate, publish } = useItemDraft(props.code);
  const { organisation, organisationError } = useOrganisation();
  const [opened, setOpened] = useState<ReadonlySet<EditorTab>>(new Set([props.tab]));
  const [focus, setFocus] = useState<{ id: string; seq: number } | null>(null);
  const [analysis, setAnalysis] = useState<ModelAnalysis | null>(null);
  useEffect(() => setOpened((o) => (o.has(props.tab) ? o : new Set([...o, props.tab]))), [props.tab]);
  useEffect(() => {
    if (!state.dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state.dirty]);

  const problems = useMemo(
    () => (state.verdict ? [...state.verdict.errors, ...state.verdict.warnings] : []),
    [state.verdict],
  );
  const serverIssues = useMemo(() => processIssuesOf(problems), [problems]);
  const item = state.item;
  const departments = useMemo(
    () => [...new Set((organisation?.departments ?? []).map((d) => d.catalogName ?? d.name))],
    [organisation],
  );
  const materials = useMemo(
    () => (item?.materials ?? []).map((m) => ({ id: m.id, name: m.name || m.id })),
    [item?.materials],
  );

  if (!item) {
    return (
      <div className="gf-editor">
        <button type="button" className="gf-ghost" onClick={props.onBack}>
          ← {t('返回事项目录')}
        </button>
        {state.busy === 'load' ? <p className="gf-muted">{t('正在打开事项…')}</p> : <ErrorNote error={state.error} />}
      </div>
    );
  }

  const go = (problem: ItemProblem) => {
    const tab = tabOf(problem.path);
    props.onTab(tab);
    const element = problem.path.split('#')[1];
    if (tab === 'process' && element) setFocus({ id: element, seq: Date.now() });
  };
  const limitEdited = (name: ProcessAttribute, value: string) => {
    const number = value === '' ? undefined : Number(value);
    change((i) => applyProcessAttribute(i, name, value, number));
  };
  const count = (tab: EditorTab) => state.verdict?.errors.filter((p) => tabOf(p.path) === tab).length ?? 0;
  const section = { item, change, problems };
  const busy = state.busy !== null;

  return (
    <div className="gf-editor" data-testid="item-editor">
      <div className="gf-editor-head">
        <div className="gf-editor-title">
          <button type="button" className="gf-ghost gf-back" onClick={props.onBack} title={t('返回事项目录')}>
            ←
          </button>
          <div>
            <h2>{item.name || t('（未命名事项）')}</h2>
            <div className="gf-editor-meta">
              <code>{item.code}</code>
              <StatusChip
                source={state.source}
                revision={state.revision}
                baseVersion={state.baseVersion}
                savedAt={state.savedAt}
                dirty={state.dirty}
              />
              {analysis && (
                <span className={analysis.criticalPath.totalDays > item.promisedDays ? 'gf-chip-bad' : 'gf-chip-ok'}>
                  {t('关键路径 {days} 天 / 承诺 {promised} 天', {
                    days: analysis.criticalPath.totalDays,
                    promised: item.promisedDays,
                  })}
                </span>
              )}
            </div>
          </div>
        </div>
        <div className="gf-editor-actions">
          <button type="button" className="gf-secondary" disabled={busy} onClick={() => void save()}>
            {state.busy === 'save' ? t('正在保存…') : t('保存草稿')}
          </button>
          <button type="button" className="gf-secondary" disabled={busy} onClick={() => void validate()}>
            {state.busy === 'validate' ? t('正在校验…') : t('校验')}
          </button>
          <button type="button" disabled={busy} onClick={() => void publish()} data-testid="publish">
            {state.busy === 'publish' ? t('正在发布…') : t('发布')}
          </button>
        </div>
      </div>
      <nav className="gf-tabs" role="tablist">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            aria-selected={props.tab === tab.id}
            className={props.tab === tab.id ? 'gf-tab gf-tab-active' : 'gf-tab'}
            onClick={() => props.onTab(tab.id)}
          >
            {tab.label}
            {count(tab.id) > 0 && <span className="gf-tab-badge">{count(tab.id)}</span>}
          </button>
        ))}
      </nav>
      {state.notice && (
        <p className="gf-success gf-editor-notice" role="status">
          {state.notice.text}
        </p>
      )}
      <ErrorNote error={state.error} />
      {state.verdict && (state.verdict.errors.length > 0 || state.verdict.warnings.length > 0) && (
        <ValidationPanel verdict={state.verdict} onGo={go} />
      )}
      <div className={`gf-editor-body gf-editor-body-${props.tab}`}>
        {props.tab === 'basic' && <BasicSection {...section} departments={departments} />}
        {props.tab === 'limits' && <LimitsSection {...section} />}
        {props.tab === 'service' && <ServiceSection {...section} />}
        {props.tab === 'materials' && <MaterialsSection {...section} />}
        {props.tab === 'form' && <FormSection {...section} />}
        {props.tab === 'history' && <HistorySection code={item.code} />}
        {opened.has('process') && (
          <div className="gf-process-tab" hidden={props.tab !== 'process'}>
            <Suspense fallback={<p className="gf-muted">{t('正在加载流程设计器…')}</p>}>
              <ProcessDesigner
                key={state.loadKey}
                xml={item.processXml}
                limits={{
                  itemCode: item.code,
                  promisedDays: item.promisedDays,
                  statutoryDays: item.statutoryDays,
                  timeUnit: item.timeUnit,
                  ...(item.thresholds ?? {}),
                }}
                materials={materials}
                organisation={organisation}
                organisationError={organisationError}
                serverIssues={serverIssues}
                focus={focus}
                onXmlChange={(processXml) => change((i) => (i.processXml === processXml ? i : { ...i, processXml }))}
                onLimitEdited={limitEdited}
                onAnalysis={setAnalysis}
              />
            </Suspense>
          </div>
        )}
      </div>
    </div>
  );
}
