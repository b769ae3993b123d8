/** A node as the summary and the keyboard see it: id, kind, name, degree, position on the canvas. */
export interface DrawnNode {
  id: string;
  kind: string;
  label: string;
  degree: number;
  x?: number;
  y?: number;
}

/**
 * The paragraph above the canvas that says what is drawn: "32 noder: 1 utvalg, 12 møter, … Mest
 * koblet: NUIT (14), …". Kinds by count (largest first), then the three best-connected nodes.
 */
export function canvasSummary(
  nodes: readonly DrawnNode[],
  edges: number,
  t: { summary: string; top: string; edges: string },
  kindCount: (kind: string, n: number) => string,
  locale: string,
): string {
  if (!nodes.length) return '';
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  const kinds = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => kindCount(k, n))
    .join(', ');
  const fmt = (n: number) => n.toLocaleString(locale);
  const top = [...nodes]
    .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label))
    .slice(0, 3)
    .filter((n) => n.degree > 0)
    .map((n) => `${n.label} (${fmt(n.degree)})`)
    .join(', ');
  return [
    t.summary.replace('{n}', fmt(nodes.length)).replace('{kinds}', kinds),
    t.edges.replace('{n}', fmt(edges)),
    top ? t.top.replace('{top}', top) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
