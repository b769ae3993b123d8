import type { Executor } from '../../../graph/executor.js';

// One meeting (by $id) or all of them (optionally of $committee), with their case counts.
const SUMMARIES = `
MATCH (m:Meeting)
WHERE ($id IS NULL OR m.id = $id) AND ($committee IS NULL OR m.committee = $committee)
OPTIONAL MATCH (c:Case)-[:TREATED_AT]->(m)
RETURN m.id AS id, m.committee AS committee, m.number AS number, m.startDate AS startDate,
       m.endDate AS endDate, m.place AS place, count(DISTINCT c) AS cases
ORDER BY startDate DESC`;

const AGENDA = `
MATCH (c:Case)-[t:TREATED_AT]->(m:Meeting {id: $id})
WITH c, min(t.order) AS order, head(collect(t.type)) AS type, head(collect(t.time)) AS time
RETURN order, c.id AS id, c.number AS number, c.title AS title, coalesce(type, c.type) AS type, time,
       c.decision AS decision, c.proposedDecision AS proposedDecision
ORDER BY order, number`;

const ATTENDANCE = `
MATCH (p:Person)-[a:ATTENDED]->(:Meeting {id: $id})
OPTIONAL MATCH (p)-[:REPRESENTS]->(o:Organization)
WITH p, a, head(collect(DISTINCT o.name)) AS organization
RETURN DISTINCT p.id AS person, p.name AS name, organization, a.status AS status, a.days AS days, a.substituteFor AS substituteFor
ORDER BY status, name`;

const ACTIONS = `
MATCH (ai:ActionItem)-[:FROM]->(c:Case)-[:TREATED_AT]->(:Meeting {id: $id})
OPTIONAL MATCH (ai)-[:ASSIGNED_TO]->(o:Organization)
RETURN DISTINCT ai.id AS id, c.id AS case, ai.text AS text, o.name AS responsible
ORDER BY case, text`;

export const listMeetings = (ex: Executor, committee?: string) =>
  ex.read(SUMMARIES, { id: null, committee: committee ?? null }, 'meetings');

export async function meetingDetail(ex: Executor, id: string) {
  const [meeting] = await ex.read(SUMMARIES, { id, committee: null }, 'meeting');
  if (!meeting) return undefined;
  const [agenda, attendance, actionItems] = await Promise.all([
    ex.read(AGENDA, { id }, 'meeting'),
    ex.read(ATTENDANCE, { id }, 'meeting'),
    ex.read(ACTIONS, { id }, 'meeting'),
  ]);
  return { meeting, agenda, attendance, actionItems };
}
