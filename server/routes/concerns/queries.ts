import type { Executor } from '../../../graph/executor.js';

/*
 * An organisation's statements with their date (the stating document's meeting date), case and
 * topics. A statement is about the topics its text names and the topics of its case, as in the matrix.
 */
const CONCERNS = `
MATCH (o:Organization {id: $id})
OPTIONAL MATCH (o)-[r:RAISED]->(s:Statement)-[:ON]->(c:Case)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN o.name AS name, s.id AS statement, s.text AS text, coalesce(d.date, c.date) AS date, c.id AS case,
       c.title AS title, c.decision AS decision,
       CASE WHEN s IS NULL THEN [] ELSE
         [(s)-[:ABOUT]->(t:Topic) | {key: t.key, name: t.name}] + [(c)-[:ABOUT]->(t:Topic) | {key: t.key, name: t.name}]
       END AS topics
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
