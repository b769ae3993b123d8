import type { Executor } from '../../../graph/executor.js';

/*
 * Every stated dependency with its source document, and topic co-occurrence counted from cases.
 * Evidence without a date is kept at every date of the slider: it has no date to be hidden by.
 */
const DEPENDENCIES = `
MATCH (dep)-[r:DEPENDS_ON]->(base)
WHERE ($at IS NULL OR r.date IS NULL OR r.date <= $at) AND ($kinds IS NULL OR r.kind IN $kinds)
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN CASE WHEN dep:Topic THEN 'Topic' ELSE 'Case' END AS depLabel,
       coalesce(dep.key, dep.id) AS depKey, coalesce(dep.name, dep.title) AS depName,
       CASE WHEN base:Topic THEN 'Topic' ELSE 'Case' END AS baseLabel,
       coalesce(base.key, base.id) AS baseKey, coalesce(base.name, base.title) AS baseName,
       r.kind AS kind, r.directed AS directed, r.date AS date, r.case AS case,
       r.statedBy AS statedBy, r.confirmedBy AS confirmedBy, r.contestedBy AS contestedBy, r.inReplyTo AS inReplyTo,
       r.doc AS doc, d.file AS file, r.lineStart AS lineStart, r.lineEnd AS lineEnd, r.quote AS quote
ORDER BY date, doc, lineStart`;

const COOCCURRENCE = `
MATCH (t1:Topic)<-[a1:ABOUT]-(c:Case)-[a2:ABOUT]->(t2:Topic)
WHERE t1.key < t2.key AND ($at IS NULL OR c.date IS NULL OR c.date <= $at)
  AND ($role = 'any' OR (coalesce(a1.role, 'main') = 'main' AND coalesce(a2.role, 'main') = 'main'))
WITH t1, t2, collect(DISTINCT c) AS cases
RETURN t1.key AS a, t1.name AS aName, t2.key AS b, t2.name AS bName, size(cases) AS weight,
       reduce(m = null, c IN cases | CASE WHEN m IS NULL OR c.date < m THEN c.date ELSE m END) AS first,
       reduce(m = null, c IN cases | CASE WHEN m IS NULL OR c.date > m THEN c.date ELSE m END) AS last`;

const ORG_NAMES = `MATCH (o:Organization) WHERE o.id IN $ids RETURN o.id AS id, o.name AS name`;

export async function readDependencyRows(executor: Executor, at: string | undefined, kinds: string[] | undefined) {
  return executor.read(DEPENDENCIES, { at: at ?? null, kinds: kinds?.length ? kinds : null }, 'dependencies');
}

export async function readCooccurrence(executor: Executor, at: string | undefined, role: 'main' | 'any' = 'any') {
  return executor.read(COOCCURRENCE, { at: at ?? null, role }, 'dependencies');
}

export async function readOrgNames(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await executor.read(ORG_NAMES, { ids }, 'dependencies');
  return new Map(rows.map((r) => [String(r.id), String(r.name)]));
}

const NAME_OF = `
OPTIONAL MATCH (t:Topic {key: $key}) OPTIONAL MATCH (c:Case {id: $key})
RETURN coalesce(t.name, c.title) AS name, CASE WHEN t IS NOT NULL THEN 'Topic' WHEN c IS NOT NULL THEN 'Case' END AS label`;

/** The name of a topic or case, if the graph holds it under that label. */
export async function readEndName(executor: Executor, label: string, key: string): Promise<string | undefined> {
  const [row] = await executor.read(NAME_OF, { key }, 'dependencies');
  return row?.label === label && row.name ? String(row.name) : undefined;
}
