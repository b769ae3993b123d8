import { useCallback, useState } from 'react';
import { ApiError, getJson, useApi, type Loadable } from './client.js';

/** A paged answer: the first page, and the pages "Vis flere" appended to it. */
export interface Paged<P> extends Loadable<P> {
  /** Fetches `url` (a next page) and merges it in; ignored while one is on its way. */
  more: (url: string) => Promise<void>;
  loadingMore: boolean;
  moreError?: ApiError;
}

/** `url` with the cursor of the page to continue after. */
export const withCursor = (url: string, cursor: string) =>
  `${url}${url.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;

/**
 * The first page of `url` and what "Vis flere" adds to it. The pages added belong to the first page
 * they were merged into: a new query, or the first page read again, starts over from the first page.
 */
export function usePagedApi<P>(url: string | undefined, merge: (a: P, b: P) => P): Paged<P> {
  const first = useApi<P>(url);
  const [extra, setExtra] = useState<{ base: P; data: P }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiError>();
  const data = first.data && extra?.base === first.data ? extra.data : first.data;
  const more = useCallback(
    async (next: string) => {
      if (!first.data || !data || loadingMore) return;
      setLoadingMore(true);
      setMoreError(undefined);
      try {
        const page = await getJson<P>(next);
        setExtra({ base: first.data, data: merge(data, page) });
      } catch (err) {
        setMoreError(err instanceof ApiError ? err : new ApiError((err as Error).message));
      } finally {
        setLoadingMore(false);
      }
    },
    [first.data, data, loadingMore, merge],
  );
  return { ...first, ...(data !== undefined && { data }), more, loadingMore, ...(moreError && { moreError }) };
}

/**
 * Every page of `url`, in order: what an export needs, since the screen shows only the pages asked
 * for. Pages are as large as the API allows, so a 1,000-row list takes a couple of requests.
 */
export async function fetchAllPages<P>(
  url: string,
  next: (p: P) => string | null,
  merge: (a: P, b: P) => P,
  limit = 500,
): Promise<P> {
  const sized = `${url}${url.includes('?') ? '&' : '?'}limit=${limit}`;
  let all: P = await getJson<P>(sized);
  for (let cursor = next(all), n = 0; cursor; cursor = next(all), n++) {
    // A cursor that never ends would be a server bug; an export must not loop on it.
    if (n > 10_000) throw new ApiError('paging did not end');
    const page = await getJson<P>(withCursor(sized, cursor));
    all = merge(all, page);
  }
  return all;
}
