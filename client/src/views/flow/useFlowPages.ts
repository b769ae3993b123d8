import { useCallback, useEffect, useState } from 'react';
import type { FlowT } from '../../../../graph/api/responses.js';
import { ApiError, getJson } from '../../api/client.js';

export interface FlowPages {
  data?: FlowT;
  /** Cases received so far, of `data.total`. */
  loaded: number;
  loading: boolean;
  error?: ApiError;
  retry: () => void;
}

/**
 * A flow page by page: the first page is drawn at once (its `span` gives the whole axis), the next
 * pages are appended as they come, each link arriving with the page of its later case.
 */
export function useFlowPages(url: string | undefined): FlowPages {
  const [state, setState] = useState<Omit<FlowPages, 'retry'>>({ loaded: 0, loading: Boolean(url) });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!url) {
      setState({ loaded: 0, loading: false });
      return;
    }
    const ctrl = new AbortController();
    setState({ loaded: 0, loading: true });
    (async () => {
      let acc: FlowT | undefined;
      let cursor: string | null = null;
      do {
        const page: FlowT = await getJson<FlowT>(
          cursor ? `${url}&cursor=${encodeURIComponent(cursor)}` : url,
          ctrl.signal,
        );
        acc = acc
          ? {
              ...acc,
              cases: [...acc.cases, ...page.cases],
              links: [...acc.links, ...page.links],
              planned: [...acc.planned, ...page.planned],
              referred: [...acc.referred, ...page.referred],
              nextCursor: page.nextCursor,
            }
          : page;
        cursor = page.nextCursor;
        const snapshot: FlowT = acc;
        setState({ data: snapshot, loaded: snapshot.cases.length, loading: Boolean(cursor) });
      } while (cursor);
    })().catch((err: Error) => {
      if (err.name !== 'AbortError')
        setState((s) => ({ ...s, error: err instanceof ApiError ? err : new ApiError(err.message), loading: false }));
    });
    return () => ctrl.abort();
  }, [url, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
