import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import { govModdleDescriptor } from '@govflow/engine';
import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/i18n';

/** The item's process, read-only, rendered by bpmn-js; `highlight` marks the current steps. */
export function BpmnDiagram({ xml, highlight = [] }: { xml: string; highlight?: readonly string[] }) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!container.current) return undefined;
    const viewer = new NavigatedViewer({
      container: container.current,
      moddleExtensions: { gov: govModdleDescriptor },
    });
    let alive = true;
    viewer
      .importXML(xml)
      .then(() => {
        if (!alive) return;
        (viewer.get('canvas') as { zoom(level: string): void }).zoom('fit-viewport');
        const canvas = viewer.get('canvas') as { addMarker(id: string, marker: string): void };
        for (const id of highlight) canvas.addMarker(id, 'gf-current');
        setError(null);
      })
      .catch(
        (e: unknown) =>
          alive && setError(t('流程图无法显示：{reason}', { reason: e instanceof Error ? e.message : String(e) })),
      );
    return () => {
      alive = false;
      viewer.destroy();
    };
  }, [xml, highlight]);
  return (
    <div className="gf-diagram">
      <div ref={container} className="gf-diagram-canvas" data-testid="bpmn-diagram" />
      {error && <p className="gf-error">{error}</p>}
    </div>
  );
}
