import { parseUrlState, serializeUrlState, type UrlState } from './urlState.js';

/**
 * Links from components that do not hold the URL state (source lists, feeds of results): the href
 * for a state change, and following it inside the app. useUrlState listens to popstate, so
 * announcing the new entry that way updates the app like back/forward does.
 */
export function hrefFor(change: (s: UrlState) => UrlState): string {
  return `${window.location.pathname}${serializeUrlState(change(parseUrlState(window.location.search)))}`;
}

export function navigate(change: (s: UrlState) => UrlState): void {
  window.history.pushState(null, '', hrefFor(change));
  window.dispatchEvent(new PopStateEvent('popstate'));
}
