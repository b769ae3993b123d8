import type { Executor } from '../../../graph/executor.js';
import { FULLTEXT_INDEX, FULLTEXT_PROPERTIES, NODE_LABELS } from '../../../graph/schema/index.js';
import { stanceParam } from '../../../graph/api/stance.js';
import type { StanceT } from '../../../graph/schema/nodes.js';
import type { AliasEntry } from './lucene.js';

/** Longest stretch of a text field a hit carries: enough for a snippet, never a whole document. */
export const SEARCH_TEXT_CHARS = 4000;
/** Candidates per hit asked when filtering by stance (at most 50 × 25 from the index). */
const STANCE_FETCH = 25;

// Only what a hit shows (key, label parts, searched text): a Document's whole text, or every
// property of a node, must not travel with each hit. Property names come from the schema.
const KEYS = [...new Set(Object.values(NODE_LABELS).map((l) => l.key))];
const SHOWN = ['committee', 'number', 'shortName', 'startDate', 'when', 'context', 'stance', 'stanceCue'];
const projection = [
  ...new Set([...KEYS, ...SHOWN].filter((p) => !(FULLTEXT_PROPERTIES as readonly string[]).includes(p))),
]
  .map((p) => `.${p}`)
  .concat(FULLTEXT_PROPERTIES.map((p) => `${p}: left(toString(node.${p}), ${SEARCH_TEXT_CHARS})`))
  .join(', ');

const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $fetch}) YIELD node, score
WHERE ($kinds IS NULL OR any(l IN labels(node) WHERE l IN $kinds))
  AND ($stances IS NULL OR (node:Statement AND coalesce(node.stance, 'information') IN $stances))
WITH node, score ORDER BY score DESC LIMIT $limit
RETURN labels(node) AS labels, node {${projection}} AS props, score`;

export async function searchNodes(
  executor: Executor,
  lucene: string,
  kinds: string[] | undefined,
  limit: number,
  stances?: StanceT[],
): Promise<{ labels: string[]; props: Record<string, unknown>; score: number }[]> {
  // The index ranks every label together and the filter comes after it: a stance keeps only some
  // statements among the top hits, so it looks further down the ranking.
  const fetch = limit * (stances ? STANCE_FETCH : 4);
  const rows = await executor.read(
    SEARCH,
    { index: FULLTEXT_INDEX, lucene, kinds: kinds ?? null, stances: stanceParam(stances), limit, fetch },
    'search',
  );
  return rows as { labels: string[]; props: Record<string, unknown>; score: number }[];
}

// Acronyms and aliases of topics, organisations and committees, for query expansion.
const ALIASES = `
MATCH (n) WHERE (n:Topic OR n:Organization OR n:Committee) AND n.curated = true
RETURN n.name AS name, coalesce(n.aliases, []) + CASE WHEN n:Committee THEN [n.shortName] ELSE [] END AS aliases`;

export async function readAliases(executor: Executor): Promise<AliasEntry[]> {
  const rows = await executor.read(ALIASES, {}, 'search-aliases');
  const out: AliasEntry[] = [];
  for (const r of rows) {
    const names = [String(r.name), ...(r.aliases as string[])];
    for (const a of names) out.push({ alias: a.toLowerCase(), expansions: names.filter((n) => n !== a) });
  }
  return out;
}
