import type { Executor } from '../../../graph/executor.js';
import type { StanceT } from '../../../graph/schema/nodes.js';

export type FeedScope = 'topics' | 'committees' | 'organizations';

// Cases in scope per feed: about the topic, of the committee, or presented by / commented on by the organisation.
const SCOPED_CASES: Record<FeedScope, string> = {
  topics: 'MATCH (c:Case)-[:ABOUT]->(:Topic {key: $key})',
  committees: 'MATCH (c:Case {committee: $key})',
  organizations: `MATCH (c:Case) WHERE EXISTS { (:Organization {id: $key})-[:PRESENTED]->(c) }
     OR EXISTS { (:Organization {id: $key})-[:RAISED]->(:Statement)-[:ON]->(c) }`,
};
const SCOPED_STATEMENTS: Record<FeedScope, string> = {
  topics: `MATCH (st:Statement) WHERE EXISTS { (st)-[:ABOUT]->(:Topic {key: $key}) }
     OR EXISTS { (st)-[:ON]->(:Case)-[:ABOUT]->(:Topic {key: $key}) }`,
  committees: 'MATCH (st:Statement)-[:ON]->(:Case {committee: $key})',
  organizations: 'MATCH (:Organization {id: $key})-[:RAISED]->(st:Statement)',
};

const TITLE: Record<FeedScope, string> = {
  topics: 'MATCH (n:Topic {key: $key}) RETURN n.name AS name',
  committees: 'MATCH (n:Committee {key: $key}) RETURN n.name AS name',
  organizations: 'MATCH (n:Organization {id: $key}) RETURN n.name AS name',
};

// One entry per case (when first treated), per decision (when made) and per statement (when written).
const entriesQuery = (scope: FeedScope) => `
CALL () {
  ${SCOPED_CASES[scope]}
  WITH DISTINCT c WHERE NOT coalesce(c.stub, false)
  OPTIONAL MATCH (c)-[:TREATED_AT]->(m:Meeting)
  WITH c, min(m.startDate) AS first, max(m.startDate) AS last
  WITH c, first, last, [['case', coalesce(first, c.date)], ['decision', CASE WHEN c.decision IS NULL THEN null ELSE last END]] AS kinds
  UNWIND kinds AS k
  WITH c, k WHERE k[1] IS NOT NULL
  RETURN k[0] AS kind, c.id AS key, 'Case:' + c.id AS node, c.committee + ' ' + c.number + ' ' + c.title AS title,
         CASE k[0] WHEN 'decision' THEN c.decision ELSE coalesce(c.summary, c.proposedDecision, c.title) END AS content,
         k[1] AS date, null AS author, null AS stance, null AS stanceCue
  UNION
  ${SCOPED_STATEMENTS[scope]}
  WITH DISTINCT st
  OPTIONAL MATCH (st)-[:ON]->(c:Case)
  OPTIONAL MATCH (a)-[:RAISED]->(st) WHERE a:Organization OR a:Person
  OPTIONAL MATCH (d:Document)-[:SOURCE_OF {derived: false}]->(st)
  WITH st, head(collect(c)) AS c, head(collect(a.name)) AS author, min(d.date) AS date
  WHERE date IS NOT NULL
  RETURN 'statement' AS kind, st.id AS key, 'Statement:' + st.id AS node,
         coalesce(author, 'Innspill') + CASE WHEN c IS NULL THEN '' ELSE ' om ' + c.committee + ' ' + c.number END AS title,
         st.text AS content, date, author, coalesce(st.stance, 'information') AS stance,
         coalesce(st.stanceCue, '') AS stanceCue
}
RETURN kind, key, node, title, content, date, author, stance, stanceCue
ORDER BY date DESC, kind, key
LIMIT 200`;

export async function feedTitle(ex: Executor, scope: FeedScope, key: string): Promise<string | undefined> {
  const [row] = await ex.read(TITLE[scope], { key }, 'feed');
  return row?.name as string | undefined;
}

export interface FeedEntryRow {
  kind: 'case' | 'decision' | 'statement';
  key: string;
  node: string;
  title: string;
  content: string | null;
  date: string;
  author: string | null;
  /** A statement's stance and the words that decided it; null on cases and decisions. */
  stance: StanceT | null;
  stanceCue: string | null;
}

export const feedEntries = async (ex: Executor, scope: FeedScope, key: string) =>
  (await ex.read(entriesQuery(scope), { key }, 'feed')) as unknown as FeedEntryRow[];
