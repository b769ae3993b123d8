import { parseNodeId } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import type { Facets } from './summary.js';

// A person's organisation as of the latest meeting that states it.
const PERSON_ORGS = `
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:REPRESENTS]->(o:Organization)
WITH id, o ORDER BY r.date DESC
WITH id, head(collect(o)) AS o
RETURN id, o.id AS org, o.name AS name`;

// A statement's own main topic (the most named), else that of the case it was made on.
const STATEMENT_TOPICS = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (s)-[a:ABOUT]->(t:Topic)
WITH id, s, t ORDER BY CASE a.role WHEN 'main' THEN 0 ELSE 1 END, a.weight DESC
WITH id, s, head(collect(t)) AS own
OPTIONAL MATCH (s)-[:ON]->(:Case)-[a:ABOUT]->(t:Topic)
WITH id, own, t ORDER BY CASE a.role WHEN 'main' THEN 0 ELSE 1 END, a.weight DESC
WITH id, own, head(collect(t)) AS onCase
WITH id, coalesce(own, onCase) AS t
WHERE t IS NOT NULL
RETURN id, t.key AS key, t.name AS name`;

// Committees are few: their short names label the groups of their cases and meetings.
const COMMITTEE_NAMES = `MATCH (c:Committee) RETURN c.key AS key, c.shortName AS name`;

/** The organisation of each person and the topic of each statement among `ids` (public ids), and committee names. */
export async function summaryFacets(executor: Executor, ids: string[]): Promise<Facets> {
  const keys = (label: string) => ids.filter((id) => id.startsWith(`${label}:`)).map((id) => parseNodeId(id).key);
  const persons = keys('Person');
  const statements = keys('Statement');
  const [orgs, topics, committees] = await Promise.all([
    persons.length ? executor.read(PERSON_ORGS, { ids: persons }, 'neighbourhood-summary') : [],
    statements.length ? executor.read(STATEMENT_TOPICS, { ids: statements }, 'neighbourhood-summary') : [],
    executor.read(COMMITTEE_NAMES, {}, 'neighbourhood-summary'),
  ]);
  return {
    person: new Map(orgs.map((r) => [`Person:${String(r.id)}`, { id: String(r.org), name: String(r.name) }])),
    statement: new Map(topics.map((r) => [`Statement:${String(r.id)}`, { key: String(r.key), name: String(r.name) }])),
    committee: new Map(committees.map((r) => [String(r.key), String(r.name)])),
  };
}
