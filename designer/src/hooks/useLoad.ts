import { useCallback, useEffect, useRef, useState } from 'react';

/** A value loaded from the API: the data, the error (shown next to what failed), and a way to load again. */
export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  /**
   * The data if it was loaded for the current key; undefined while the current key's answer has not come (or
   * failed): what a list shows that must not show rows from before (a queue seen again after acting on one of
   * its entries, the rows of the filter before).
   */
  readonly current: T | undefined;
  /** Loads again (after a command, or on a live event). */
  reload(): void;
}

/**
 * Loads `fetcher()` when `key` changes and on `reload()`; a late answer for an older key is dropped, so
 * quick filter changes never show stale rows. Until the new key's answer comes, the older data stays in `data` (so
 * a page reloaded after a command does not flicker); `current` holds only the current key's.
 */
export function useLoad<T>(fetcher: () => Promise<T>, key: string): Loaded<T> {
  const [loaded, setLoaded] = useState<{ data: T; key: string } | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  useEffect(() => {
    const ticket = ++latest.current;
    setLoading(true);
    fetcherRef.current().then(
      (value) => {
        if (ticket !== latest.current) return;
        setLoaded({ data: value, key });
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (ticket !== latest.current) return;
        setError(failure);
        setLoading(false);
      },
    );
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data: loaded?.data, current: loaded?.key === key ? loaded.data : undefined, error, loading, reload };
}
