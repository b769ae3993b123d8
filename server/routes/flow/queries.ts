import type { Executor } from '../../../graph/executor.js';
import type { ReferredRow } from './referred.js';

// Cases about the topic, plus cases one LINKED step away (the same matter treated elsewhere).
const TOPIC_CASES = `
MATCH (:Topic {key: $topic})<-[a:ABOUT]-(c:Case)
WHERE $role = 'any' OR coalesce(a.role, 'main') = 'main'
WITH collect(DISTINCT c) AS core
CALL (core) {
  UNWIND core AS c
  OPTIONAL MATCH (c)-[:LINKED]-(o:Case)
  OPTIONAL MATCH (c)<-[:FROM]-(:ActionItem)-[:FOLLOWED_UP_BY]->(f:Case)
  OPTIONAL MATCH (c)-[:REFERS_TO]->(r:Case)
  RETURN collect(DISTINCT o) + collect(DISTINCT f) + collect(DISTINCT r) AS near
}
UNWIND core + near AS c
RETURN DISTINCT c.id AS id`;

// The whole chain a case belongs to, up to three links away.
const CASE_CHAIN = `
MATCH (s:Case {id: $case})
OPTIONAL MATCH (s)-[:LINKED|FROM|FOLLOWED_UP_BY*1..6]-(c:Case)
WITH s, collect(DISTINCT c) AS cs
OPTIONAL MATCH (s)-[:REFERS_TO]-(r:Case)
WITH s, cs, collect(DISTINCT r) AS rs
UNWIND [s] + cs + rs AS c
RETURN DISTINCT c.id AS id`;

const DETAILS = `
MATCH (c:Case) WHERE c.id IN $ids
OPTIONAL MATCH (c)-[t:TREATED_AT]->(m:Meeting)
WITH c, t, m ORDER BY m.startDate
WITH c, head(collect(t.type)) AS firstType, [d IN collect(DISTINCT m.startDate) WHERE d IS NOT NULL] AS dates
RETURN c.id AS id, c.committee AS committee, c.number AS number, c.title AS title, c.date AS date, dates,
       coalesce(c.type, firstType) AS type, coalesce(c.stub, false) AS stub`;

const LINKS = `
MATCH (a:Case)-[l:LINKED]->(b:Case) WHERE a.id IN $ids AND b.id IN $ids
RETURN DISTINCT a.id AS from, b.id AS to, l.kind AS kind, l.quote AS quote
UNION
MATCH (a:Case)<-[:FROM]-(ai:ActionItem)-[f:FOLLOWED_UP_BY]->(b:Case) WHERE a.id IN $ids AND b.id IN $ids
RETURN DISTINCT a.id AS from, b.id AS to, 'follow-up' AS kind, ai.text AS quote`;

const PLANNED = `
MATCH (a:Case)-[p:PLANNED]->(k:Committee) WHERE a.id IN $ids
RETURN DISTINCT a.id AS from, k.key AS committee, p.date AS date, p.quote AS quote`;

// Meetings referred to without a case number, loaded or placeholders, and cases resolved from them.
const REFERRED = `
MATCH (a:Case)-[r:REFERS_TO]->(t) WHERE a.id IN $ids AND (t:Meeting OR t:ReferencedMeeting OR t:Case)
RETURN DISTINCT a.id AS from, CASE WHEN t:Case THEN t.id ELSE t.id END AS to,
       CASE WHEN t:Meeting THEN 'meeting' WHEN t:ReferencedMeeting THEN 'placeholder' ELSE 'case' END AS kind,
       t.committee AS committee, t.startDate AS startDate, t.when AS when, t.relative AS relative,
       t.number AS number, r.direction AS direction, r.quote AS quote,
       CASE WHEN t:Meeting THEN [(c:Case)-[:TREATED_AT]->(t) | c.id] ELSE [] END AS meetingCases`;

const LANES = `MATCH (k:Committee) RETURN k.key AS committee, k.name AS name, coalesce(k.shortName, k.key) AS shortName ORDER BY k.key`;

export async function flowCaseIds(
  executor: Executor,
  q: { topic?: string; case?: string; role?: 'main' | 'any' },
): Promise<string[]> {
  const rows = q.topic
    ? await executor.read(TOPIC_CASES, { topic: q.topic, role: q.role ?? 'any' }, 'flow')
    : await executor.read(CASE_CHAIN, { case: q.case }, 'flow');
  return rows.map((r) => String(r.id));
}

export async function flowDetails(executor: Executor, ids: string[]) {
  const [cases, links, planned, lanes, referred] = await Promise.all([
    executor.read(DETAILS, { ids }, 'flow'),
    executor.read(LINKS, { ids }, 'flow'),
    executor.read(PLANNED, { ids }, 'flow'),
    executor.read(LANES, {}, 'flow'),
    executor.read(REFERRED, { ids }, 'flow'),
  ]);
  return { cases, links, planned, lanes, referred: referred as unknown as ReferredRow[] };
}

export async function topicExists(executor: Executor, key: string): Promise<boolean> {
  return (await executor.read('MATCH (t:Topic {key: $key}) RETURN count(t) AS n', { key }, 'flow'))[0]?.n === 1;
}
export async function caseExists(executor: Executor, id: string): Promise<boolean> {
  return (await executor.read('MATCH (c:Case {id: $id}) RETURN count(c) AS n', { id }, 'flow'))[0]?.n === 1;
}
