import { useCallback, useEffect, useRef, useState } from 'react';

/** A value loaded from the API: the data, the error (shown next to what failed), and a way to load again. */
export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  /** Loads again (after a command, or on a live event). */
  reload(): void;
}

/**
 * Loads `fetcher()` when `key` changes and on `reload()`; a late answer for an older key is dropped, so
 * quick filter changes never show stale rows.
 */
export function useLoad<T>(fetcher: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
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
        setData(value);
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
  return { data, error, loading, reload };
}
