import { useCallback, useState } from 'react';

const KEY = 'sakskart.adminToken';

/** The admin token, asked for once and kept for the browser session (sessionStorage, not on disk). */
export function useAdminToken() {
  const [token, setToken] = useState<string | undefined>(() => {
    try {
      return window.sessionStorage.getItem(KEY) ?? undefined;
    } catch {
      return undefined;
    }
  });
  const save = useCallback((t: string | undefined) => {
    try {
      if (t) window.sessionStorage.setItem(KEY, t);
      else window.sessionStorage.removeItem(KEY);
    } catch {
      /* storage blocked: the token lives until the page is closed */
    }
    setToken(t);
  }, []);
  return { token, save };
}
