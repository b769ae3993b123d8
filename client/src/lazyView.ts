import { lazy, type ComponentType } from 'react';

/**
 * A view loaded on first use: each view (and what only it needs, such as Cytoscape) becomes its
 * own chunk, so the first screen downloads only the shell and the view it shows.
 * Views are named exports; `pick` names the one to use.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyView<M extends Record<string, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  pick: K,
): M[K] {
  return lazy(() => load().then((m) => ({ default: m[pick] }))) as unknown as M[K];
}
