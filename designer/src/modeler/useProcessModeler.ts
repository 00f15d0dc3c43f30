import { lintProcess, type CriticalPath, type StepInfo } from '@govflow/engine';
import type Modeler from 'bpmn-js/lib/Modeler';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { createModeler } from './createModeler';
import { highlightCriticalPath } from './criticalPath';
import type { GovContext } from './govContext';
import { showIssues } from './lint/lintOverlays';
import { lintDefinitions, type LintIssue } from './lint/processLinter';
import type { Canvas, ElementRegistry, EventBus, ModdleElement, Overlays } from './services';
import { t } from '../i18n/i18n';

/** The live analysis of the model: the critical path and each step's slack. */
export interface ModelAnalysis {
  readonly criticalPath: CriticalPath;
  readonly steps: readonly StepInfo[];
  /** False while the model has errors (the path is then only as far as the flows allow). */
  readonly complete: boolean;
}

/** What the modeler hook gives the designer. */
export interface ProcessModeler {
  readonly modeler: Modeler | null;
  readonly issues: readonly LintIssue[];
  readonly analysis: ModelAnalysis | null;
  readonly importError: string | null;
  /** Re-lints and re-analyses now (after the item changed something the model depends on). */
  refresh(): void;
}

/** How long edits settle before the model is linted, analysed and exported. */
const SETTLE_MS = 150;

/**
 * Creates the bpmn-js modeler in the given containers, imports `xml` once, and after every change
 * (debounced) lints it with govflow's rules, computes the critical path, draws both on the canvas and
 * exports the XML to `onXml`. `extraIssues` (the last server validation) are drawn with the lint's.
 */
export function useProcessModeler(
  canvasRef: RefObject<HTMLDivElement | null>,
  panelRef: RefObject<HTMLDivElement | null>,
  xml: string,
  options: {
    readonly onXml: (xml: string) => void;
    readonly extraIssues: readonly LintIssue[];
    readonly showCriticalPath: boolean;
    readonly onReady?: (modeler: Modeler) => void;
    /**
     * Runs right after the import, before the first export: what it writes on the model (settings the item
     * owns) belongs to the opened state, so it never reaches `onXml` as an edit.
     */
    readonly onImported?: (modeler: Modeler) => void;
  },
): ProcessModeler {
  const [modeler, setModeler] = useState<Modeler | null>(null);
  const [issues, setIssues] = useState<readonly LintIssue[]>([]);
  const [analysis, setAnalysis] = useState<ModelAnalysis | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const marks = useRef<{ lint: string[]; path: string[] }>({ lint: [], path: [] });
  const timer = useRef<number | undefined>(undefined);
  const run = useRef<() => Promise<void>>(async () => undefined);
  /** The XML last exported (the first export, right after import, only sets it: opening is not an edit). */
  const lastXml = useRef<string | null>(null);

  useEffect(() => {
    if (!canvasRef.current || !panelRef.current) return undefined;
    const instance = createModeler(canvasRef.current, panelRef.current);
    let alive = true;
    const canvas = instance.get<Canvas>('canvas');
    const overlays = instance.get<Overlays>('overlays');
    const registry = instance.get<ElementRegistry>('elementRegistry');
    const context = instance.get<GovContext>('govContext');

    run.current = async () => {
      const definitions = instance.getDefinitions() as unknown as ModdleElement;
      if (!definitions) return;
      const [found, lint] = [await lintDefinitions(definitions), lintProcess(definitions)];
      if (!alive) return;
      const all = [...found, ...latest.current.extraIssues];
      marks.current.lint = showIssues(canvas, overlays, registry, all, marks.current.lint);
      const path = latest.current.showCriticalPath ? lint.criticalPath.path : [];
      marks.current.path = highlightCriticalPath(canvas, registry, path, marks.current.path);
      context.update({ steps: lint.userSteps });
      setIssues(found);
      setAnalysis({ criticalPath: lint.criticalPath, steps: lint.userSteps, complete: lint.errors.length === 0 });
      const { xml: saved } = await instance.saveXML({ format: true });
      if (!alive || !saved || saved === lastXml.current) return;
      const first = lastXml.current === null;
      lastXml.current = saved;
      if (!first) latest.current.onXml(saved);
    };
    const schedule = () => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void run.current(), SETTLE_MS);
    };
    instance.get<EventBus>('eventBus').on('commandStack.changed', schedule);

    performance.mark('gf-modeler-import-start');
    instance
      .importXML(xml)
      .then(async ({ warnings }) => {
        if (!alive) return;
        canvas.zoom('fit-viewport', 'auto');
        if (canvas.zoom() > 1) canvas.zoom(1, 'auto');
        latest.current.onImported?.(instance);
        const first = warnings[0] as unknown as { message?: string } | undefined;
        if (first)
          setImportError(
            t('流程图有 {n} 处无法识别的内容，已忽略：{message}', { n: warnings.length, message: first.message ?? '' }),
          );
        await run.current();
        performance.measure('gf-modeler-open', 'gf-modeler-import-start');
        canvasRef.current?.setAttribute('data-ready', 'true');
        setModeler(instance);
        latest.current.onReady?.(instance);
      })
      .catch((error: unknown) => {
        if (alive)
          setImportError(
            t('流程图无法打开：{reason}', { reason: error instanceof Error ? error.message : String(error) }),
          );
      });
    return () => {
      alive = false;
      window.clearTimeout(timer.current);
      instance.destroy();
    };
    // The modeler is created once per mount: a new XML from outside remounts the designer (its key).
  }, []);

  const refresh = useCallback(() => void run.current(), []);
  useEffect(refresh, [refresh, options.extraIssues, options.showCriticalPath]);
  return { modeler, issues, analysis, importError, refresh };
}
