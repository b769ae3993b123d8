import { useCallback, useEffect, useState } from 'react';

/** An error answer from the API (problem+json) or a network failure. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** Seconds the server asked us to wait (Retry-After) before asking again. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** A busy server (429/503 with Retry-After) is asked again this many times before the error shows. */
const BUSY_RETRIES = 3;

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError('network');
  }
  if (!res.ok) {
    let detail = `HTTP ${res.status}`;
    try {
      const problem = (await res.json()) as { title?: string; detail?: string };
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      /* not problem+json */
    }
    const wait = Number(res.headers.get('Retry-After'));
    throw new ApiError(detail, res.status, Number.isFinite(wait) && wait > 0 ? wait : undefined);
  }
  return (await res.json()) as T;
}

export interface Loadable<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  retry: () => void;
}

/**
 * Fetches `url` (skipped when undefined), cancelling stale requests; `retry` fetches again. When the
 * server says it is busy and when to come back (the heavy-query gate, a rate limit), it is asked
 * again after that wait: a view opening several heavy answers at once must not fail for it.
 */
export function useApi<T>(url: string | undefined): Loadable<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: Boolean(url) });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!url) {
      setState({ loading: false });
      return;
    }
    const ctrl = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    setState((s) => ({ data: s.data, loading: true }));
    const load = (tries: number) =>
      getJson<T>(url, ctrl.signal).then(
        (data) => setState({ data, loading: false }),
        (err: Error) => {
          if (err.name === 'AbortError') return;
          if (err instanceof ApiError && err.retryAfter && (err.status === 429 || err.status === 503) && tries > 0) {
            timer = setTimeout(() => void load(tries - 1), err.retryAfter * 1000);
            return;
          }
          setState({ error: err instanceof ApiError ? err : new ApiError(err.message), loading: false });
        },
      );
    void load(BUSY_RETRIES);
    return () => {
      ctrl.abort();
      clearTimeout(timer);
    };
  }, [url, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}

export const q = (params: Record<string, string | number | undefined | string[]>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || (Array.isArray(v) && !v.length) || v === '') continue;
    p.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return p.toString();
};
