import type { Executor } from '../../../graph/executor.js';
import { FAILED_LOAD_LABEL, NODE_LABELS } from '../../../graph/schema/index.js';

const LABELS = Object.keys(NODE_LABELS);

// Counts come from what each document stated itself (derived stubs and links are not its own).
const SUMMARIES = `
MATCH (d:Document)
WHERE ($id IS NULL OR d.id = $id OR d.fileSha256 = $id) AND ($ids IS NULL OR d.id IN $ids)
OPTIONAL MATCH (d)-[:SOURCE_OF {derived: false}]->(n)
WITH d, collect(DISTINCT n) AS nodes
WITH d, nodes, [n IN nodes WHERE n:Meeting] AS meetings
RETURN d.id AS id, d.name AS name, d.kind AS kind, d.file AS file, d.fileSha256 AS fileSha256,
       d.date AS date, d.parserVersion AS parserVersion, d.lineStart AS lineStart, d.lineEnd AS lineEnd,
       CASE d.status WHEN 'partial' THEN 'partial' ELSE 'loaded' END AS status,
       coalesce(d.warnings, []) + [m IN coalesce(d.missing, []) | 'not found: ' + m] AS warnings,
       head([m IN meetings | m.id]) AS meeting, coalesce(head([m IN meetings | m.committee]), head([n IN nodes WHERE n:Case | n.committee])) AS committee,
       size(meetings) AS meetings, size([n IN nodes WHERE n:Case]) AS cases,
       size([n IN nodes WHERE n:Statement]) AS statements, size([n IN nodes WHERE n:ActionItem]) AS actionItems,
       size(nodes) AS total
ORDER BY coalesce(d.date, '') DESC, d.file, d.lineStart`;

const TEXT = 'MATCH (d:Document {id: $id}) RETURN d.text AS text';

const PASSAGES = `
MATCH (d:Document {id: $id})-[s:SOURCE_OF {derived: false}]->(n)
WITH s, n, [l IN labels(n) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL AND label <> 'Citation'
RETURN label, properties(n) AS props, s.lineStart AS lineStart, s.lineEnd AS lineEnd
ORDER BY lineStart, lineEnd, label`;

const IDS_OF = `
MATCH (d:Document) WHERE d.id = $id OR d.fileSha256 = $id
RETURN collect(d.id) AS ids, collect(DISTINCT d.file) AS files`;

const FAILED = `MATCH (f:${FAILED_LOAD_LABEL}) RETURN f.file AS file, f.error AS error, f.at AS at ORDER BY f.at DESC, f.file`;

export const listFailedLoads = (ex: Executor) => ex.read(FAILED, {}, 'documents');

// What sorting and paging the list need; the counts (a walk over every fact) are read for one page only.
const SORT_KEYS = 'MATCH (d:Document) RETURN d.id AS id, d.date AS date, d.file AS file, d.lineStart AS lineStart';

export const listDocumentKeys = (ex: Executor) => ex.read(SORT_KEYS, {}, 'documents');

/** The summaries of these documents, in no particular order. */
export const listDocuments = (ex: Executor, ids: string[]) => ex.read(SUMMARIES, { id: null, ids }, 'documents');

export async function documentDetail(ex: Executor, id: string) {
  const [summary] = await ex.read(SUMMARIES, { id, ids: null }, 'document');
  if (!summary) return undefined;
  const [[text], passages] = await Promise.all([
    ex.read(TEXT, { id: summary.id }, 'document'),
    ex.read(PASSAGES, { id: summary.id, labels: LABELS }, 'document'),
  ]);
  return { summary, text: (text?.text as string | null) ?? null, passages };
}

/** The documents an id names: one document, or every document of a file given by its hash. */
export async function documentIds(ex: Executor, id: string): Promise<{ ids: string[]; files: string[] }> {
  const [row] = await ex.read(IDS_OF, { id }, 'documents');
  return { ids: (row?.ids as string[]) ?? [], files: (row?.files as string[]) ?? [] };
}
