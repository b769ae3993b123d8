const LAST = 'sakskart.lastVisit';
const PREVIOUS = 'sakskart.previousVisit';

/**
 * The date of the user's previous visit: read once per browser session from localStorage (which
 * then records today), so it stays put while the user looks around.
 */
export function previousVisit(today = new Date().toISOString().slice(0, 10)): string | undefined {
  try {
    const kept = window.sessionStorage.getItem(PREVIOUS);
    if (kept !== null) return kept || undefined;
    const last = window.localStorage.getItem(LAST) ?? '';
    window.sessionStorage.setItem(PREVIOUS, last);
    window.localStorage.setItem(LAST, today);
    return last || undefined;
  } catch {
    return undefined;
  }
}
