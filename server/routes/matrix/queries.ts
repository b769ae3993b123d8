import type { Executor } from '../../../graph/executor.js';

/*
 * Statements raised by each organisation on each topic. A statement is about the topics its text
 * names and the topics of the case it was made on.
 */
const MATRIX = `
MATCH (o:Organization)-[:RAISED]->(s:Statement)-[:ON]->(c:Case)
WHERE ($committee IS NULL OR c.committee = $committee)
  AND ($from IS NULL OR c.date >= $from)
  AND ($to IS NULL OR c.date <= $to)
WITH DISTINCT o, s, c
CALL (s, c) {
  MATCH (s)-[:ABOUT]->(t:Topic) RETURN t
  UNION
  MATCH (c)-[a:ABOUT]->(t:Topic) WHERE $role = 'any' OR coalesce(a.role, 'main') = 'main' RETURN t
}
RETURN o.id AS organization, o.name AS organizationName, t.key AS topic, t.name AS topicName,
       collect(DISTINCT s.id) AS statements
ORDER BY organization, topic`;

export async function readMatrix(
  executor: Executor,
  q: { committee?: string; from?: string; to?: string; role?: 'main' | 'any' },
) {
  return executor.read(
    MATRIX,
    { committee: q.committee ?? null, from: q.from ?? null, to: q.to ?? null, role: q.role ?? 'main' },
    'matrix',
  );
}
