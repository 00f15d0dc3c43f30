import '@bpmn-io/properties-panel/assets/properties-panel.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import './modeler.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CriticalPathBadge } from './CriticalPathBadge';
import type { GovContext, MaterialOption, ProcessAttribute } from './govContext';
import type { LintIssue } from './lint/processLinter';
import { groupSourcesOf, type OrganisationData } from './organisationGroups';
import { ProblemList } from './ProblemList';
import { syncProcessLimits, type ItemLimits } from './processSync';
import type { Canvas, ElementRegistry, EventBus, ModdleElement, Selection } from './services';
import { useProcessModeler, type ModelAnalysis } from './useProcessModeler';
import { t } from '../i18n/i18n';

/** Props of the process designer. */
export interface ProcessDesignerProps {
  /** The process to open (read once: give the designer a new `key` to open another). */
  readonly xml: string;
  readonly limits: ItemLimits;
  readonly materials: readonly MaterialOption[];
  readonly organisation: OrganisationData | null;
  readonly organisationError: string | null;
  /** Problems the last server validation found on elements (catalog rules beyond the engine's). */
  readonly serverIssues: readonly LintIssue[];
  /** An element to select and show (from a problem listed elsewhere); `seq` repeats a request. */
  readonly focus: { readonly id: string; readonly seq: number } | null;
  onXmlChange(xml: string): void;
  /** The administrator edited one of the item's settings on the process. */
  onLimitEdited(name: ProcessAttribute, value: string): void;
  onAnalysis?(analysis: ModelAnalysis): void;
}

/**
 * The process designer (流程设计): bpmn-js with the `gov:` properties panel in Chinese, govflow's lint
 * live on the canvas and in a list, and the critical path against the item's promised and statutory
 * limits — all recomputed as the model changes.
 */
export function ProcessDesigner(props: ProcessDesignerProps) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [showPath, setShowPath] = useState(true);
  const latest = useRef(props);
  latest.current = props;
  const { modeler, issues, analysis, importError, refresh } = useProcessModeler(canvasRef, panelRef, props.xml, {
    onXml: (xml) => latest.current.onXmlChange(xml),
    extraIssues: props.serverIssues,
    showCriticalPath: showPath,
    // The item's limits written on the process as it opens are not an edit (the draft stays unchanged).
    onImported: (instance) => {
      syncProcessLimits(instance.getDefinitions() as unknown as ModdleElement, latest.current.limits);
    },
    onReady: (instance) => {
      const context = instance.get<GovContext>('govContext');
      context.onProcessAttribute = (name, value) => latest.current.onLimitEdited(name, value);
    },
  });

  useEffect(() => {
    if (!modeler) return;
    modeler.get<GovContext>('govContext').update({
      materials: props.materials,
      groupSources: props.organisation ? groupSourcesOf(props.organisation) : [],
      organisationError: props.organisationError,
    });
    refresh();
  }, [modeler, props.materials, props.organisation, props.organisationError, refresh]);

  const { itemCode, promisedDays, statutoryDays, timeUnit, yellowDaysLeft, redDaysLeft } = props.limits;
  useEffect(() => {
    if (!modeler) return;
    const definitions = modeler.getDefinitions() as unknown as ModdleElement;
    const limits = { itemCode, promisedDays, statutoryDays, timeUnit, yellowDaysLeft, redDaysLeft };
    if (!syncProcessLimits(definitions, limits as ItemLimits)) return;
    // The panel shows the process's attributes: tell it they changed.
    const root = modeler.get<Canvas>('canvas').getRootElement();
    modeler.get<EventBus>('eventBus').fire('elements.changed', { elements: [root] });
    refresh();
  }, [modeler, itemCode, promisedDays, statutoryDays, timeUnit, yellowDaysLeft, redDaysLeft, refresh]);

  useEffect(() => {
    if (analysis) latest.current.onAnalysis?.(analysis);
  }, [analysis]);

  const select = (id: string) => {
    if (!modeler) return;
    const element = modeler.get<ElementRegistry>('elementRegistry').get(id);
    if (!element) return;
    modeler.get<Selection>('selection').select(element);
    if (element.type !== 'bpmn:Process') modeler.get<Canvas>('canvas').scrollToElement(element, 80);
  };
  // select() reads the modeler; it runs again only when a new focus is asked for.
  useEffect(() => {
    if (props.focus) select(props.focus.id);
  }, [props.focus, modeler]);

  const allIssues = useMemo(() => [...issues, ...props.serverIssues], [issues, props.serverIssues]);
  const nameOf = (id: string): string => {
    const element = modeler?.get<ElementRegistry>('elementRegistry').get(id);
    if (!element || element.type === 'bpmn:Process') return t('整个流程');
    const name = element.businessObject.name;
    return typeof name === 'string' && name.trim() ? name.trim() : id;
  };

  return (
    <div className="gf-designer" data-testid="process-designer">
      <div className="gf-designer-main">
        <div className="gf-designer-canvas-wrap">
          <div ref={canvasRef} className="gf-designer-canvas" data-testid="modeler-canvas" />
          <CriticalPathBadge
            analysis={analysis}
            promisedDays={promisedDays}
            statutoryDays={statutoryDays}
            shown={showPath}
            onToggle={() => setShowPath((s) => !s)}
          />
          {!modeler && !importError && <div className="gf-designer-loading">{t('正在打开流程图…')}</div>}
          {importError && (
            <p className="gf-error gf-designer-import-error" role="alert">
              {importError}
            </p>
          )}
        </div>
        <ProblemList issues={allIssues} nameOf={nameOf} onSelect={select} />
      </div>
      <aside ref={panelRef} className="gf-designer-panel" aria-label={t('属性')} />
    </div>
  );
}
