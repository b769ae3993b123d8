/** An edge of a neighbourhood: its type, its ends and its other properties. */
export type EdgeIdentity = { type: string; source: string; target: string } & Record<string, unknown>;

/**
 * What tells two edges of one type between the same two nodes apart: a link's or a dependency's
 * `kind`, else an attendance's `status`. Also what GET /api/edges/sources is asked for as `kind`.
 */
export const edgeKind = (e: Record<string, unknown>): unknown => e.kind ?? e.status;

/**
 * The id of an edge of a neighbourhood: one edge per fact and kind (parallel relationships between
 * two nodes are one edge with the count of their sources). Not sent with the edge: server and
 * client both derive it from the edge's type, ends and kind, so the answer does not carry it twice.
 */
export function edgeId(e: EdgeIdentity): string {
  const kind = edgeKind(e);
  return `${e.type}${kind ? `:${String(kind)}` : ''}|${e.source}|${e.target}`;
}
