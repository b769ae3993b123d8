import { useCallback, useEffect, useState } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from './urlState.js';

/**
 * The app state, read from and written to the URL. `update` pushes a history entry (so back
 * undoes it); `replace` changes the current one (for selection clicks that should not pile up).
 */
export function useUrlState() {
  const [state, setState] = useState<UrlState>(() => parseUrlState(window.location.search));
  useEffect(() => {
    const onPop = () => setState(parseUrlState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const write = useCallback((change: (s: UrlState) => UrlState, mode: 'push' | 'replace') => {
    setState((prev) => {
      const next = change(prev);
      const url = `${window.location.pathname}${serializeUrlState(next)}`;
      if (url !== `${window.location.pathname}${window.location.search}`) {
        if (mode === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      return next;
    });
  }, []);
  const update = useCallback((change: (s: UrlState) => UrlState) => write(change, 'push'), [write]);
  const replace = useCallback((change: (s: UrlState) => UrlState) => write(change, 'replace'), [write]);
  return { state, update, replace };
}
