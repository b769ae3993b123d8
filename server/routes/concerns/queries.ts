import type { Executor } from '../../../graph/executor.js';

/*
 * An organisation's statements with their date (the stating document's meeting date), case and
 * topics. A statement is about the topics its text names and the topics of its case, as in the matrix.
 */
const CONCERNS = `
MATCH (o:Organization {id: $id})
OPTIONAL MATCH (o)-[r:RAISED]->(s:Statement)-[:ON]->(c:Case)
OPTIONAL MATCH (d:Document {id: r.doc})
WITH o, s, c, coalesce(d.date, c.date) AS date
CALL (s, c) {
  OPTIONAL MATCH (s)-[:ABOUT]->(t:Topic) RETURN t
  UNION
  OPTIONAL MATCH (c)-[:ABOUT]->(t:Topic) RETURN t
}
WITH o, s, c, date, [x IN collect(DISTINCT t) WHERE x IS NOT NULL | {key: x.key, name: x.name}] AS topics
RETURN o.name AS name, s.id AS statement, s.text AS text, date, c.id AS case, c.title AS title,
       c.decision AS decision, topics
ORDER BY date, case`;

const VOICES = `
MATCH (t:Topic {key: $key})
OPTIONAL MATCH (o:Organization)-[r:RAISED]->(s:Statement)-[:ON]->(c:Case)
WHERE (s)-[:ABOUT]->(t) OR (c)-[:ABOUT]->(t)
OPTIONAL MATCH (d:Document {id: r.doc})
WITH t, o, s, coalesce(d.date, c.date) AS date
RETURN t.name AS topic, o.id AS id, o.name AS name, count(DISTINCT s) AS statements,
       [x IN collect(DISTINCT date) WHERE x IS NOT NULL] AS dates
ORDER BY statements DESC, name`;

export const readConcerns = (executor: Executor, id: string) => executor.read(CONCERNS, { id }, 'concerns');
export const readVoices = (executor: Executor, key: string) => executor.read(VOICES, { key }, 'concerns');
