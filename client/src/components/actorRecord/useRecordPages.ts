import { useCallback, useEffect, useState } from 'react';
import type { ActorStatementsT } from '../../../../graph/api/actorRecord.js';
import { ApiError, getJson } from '../../api/client.js';

export interface RecordPages {
  first?: ActorStatementsT;
  statements: ActorStatementsT['statements'];
  nextCursor: string | null;
  loading: boolean;
  error?: ApiError;
  more: () => void;
  retry: () => void;
}

/**
 * The pages of an actor's record for one query, appended as "Vis flere" asks for them: a new query
 * (grouping, group, stance) starts again from its first page.
 */
export function useRecordPages(url: string | undefined): RecordPages {
  const [state, setState] = useState<{
    first?: ActorStatementsT;
    statements: ActorStatementsT['statements'];
    nextCursor: string | null;
    loading: boolean;
    error?: ApiError;
  }>({ statements: [], nextCursor: null, loading: Boolean(url) });
  const [attempt, setAttempt] = useState(0);
  // The cursor belongs to the query it came from: a new query starts from its first page.
  const [asked, setAsked] = useState<{ url?: string; cursor?: string }>({});
  const cursor = asked.url === url ? asked.cursor : undefined;
  useEffect(() => {
    if (!url) return;
    const ctrl = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    getJson<ActorStatementsT>(cursor ? `${url}&cursor=${encodeURIComponent(cursor)}` : url, ctrl.signal).then(
      (page) =>
        setState((s) => ({
          first: cursor && s.first ? s.first : page,
          statements: cursor ? [...s.statements, ...page.statements] : page.statements,
          nextCursor: page.nextCursor,
          loading: false,
        })),
      (err: Error) => {
        if (err.name !== 'AbortError')
          setState((s) => ({ ...s, loading: false, error: err instanceof ApiError ? err : new ApiError(err.message) }));
      },
    );
    return () => ctrl.abort();
  }, [url, cursor, attempt]);
  const more = useCallback(() => {
    if (state.nextCursor) setAsked({ url, cursor: state.nextCursor });
  }, [url, state.nextCursor]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, more, retry };
}
