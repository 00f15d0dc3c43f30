import { useEffect, useRef } from 'react';
import { currentToken } from '../api';

/** What a live light event carries (the case's lights as `GET /api/cases/:id/lights` gives them). */
export interface PushedLights {
  readonly caseId: string;
  readonly light: string;
  readonly status?: string;
}

/**
 * Calls `onChange` whenever the server pushes a light change over Server-Sent Events (a case accepted,
 * a step done, a timer fired); `onState` learns whether the stream is connected.
 */
export function useLiveLights(
  onChange: (pushed: PushedLights | undefined) => void,
  onState?: (live: boolean) => void,
): void {
  const change = useRef(onChange);
  const state = useRef(onState);
  change.current = onChange;
  state.current = onState;
  useEffect(() => {
    const token = currentToken();
    const source = new EventSource(
      `/api/supervision/stream${token ? `?access_token=${encodeURIComponent(token)}` : ''}`,
    );
    source.addEventListener('open', () => state.current?.(true));
    source.addEventListener('error', () => state.current?.(false));
    source.addEventListener('light', (event) => change.current(parse((event as MessageEvent<string>).data)));
    return () => source.close();
  }, []);
}

function parse(data: string): PushedLights | undefined {
  try {
    return JSON.parse(data) as PushedLights;
  } catch {
    return undefined;
  }
}
