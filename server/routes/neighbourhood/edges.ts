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

export interface EdgeSource {
  doc: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
}

/**
 * One edge per fact: the same relationship stated by several documents (one per document in the
 * graph) becomes one edge carrying every source. Stable ids let the client merge expansions.
 */
export function edgeId(type: string, source: string, target: string, kind?: unknown): string {
  return `${type}${kind ? `:${String(kind)}` : ''}|${source}|${target}`;
}
