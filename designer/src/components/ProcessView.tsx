import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/i18n';
import type { DiagramDecoration } from './processViewer';

/**
 * A read-only BPMN diagram with markers and badges; bpmn-js loads on first use (its own chunk), so the
 * rest of the page shows at once.
 */
export function ProcessView({
  xml,
  decorations = [],
  height = 280,
  testId = 'process-view',
}: {
  xml: string;
  decorations?: readonly DiagramDecoration[];
  height?: number;
  testId?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const key = JSON.stringify(decorations);
  useEffect(() => {
    const target = container.current;
    if (!target) return undefined;
    let alive = true;
    let destroy: (() => void) | undefined;
    setReady(false);
    import('./processViewer')
      .then(({ renderDiagram }) => renderDiagram(target, xml, JSON.parse(key) as DiagramDecoration[]))
      .then(
        (diagram) => {
          if (!alive) return diagram.destroy();
          destroy = () => diagram.destroy();
          setError(null);
          setReady(true);
        },
        (failure: unknown) => {
          if (alive)
            setError(
              t('流程图无法显示：{reason}', { reason: failure instanceof Error ? failure.message : String(failure) }),
            );
        },
      );
    return () => {
      alive = false;
      destroy?.();
    };
  }, [xml, key]);
  return (
    <div className="gf-diagram">
      <div
        ref={container}
        className="gf-diagram-canvas"
        style={{ height }}
        data-testid={testId}
        data-ready={ready ? 'yes' : 'no'}
      />
      {!ready && !error && <p className="gf-muted gf-diagram-loading">{t('正在加载流程图…')}</p>}
      {error && (
        <p className="gf-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
