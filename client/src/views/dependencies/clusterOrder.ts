import type { LandscapeT } from '../../../../graph/api/strategy.js';

/**
 * Topics grouped by cluster (largest cluster first, as numbered by the server), most central first
 * within a cluster; topics the landscape does not know keep their order at the end.
 */
export function sortByCluster<T extends { id: string }>(topics: T[], landscape: LandscapeT | undefined): T[] {
  if (!landscape) return topics;
  const rank = new Map(landscape.topics.map((t) => [t.id, t]));
  return topics
    .map((t, i) => ({ t, i, l: rank.get(t.id) }))
    .sort((a, b) => {
      if (!a.l || !b.l) return (a.l ? 0 : 1) - (b.l ? 0 : 1) || a.i - b.i;
      return a.l.community - b.l.community || b.l.betweenness - a.l.betweenness || a.i - b.i;
    })
    .map((x) => x.t);
}
