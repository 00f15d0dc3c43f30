import { useEffect, useState } from '@bpmn-io/properties-panel/preact/hooks';
import { useService } from 'bpmn-js-properties-panel';
import type { GovContext, GovContextData } from '../govContext';

/** The designer's context inside a panel component, re-rendering when React updates it. */
export function useGovContext(): GovContextData {
  const context = useService<GovContext>('govContext');
  const [data, setData] = useState(context.current);
  useEffect(() => context.subscribe(setData), [context]);
  return data;
}
