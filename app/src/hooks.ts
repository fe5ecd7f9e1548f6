import { useCallback, useEffect, useRef, useState } from "react";

export interface Resource<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads once per change of `deps`, and again every `pollMs` while `keepPolling(data)` says so
 * (live order progress, running imports). Answers that arrive after a newer request are dropped.
 */
export function useResource<T>(load: () => Promise<T>, deps: unknown[], poll?: { ms: number; while: (data: T) => boolean }): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    const mine = ++generation.current;
    setLoading(true);
    load()
      .then((value) => {
        if (mine !== generation.current) return;
        setData(value);
        setError(null);
      })
      .catch((e: unknown) => {
        if (mine === generation.current) setError(e instanceof Error ? e : new Error(String(e)));
      })
      .finally(() => {
        if (mine === generation.current) setLoading(false);
      });
  }, [...deps, tick]);

  useEffect(() => {
    if (!poll || data === null || !poll.while(data)) return;
    const timer = window.setTimeout(reload, poll.ms);
    return () => window.clearTimeout(timer);
  }, [data, poll, reload]);

  return { data, error, loading, reload };
}
