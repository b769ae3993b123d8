import { stanceParam } from '../../../graph/api/stance.js';
import type { Executor } from '../../../graph/executor.js';
import type { StanceT } from '../../../graph/schema/index.js';

/*
 * An organisation's statements with their date (the stating document's meeting date), case and
 * topics. A statement is about the topics its text names and the topics of its case, as in the matrix.
 */
const CONCERNS = `
MATCH (o:Organization {id: $id})
OPTIONAL MATCH (o)-[r:RAISED]->(s:Statement)-[:ON]->(c:Case) WHERE $stances IS NULL OR s.stance IN $stances
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN o.name AS name, s.id AS statement, s.text AS text, s.stance AS stance, s.stanceCue AS stanceCue, coalesce(d.date, c.date) AS date, c.id AS case,
       c.title AS title, c.decision AS decision,
       CASE WHEN s IS NULL THEN [] ELSE
         [(s)-[:ABOUT]->(t:Topic) | {key: t.key, name: t.name}] + [(c)-[:ABOUT]->(t:Topic) | {key: t.key, name: t.name}]
       END AS topics
ORDER BY date, case`;

const VOICES = `
MATCH (t:Topic {key: $key})
OPTIONAL MATCH (o:Organization)-[r:RAISED]->(s:Statement)-[:ON]->(c:Case)
WHERE ((s)-[:ABOUT]->(t) OR (c)-[:ABOUT]->(t)) AND ($stances IS NULL OR s.stance IN $stances)
OPTIONAL MATCH (d:Document {id: r.doc})
WITH t, o, s, coalesce(d.date, c.date) AS date
RETURN t.name AS topic, o.id AS id, o.name AS name, count(DISTINCT s) AS statements,
       [x IN collect(DISTINCT date) WHERE x IS NOT NULL] AS dates,
       [x IN collect(DISTINCT s) | x.stance] AS stances
ORDER BY statements DESC, name`;

export const readConcerns = (executor: Executor, id: string, stances?: StanceT[]) =>
  executor.read(CONCERNS, { id, stances: stanceParam(stances) }, 'concerns');
export const readVoices = (executor: Executor, key: string, stances?: StanceT[]) =>
  executor.read(VOICES, { key, stances: stanceParam(stances) }, 'concerns');
