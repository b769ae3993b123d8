import { useCallback, useEffect, useState } from 'react';

/** An error answer from the API (problem+json) or a network failure. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

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
    throw new ApiError(detail, res.status);
  }
  return (await res.json()) as T;
}

export interface Loadable<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  retry: () => void;
}

/** Fetches `url` (skipped when undefined), cancelling stale requests; `retry` fetches again. */
export function useApi<T>(url: string | undefined): Loadable<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: Boolean(url) });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!url) {
      setState({ loading: false });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    getJson<T>(url, ctrl.signal).then(
      (data) => setState({ data, loading: false }),
      (err: Error) => {
        if (err.name !== 'AbortError')
          setState({ error: err instanceof ApiError ? err : new ApiError(err.message), loading: false });
      },
    );
    return () => ctrl.abort();
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
