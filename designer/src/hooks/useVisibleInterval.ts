import { useEffect, useRef } from 'react';

/**
 * Calls `callback` every `everyMs` while the page is visible and `enabled`: never while it is hidden (another
 * tab in front, a minimised window), and once at once when it is seen again, so what it shows is never stale.
 */
export function useVisibleInterval(callback: () => void, everyMs: number, enabled = true): void {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    if (!enabled) return undefined;
    let timer: number | undefined;
    const start = () => {
      window.clearInterval(timer);
      timer = window.setInterval(() => latest.current(), everyMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') {
        latest.current();
        start();
      } else {
        window.clearInterval(timer);
        timer = undefined;
      }
    };
    if (document.visibilityState === 'visible') start();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [everyMs, enabled]);
}
