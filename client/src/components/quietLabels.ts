/**
 * Which labels wait for the reader to zoom in. A committee at depth 2 draws ~700 nodes: every
 * label at once is an unreadable heap. Past `DENSE` nodes, only the `HUBS` best-connected nodes
 * keep their label at overview zoom; the others' labels appear as the reader zooms in (see the
 * `quiet` class in graphStyle.ts).
 */
export const DENSE = 150;
export const HUBS = 30;

/** The ids whose label is quiet: all but the best-connected, ties broken by id so a redraw is stable. */
export function quietLabels(nodes: { id: string; degree: number }[]): Set<string> {
  if (nodes.length <= DENSE) return new Set();
  const ranked = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Set(ranked.slice(HUBS).map((n) => n.id));
}
