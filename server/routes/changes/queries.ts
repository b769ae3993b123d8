import type { Executor } from '../../../graph/executor.js';
import type { StanceT } from '../../../graph/schema/index.js';
import { sourceMap } from '../../graph/sourceRef.js';

/*
 * What changed from a date on ($from, inclusive), narrowed by committee, topic and organisation
 * (each may be null). Dates are ISO strings, so string order is date order.
 */

const CASE_FILTER = `($committee IS NULL OR c.committee = $committee)
  AND ($topic IS NULL OR EXISTS { (c)-[:ABOUT]->(:Topic {key: $topic}) })`;

const MEETINGS = `
MATCH (m:Meeting) WHERE m.startDate >= $from AND ($committee IS NULL OR m.committee = $committee)
OPTIONAL MATCH (c:Case)-[t:TREATED_AT]->(m) WHERE ${CASE_FILTER}
WITH m, c, min(t.order) AS order ORDER BY order, c.number
WITH m, [x IN collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, committee: c.committee, number: c.number, title: c.title, decision: c.decision, meeting: m.id, date: m.startDate} END) WHERE x IS NOT NULL] AS cases
WHERE $topic IS NULL OR size(cases) > 0
RETURN m.id AS id, m.committee AS committee, m.number AS number, m.startDate AS startDate, cases
ORDER BY startDate, id`;

const NEW_CASES = `
MATCH (c:Case) WHERE c.date >= $from AND NOT coalesce(c.stub, false) AND ${CASE_FILTER}
OPTIONAL MATCH (c)-[:TREATED_AT]->(m:Meeting)
WITH c, m ORDER BY m.startDate
WITH c, head(collect(m)) AS m
RETURN c.id AS id, c.committee AS committee, c.number AS number, c.title AS title, c.decision AS decision,
       m.id AS meeting, coalesce(m.startDate, c.date) AS date
ORDER BY date, id`;

// The decision's source is the document whose contribution gave the case its decision.
const DECISIONS = `
MATCH (c:Case)-[:TREATED_AT]->(m:Meeting)
WHERE c.decision IS NOT NULL AND m.startDate >= $from AND ${CASE_FILTER}
WITH c, max(m.startDate) AS date, max(m.id) AS meeting
OPTIONAL MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(c) WHERE s.contributed CONTAINS '"decision"'
WITH c, date, meeting, d, s ORDER BY d.date DESC
WITH c, date, meeting, head(collect(CASE WHEN d IS NULL THEN null ELSE ${sourceMap('d', 's')} END)) AS source
RETURN c.id AS id, c.committee AS committee, c.number AS number, c.title AS title, c.decision AS decision,
       meeting, date, source
ORDER BY date, id`;

const STATEMENTS = `
MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(st:Statement) WHERE d.date >= $from
OPTIONAL MATCH (st)-[:ON]->(c:Case)
WITH d, s, st, c
WHERE ($committee IS NULL OR c.committee = $committee)
  AND ($topic IS NULL OR EXISTS { (st)-[:ABOUT]->(:Topic {key: $topic}) } OR EXISTS { (c)-[:ABOUT]->(:Topic {key: $topic}) })
  AND ($organization IS NULL OR EXISTS { (:Organization {id: $organization})-[:RAISED]->(st) })
  AND ($stances IS NULL OR st.stance IN $stances)
OPTIONAL MATCH (a)-[:RAISED]->(st) WHERE a:Organization OR a:Person
WITH d, s, st, c, a ORDER BY CASE WHEN a:Organization THEN 0 ELSE 1 END
WITH d, s, st, c, head(collect(a)) AS a
RETURN CASE WHEN a IS NULL THEN null WHEN a:Organization THEN 'Organization:' + a.id ELSE 'Person:' + a.id END AS actor,
       a.name AS name, st.id AS id, st.text AS text, st.stance AS stance, st.stanceCue AS stanceCue, c.id AS case, d.date AS date, s.lineStart AS lineStart, ${sourceMap('d', 's')} AS source
ORDER BY name, date, s.lineStart`;

// Planned treatments whose date has come; "treated" when a later case in that committee builds on it.
const PLANNED = `
MATCH (c:Case)-[p:PLANNED]->(k:Committee)
WHERE p.date IS NOT NULL AND p.date <= $today
  AND ($committee IS NULL OR k.key = $committee OR c.committee = $committee)
  AND ($topic IS NULL OR EXISTS { (c)-[:ABOUT]->(:Topic {key: $topic}) })
WITH DISTINCT c, k, p.date AS date
RETURN c.id AS case, c.title AS title, k.key AS committee, date,
       EXISTS { (c)-[:LINKED]->(:Case {committee: k.key}) } AS treated
ORDER BY date, case`;

const OPENED = `
MATCH (ai:ActionItem)-[:FROM]->(c:Case)-[:TREATED_AT]->(m:Meeting)
WHERE m.startDate >= $from AND ${CASE_FILTER}
  AND ($organization IS NULL OR EXISTS { (ai)-[:ASSIGNED_TO]->(:Organization {id: $organization}) })
OPTIONAL MATCH (ai)-[:ASSIGNED_TO]->(o:Organization)
WITH ai, c, collect(DISTINCT o.name) AS responsible
RETURN ai.id AS id, ai.text AS text, c.id AS case, head(responsible) AS responsible
ORDER BY case, id`;

const FOLLOWED_UP = `
MATCH (ai:ActionItem)-[:FOLLOWED_UP_BY]->(c:Case)-[:TREATED_AT]->(m:Meeting)
WHERE m.startDate >= $from AND ${CASE_FILTER}
  AND ($organization IS NULL OR EXISTS { (ai)-[:ASSIGNED_TO]->(:Organization {id: $organization}) })
MATCH (ai)-[:FROM]->(origin:Case)
RETURN DISTINCT ai.id AS id, ai.text AS text, origin.id AS case, c.id AS followedUpBy
ORDER BY followedUpBy, id`;

const MEETING_DATE = 'MATCH (m:Meeting {id: $id}) RETURN m.startDate AS date';

export async function meetingDate(ex: Executor, id: string): Promise<string | undefined> {
  const [row] = await ex.read(MEETING_DATE, { id }, 'changes');
  return row?.date as string | undefined;
}

export interface ChangeFilters {
  from: string;
  today: string;
  committee: string | null;
  topic: string | null;
  organization: string | null;
  /** Only statements of these stances; null: all. Other parts of the answer are not narrowed. */
  stances: StanceT[] | null;
}

const QUERIES = {
  meetings: MEETINGS,
  newCases: NEW_CASES,
  decisions: DECISIONS,
  statements: STATEMENTS,
  planned: PLANNED,
  opened: OPENED,
  followedUp: FOLLOWED_UP,
};
export type ChangeList = keyof typeof QUERIES;

/** Every list, or only `only` (the others come back empty): "Vis flere" on one list reads that list alone. */
export async function readChanges(ex: Executor, f: ChangeFilters, only?: ChangeList) {
  const p = { ...f };
  // One after another: each is small, and a page load must not take the whole connection pool.
  const read = async (list: ChangeList) => (only && only !== list ? [] : ex.read(QUERIES[list], p, 'changes'));
  const meetings = await read('meetings');
  const newCases = await read('newCases');
  const decisions = await read('decisions');
  const statements = await read('statements');
  const planned = await read('planned');
  const opened = await read('opened');
  const followedUp = await read('followedUp');
  return { meetings, newCases, decisions, statements, planned, opened, followedUp };
}
