import type { Executor } from '../../../graph/executor.js';

/* The weighted topic graph: cases about both topics, plus stated dependencies between them. */
const TOPIC_LINKS = `
MATCH (t1:Topic)<-[:ABOUT]-(c:Case)-[:ABOUT]->(t2:Topic) WHERE t1.key < t2.key
RETURN t1.key AS a, t2.key AS b, count(DISTINCT c) AS weight, 'co-occurrence' AS kind
UNION ALL
MATCH (t1:Topic)-[r:DEPENDS_ON]-(t2:Topic) WHERE t1.key < t2.key
RETURN t1.key AS a, t2.key AS b, count(r) AS weight, 'stated' AS kind`;

const TOPICS = `
MATCH (t:Topic) WHERE (t)<-[:ABOUT]-(:Case) OR (t)-[:DEPENDS_ON]-()
RETURN t.key AS key, t.name AS name ORDER BY key`;

/* Which organisation spoke on which topic, by statement. */
const VOICES = `
MATCH (o:Organization)-[:RAISED]->(s:Statement)-[:ON]->(c:Case)
CALL (s, c) {
  MATCH (s)-[:ABOUT]->(t:Topic) RETURN t
  UNION
  MATCH (c)-[:ABOUT]->(t:Topic) RETURN t
}
RETURN o.id AS id, o.name AS name, t.key AS topic, count(DISTINCT s) AS statements`;

export const readTopicLinks = (executor: Executor) => executor.read(TOPIC_LINKS, {}, 'landscape');
export const readTopics = (executor: Executor) => executor.read(TOPICS, {}, 'landscape');
export const readVoices = (executor: Executor) => executor.read(VOICES, {}, 'landscape');
