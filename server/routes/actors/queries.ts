import { stanceOf } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { NODE_LABELS } from '../../../graph/schema/index.js';
import type { RecordRow } from './record.js';

export type ActorLabel = 'Organization' | 'Person';

/*
 * Every statement of an actor, lean: what grouping and paging need. The date is the stating
 * document's meeting date (as in the concerns timeline), the topic the statement's own main topic,
 * else its case's (as the graph's summary groups it), ties broken by key so the answer is stable.
 * The label is interpolated from the schema registry (never from input); the key is a parameter.
 */
const recordQuery = (label: ActorLabel) => `
MATCH (a:${label} {${NODE_LABELS[label].key}: $key})
OPTIONAL CALL (a) {
  MATCH (a)-[r:RAISED]->(s:Statement)
  OPTIONAL MATCH (s)-[:ON]->(c:Case)
  OPTIONAL MATCH (d:Document {id: r.doc})
  OPTIONAL CALL (s) {
    MATCH (s)-[x:ABOUT]->(t:Topic)
    RETURN t AS own ORDER BY CASE x.role WHEN 'main' THEN 0 ELSE 1 END, x.weight DESC, t.key LIMIT 1
  }
  OPTIONAL CALL (c) {
    MATCH (c)-[x:ABOUT]->(t:Topic)
    RETURN t AS onCase ORDER BY CASE x.role WHEN 'main' THEN 0 ELSE 1 END, x.weight DESC, t.key LIMIT 1
  }
  WITH s, c, d, coalesce(own, onCase) AS t
  RETURN collect({id: s.id, date: coalesce(d.date, c.date), committee: c.committee, stance: s.stance,
                  topic: CASE WHEN t IS NULL THEN null ELSE {key: t.key, name: t.name} END}) AS rows
}
RETURN coalesce(a.name, a.id) AS name, rows`;

/** The actor's name and its statements, or undefined when there is no such actor. */
export async function readRecord(
  executor: Executor,
  label: ActorLabel,
  key: string,
): Promise<{ name: string; rows: RecordRow[] } | undefined> {
  const [row] = await executor.read(recordQuery(label), { key }, 'actor-record');
  if (!row) return undefined;
  const rows = ((row.rows as Record<string, unknown>[] | null) ?? [])
    .filter((r) => r.id !== null && r.id !== undefined)
    .map((r) => ({
      id: String(r.id),
      date: typeof r.date === 'string' ? r.date : null,
      committee: typeof r.committee === 'string' ? r.committee : null,
      topic: (r.topic as RecordRow['topic']) ?? null,
      stance: stanceOf(r).stance,
    }));
  return { name: String(row.name), rows };
}

const PAGE_DETAILS = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (s)-[:ON]->(c:Case)
RETURN s.id AS id, s.text AS text, s.kind AS kind, s.stance AS stance, s.stanceCue AS stanceCue,
       c.id AS case, c.title AS title`;

/** Text, kind, stance cue and case of the statements of one page. */
export const readPageDetails = (executor: Executor, ids: string[]) =>
  executor.read(PAGE_DETAILS, { ids }, 'actor-record');
