/** What a relationship type reads as on an edge, in Norwegian (the client's default language). */
export const EDGE_LABELS: Record<string, string> = {
  OF: 'i utvalg',
  TREATED_AT: 'behandlet i',
  REPRESENTS: 'representerer',
  MEMBER_OF: 'medlem av',
  ATTENDED: 'deltok',
  PRESENTED: 'presenterte',
  ON: 'om sak',
  RAISED: 'tok opp',
  RESPONDS_TO: 'svarer på',
  FROM: 'fra sak',
  ASSIGNED_TO: 'ansvar',
  FOLLOWED_UP_BY: 'fulgt opp i',
  ABOUT: 'handler om',
  LINKED: 'koblet til',
  PLANNED: 'planlagt i',
  DEPENDS_ON: 'avhenger av',
};

/**
 * One edge per fact and kind: parallel relationships between two nodes become one edge with the
 * count of their sources (listed by GET /api/edges/sources). Stable ids let the client merge expansions.
 */
export function edgeId(type: string, source: string, target: string, kind?: unknown): string {
  return `${type}${kind ? `:${String(kind)}` : ''}|${source}|${target}`;
}
