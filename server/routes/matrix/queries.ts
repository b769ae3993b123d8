import { stanceParam } from '../../../graph/api/stance.js';
import type { Executor } from '../../../graph/executor.js';
import type { StanceT } from '../../../graph/schema/index.js';

/*
 * Statements raised by each organisation on each topic. A statement is about the topics its text
 * names and the topics of the case it was made on.
 */
// Topics are read once per case rather than once per statement made on it: busy cases hold many
// statements, and a case node's relationships are many times a statement's.
const MATRIX = `
MATCH (c:Case)
WHERE ($committees IS NULL OR c.committee IN $committees)
  AND ($from IS NULL OR c.date >= $from)
  AND ($to IS NULL OR c.date <= $to)
  AND EXISTS { (c)<-[:ON]-(s:Statement)<-[:RAISED]-(:Organization) WHERE $stances IS NULL OR s.stance IN $stances }
WITH c, COLLECT { MATCH (c)-[a:ABOUT]->(t:Topic) WHERE $role = 'any' OR coalesce(a.role, 'main') = 'main' RETURN t } AS caseTopics
MATCH (c)<-[:ON]-(s:Statement)<-[:RAISED]-(o:Organization)
WHERE $stances IS NULL OR s.stance IN $stances
UNWIND caseTopics + COLLECT { MATCH (s)-[:ABOUT]->(t:Topic) RETURN t } AS t
WITH DISTINCT o, s, t
RETURN o.id AS organization, o.name AS organizationName, t.key AS topic, t.name AS topicName,
       collect(s.id) AS statements, collect(s.stance) AS stances
ORDER BY organization, topic`;

export async function readMatrix(
  executor: Executor,
  q: { committees?: string[]; from?: string; to?: string; role?: 'main' | 'any'; stance?: StanceT[] },
) {
  return executor.read(
    MATRIX,
    {
      committees: q.committees ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
      role: q.role ?? 'main',
      stances: stanceParam(q.stance),
    },
    'matrix',
  );
}
