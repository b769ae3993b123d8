import type { ActionItemQueryT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { sourceMap } from '../../graph/sourceRef.js';

// Every action item with its origin case and meeting, who is responsible, and what followed it up
// (in no order: the route sorts and pages).
const ACTION_ITEMS = `
MATCH (ai:ActionItem)-[:FROM]->(c:Case)
WHERE ($committee IS NULL OR c.committee = $committee)
  AND ($organization IS NULL OR EXISTS { (ai)-[:ASSIGNED_TO]->(:Organization {id: $organization}) })
  AND ($q IS NULL OR toLower(ai.text) CONTAINS $q OR toLower(c.title) CONTAINS $q)
OPTIONAL MATCH (ai)-[:ASSIGNED_TO]->(o:Organization)
WITH ai, c, collect(DISTINCT {id: 'Organization:' + o.id, name: o.name}) AS responsible
OPTIONAL MATCH (ai)-[:FOLLOWED_UP_BY]->(f:Case)
WITH ai, c, responsible, collect(DISTINCT {id: 'Case:' + f.id, title: f.committee + ' ' + f.number + ' ' + f.title}) AS followed
WITH ai, c, responsible, [x IN followed WHERE x.id IS NOT NULL] AS followedUpBy
WHERE $status IS NULL OR ($status = 'open') = (size(followedUpBy) = 0)
OPTIONAL MATCH (c)-[:TREATED_AT]->(m:Meeting)
WITH ai, c, responsible, followedUpBy, m ORDER BY m.startDate
WITH ai, c, responsible, followedUpBy, head(collect(m)) AS m
OPTIONAL MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(ai)
WITH ai, c, responsible, followedUpBy, m, d, s ORDER BY d.date DESC
WITH ai, c, responsible, followedUpBy, m, head(collect(CASE WHEN d IS NULL THEN null ELSE ${sourceMap('d', 's')} END)) AS source
RETURN 'ActionItem:' + ai.id AS id, ai.text AS text, [r IN responsible WHERE r.name IS NOT NULL] AS responsible,
       'Case:' + c.id AS case, c.committee + ' ' + c.number + ' ' + c.title AS caseTitle, c.committee AS committee,
       m.id AS meeting, coalesce(m.startDate, c.date) AS date,
       CASE WHEN size(followedUpBy) = 0 THEN 'open' ELSE 'followed-up' END AS status, followedUpBy, source
`;

export const listActionItems = (ex: Executor, q: ActionItemQueryT) =>
  ex.read(
    ACTION_ITEMS,
    {
      status: q.status ?? null,
      committee: q.committee ?? null,
      organization: q.organization ?? null,
      q: q.q ? q.q.toLowerCase() : null,
    },
    'action-items',
  );
