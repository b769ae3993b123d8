import type { Executor, Row } from '../../../graph/executor.js';
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
UNWIND $cases AS cid
MATCH p = (e:Case)-[:LINKED*1..4]->(:Case {id: cid})
WITH cid, e, head(collect(relationships(p)[0])) AS first
OPTIONAL MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(e) WHERE s.contributed CONTAINS '"decision"'
WITH cid, e, first, d, s ORDER BY d.date DESC
WITH cid, e, first, head(collect(CASE WHEN d IS NULL THEN null ELSE ${sourceMap('d', 's')} END)) AS decisionSource
OPTIONAL MATCH (ld:Document {id: first.doc})
RETURN cid, e.id AS id, e.committee AS committee, e.number AS number, e.title AS title, e.date AS date,
       first.kind AS kind, e.decision AS decision,
       coalesce(decisionSource, CASE WHEN ld IS NULL THEN null ELSE ${sourceMap('ld', 'first')} END) AS source
ORDER BY cid, date, id`;

// Who raised what on the case, its earlier treatments, or its topics; newest first.
const RAISED = `
UNWIND $cases AS cid
MATCH (c:Case {id: cid})
OPTIONAL MATCH (c)<-[:LINKED*1..4]-(e:Case)
WITH cid, c, collect(DISTINCT e) AS earlier
WITH cid, c, earlier + c AS chain
OPTIONAL MATCH (c)-[:ABOUT]->(t:Topic)
WITH cid, chain, collect(DISTINCT t) AS topics
MATCH (st:Statement)
WHERE EXISTS { MATCH (st)-[:ON]->(x:Case) WHERE x IN chain }
   OR EXISTS { MATCH (st)-[:ABOUT]->(t:Topic) WHERE t IN topics }
OPTIONAL MATCH (st)-[:ON]->(on:Case)
OPTIONAL MATCH (a)-[:RAISED]->(st) WHERE a:Organization OR a:Person
WITH cid, st, on, a ORDER BY CASE WHEN a:Organization THEN 0 ELSE 1 END
WITH cid, st, head(collect(on)) AS on, head(collect(a)) AS a
MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(st)
WITH cid, st, on, a, d, s ORDER BY d.date
WITH cid, st, on, a, head(collect({d: d, s: s})) AS first
WITH cid, st, on, a, first.d AS d, first.s AS s
RETURN cid, 'Statement:' + st.id AS statement,
       CASE WHEN a IS NULL THEN null WHEN a:Organization THEN 'Organization:' + a.id ELSE 'Person:' + a.id END AS actor,
       a.name AS actorName, st.text AS text, coalesce(st.stance, 'information') AS stance,
       coalesce(st.stanceCue, '') AS stanceCue, on.id AS case, d.date AS date, ${sourceMap('d', 's')} AS source
ORDER BY cid, date DESC, case, s.lineStart`;

// Concerns and objections stated before the meeting, on the case's own chain or on its topics; a
// statement reached both ways counts as on the case ('case' sorts before 'topic').
const EARLIER_CONCERNS = `
UNWIND $cases AS cid
MATCH (c:Case {id: cid})
OPTIONAL MATCH (c)<-[:LINKED*1..4]-(e:Case)
WITH cid, c, collect(DISTINCT e) + c AS chain
CALL (c, chain) {
  UNWIND chain AS x
  MATCH (st:Statement)-[:ON]->(x)
  RETURN st, 'case' AS via
  UNION
  MATCH (c)-[:ABOUT]->(:Topic)<-[:ABOUT]-(st:Statement)
  RETURN st, 'topic' AS via
}
WITH cid, st, min(via) AS via
WHERE st.stance IN $stances
MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(st)
WITH cid, st, via, d, s ORDER BY d.date
WITH cid, st, via, head(collect({d: d, s: s})) AS first
WITH cid, st, via, first.d AS d, first.s AS s
WHERE d.date < $before
OPTIONAL MATCH (st)-[:ON]->(on:Case)
OPTIONAL MATCH (a)-[:RAISED]->(st) WHERE a:Organization OR a:Person
WITH cid, st, via, d, s, on, a ORDER BY CASE WHEN a:Organization THEN 0 ELSE 1 END
WITH cid, st, via, d, s, head(collect(on)) AS on, head(collect(a)) AS a
RETURN cid, 'Statement:' + st.id AS statement,
       CASE WHEN a IS NULL THEN null WHEN a:Organization THEN 'Organization:' + a.id ELSE 'Person:' + a.id END AS actor,
       a.name AS actorName, st.text AS text, st.stance AS stance, coalesce(st.stanceCue, '') AS stanceCue,
       on.id AS case, via, d.date AS date, ${sourceMap('d', 's')} AS source
ORDER BY cid, via, date DESC, case, s.lineStart`;

// Action items not yet followed up, from the case, its earlier treatments or cases on its topics.
const OPEN_ACTIONS = `
UNWIND $cases AS cid
MATCH (c:Case {id: cid})
OPTIONAL MATCH (c)<-[:LINKED*1..4]-(e:Case)
OPTIONAL MATCH (c)-[:ABOUT]->(:Topic)<-[:ABOUT]-(same:Case)
WITH cid, c, collect(DISTINCT e) AS earlier, collect(DISTINCT same) AS sameTopic
UNWIND earlier + sameTopic + c AS x
WITH DISTINCT cid, x
MATCH (ai:ActionItem)-[:FROM]->(x)
WHERE NOT EXISTS { (ai)-[:FOLLOWED_UP_BY]->() }
OPTIONAL MATCH (ai)-[:ASSIGNED_TO]->(o:Organization)
WITH cid, ai, x, head(collect(o.name)) AS responsible
OPTIONAL MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(ai)
WITH cid, ai, x, responsible, head(collect(${sourceMap('d', 's')})) AS source
RETURN cid, 'ActionItem:' + ai.id AS id, ai.text AS text, x.id AS case, responsible, source
ORDER BY cid, case, id`;

// Cases on the same topics in other committees that are not part of this case's own history.
const RELATED = `
UNWIND $cases AS cid
MATCH (c:Case {id: cid})-[:ABOUT]->(t:Topic)<-[:ABOUT]-(o:Case)
WHERE o.committee <> c.committee AND NOT EXISTS { (o)-[:LINKED*1..4]->(c) } AND NOT coalesce(o.stub, false)
WITH cid, o, collect(DISTINCT t.name)[0] AS topic
RETURN cid, o.id AS id, o.committee AS committee, o.number AS number, o.title AS title, o.date AS date, topic
ORDER BY cid, date DESC, id`;

const LIMITS = { raised: 40, earlierConcerns: 20, related: 10 };
/** What a member should know before the meeting: who has warned or disagreed before. */
const WARNING_STANCES = ['concern', 'objection'];

/** Rows of a per-case query grouped by their `cid` column, without it. */
function byCase(rows: Row[], limit = Infinity): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const { cid, ...row } of rows) {
    const list = m.get(String(cid)) ?? m.set(String(cid), []).get(String(cid))!;
    if (list.length < limit) list.push(row);
  }
  return m;
}

// Six queries for the whole agenda, one after another: a brief must not take the whole connection pool.
export async function readBrief(ex: Executor, id: string) {
  const [meeting] = await ex.read(MEETING, { id }, 'brief');
  if (!meeting) return undefined;
  const agenda = await ex.read(AGENDA, { id }, 'brief');
  const p = { cases: agenda.map((c) => String(c.id)) };
  const history = byCase(await ex.read(HISTORY, p, 'brief'));
  const raised = byCase(await ex.read(RAISED, p, 'brief'), LIMITS.raised);
  const earlierConcerns = byCase(
    await ex.read(EARLIER_CONCERNS, { ...p, stances: WARNING_STANCES, before: meeting.startDate }, 'brief'),
    LIMITS.earlierConcerns,
  );
  const openActionItems = byCase(await ex.read(OPEN_ACTIONS, p, 'brief'));
  const related = byCase(await ex.read(RELATED, p, 'brief'), LIMITS.related);
  const of = (m: Map<string, Row[]>, c: Row) => m.get(String(c.id)) ?? [];
  const cases = agenda.map((c) => ({
    ...c,
    history: of(history, c),
    raised: of(raised, c),
    earlierConcerns: of(earlierConcerns, c),
    openActionItems: of(openActionItems, c),
    related: of(related, c),
  }));
  return { meeting, cases };
}
