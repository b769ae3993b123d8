import type { Executor } from '../../../graph/executor.js';
import { sourceMap } from '../../graph/sourceRef.js';

const MEETING = `
MATCH (m:Meeting {id: $id})
OPTIONAL MATCH (m)-[:OF]->(k:Committee)
RETURN m.id AS id, m.committee AS committee, coalesce(k.name, m.committee) AS committeeName, m.number AS number,
       m.startDate AS startDate, m.place AS place`;

const AGENDA = `
MATCH (c:Case)-[t:TREATED_AT]->(:Meeting {id: $id})
WITH c, min(t.order) AS order
OPTIONAL MATCH (c)-[:ABOUT]->(tp:Topic)
RETURN c.id AS id, c.number AS number, c.title AS title, order, c.proposedDecision AS proposedDecision,
       c.decision AS decision, collect(DISTINCT {key: tp.key, name: tp.name}) AS topics
ORDER BY order, number`;

// Earlier treatments: cases LINKED (always earlier → later) into this one, up to four steps back.
// The source is where the decision was read, else where the link was stated.
const HISTORY = `
MATCH p = (e:Case)-[:LINKED*1..4]->(c:Case {id: $case})
WITH e, min(length(p)) AS steps, head(collect(last(relationships(p)))) AS r,
     head(collect(relationships(p)[0])) AS first
OPTIONAL MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(e) WHERE s.contributed CONTAINS '"decision"'
WITH e, first, d, s ORDER BY d.date DESC
WITH e, first, head(collect(CASE WHEN d IS NULL THEN null ELSE ${sourceMap('d', 's')} END)) AS decisionSource
OPTIONAL MATCH (ld:Document {id: first.doc})
RETURN e.id AS id, e.committee AS committee, e.number AS number, e.title AS title, e.date AS date,
       first.kind AS kind, e.decision AS decision,
       coalesce(decisionSource, CASE WHEN ld IS NULL THEN null ELSE ${sourceMap('ld', 'first')} END) AS source
ORDER BY date, id`;

// Who raised what on the case, its earlier treatments, or its topics; newest first.
const RAISED = `
MATCH (c:Case {id: $case})
OPTIONAL MATCH (c)<-[:LINKED*1..4]-(e:Case)
WITH c, collect(DISTINCT e) AS earlier
WITH c, earlier + c AS chain
OPTIONAL MATCH (c)-[:ABOUT]->(t:Topic)
WITH chain, collect(DISTINCT t) AS topics
MATCH (st:Statement)
WHERE EXISTS { MATCH (st)-[:ON]->(x:Case) WHERE x IN chain }
   OR EXISTS { MATCH (st)-[:ABOUT]->(t:Topic) WHERE t IN topics }
OPTIONAL MATCH (st)-[:ON]->(on:Case)
OPTIONAL MATCH (a)-[:RAISED]->(st) WHERE a:Organization OR a:Person
WITH st, on, a ORDER BY CASE WHEN a:Organization THEN 0 ELSE 1 END
WITH st, head(collect(on)) AS on, head(collect(a)) AS a
MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(st)
WITH st, on, a, d, s ORDER BY d.date
WITH st, on, a, head(collect({d: d, s: s})) AS first
WITH st, on, a, first.d AS d, first.s AS s
RETURN 'Statement:' + st.id AS statement,
       CASE WHEN a IS NULL THEN null WHEN a:Organization THEN 'Organization:' + a.id ELSE 'Person:' + a.id END AS actor,
       a.name AS actorName, st.text AS text, on.id AS case, d.date AS date, ${sourceMap('d', 's')} AS source
ORDER BY date DESC, case, s.lineStart
LIMIT 40`;

// Action items not yet followed up, from the case, its earlier treatments or cases on its topics.
const OPEN_ACTIONS = `
MATCH (c:Case {id: $case})
OPTIONAL MATCH (c)<-[:LINKED*1..4]-(e:Case)
OPTIONAL MATCH (c)-[:ABOUT]->(:Topic)<-[:ABOUT]-(same:Case)
WITH c, collect(DISTINCT e) AS earlier, collect(DISTINCT same) AS sameTopic
WITH earlier + sameTopic + c AS around
UNWIND around AS x
MATCH (ai:ActionItem)-[:FROM]->(x)
WHERE NOT EXISTS { (ai)-[:FOLLOWED_UP_BY]->() }
OPTIONAL MATCH (ai)-[:ASSIGNED_TO]->(o:Organization)
WITH DISTINCT ai, x, head(collect(o.name)) AS responsible
OPTIONAL MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(ai)
WITH ai, x, responsible, head(collect(${sourceMap('d', 's')})) AS source
RETURN 'ActionItem:' + ai.id AS id, ai.text AS text, x.id AS case, responsible, source
ORDER BY case, id`;

// Cases on the same topics in other committees that are not part of this case's own history.
const RELATED = `
MATCH (c:Case {id: $case})-[:ABOUT]->(t:Topic)<-[:ABOUT]-(o:Case)
WHERE o.committee <> c.committee AND NOT EXISTS { (o)-[:LINKED*1..4]->(c) } AND NOT coalesce(o.stub, false)
WITH o, collect(DISTINCT t.name)[0] AS topic
RETURN o.id AS id, o.committee AS committee, o.number AS number, o.title AS title, o.date AS date, topic
ORDER BY date DESC, id
LIMIT 10`;

export async function readBrief(ex: Executor, id: string) {
  const [meeting] = await ex.read(MEETING, { id }, 'brief');
  if (!meeting) return undefined;
  const agenda = await ex.read(AGENDA, { id }, 'brief');
  const cases = await Promise.all(
    agenda.map(async (c) => {
      const p = { case: c.id };
      const [history, raised, openActionItems, related] = await Promise.all([
        ex.read(HISTORY, p, 'brief'),
        ex.read(RAISED, p, 'brief'),
        ex.read(OPEN_ACTIONS, p, 'brief'),
        ex.read(RELATED, p, 'brief'),
      ]);
      return { ...c, history, raised, openActionItems, related };
    }),
  );
  return { meeting, cases };
}
