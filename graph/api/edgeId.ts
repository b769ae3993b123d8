/**
 * The id of an edge of a neighbourhood: one edge per fact and kind (parallel relationships between
 * two nodes are one edge with the count of their sources). Not sent with the edge: server and
 * client both derive it from the edge's type, ends and kind, so the answer does not carry it twice.
 */
export function edgeId(type: string, source: string, target: string, kind?: unknown): string {
  return `${type}${kind ? `:${String(kind)}` : ''}|${source}|${target}`;
}
