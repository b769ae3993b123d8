import type { WriteTx } from '../../graph/executor.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelType } from '../../graph/schema/index.js';
import { mergeContributions } from './contributions.js';
import type { DocumentRecord, NodeRecord, RelRecord } from './records.js';

/*
 * Batched writes. Labels, keys and relationship types are interpolated only from the schema
 * registry (graph/schema); every value travels as a parameter.
 */

export interface NodeRef {
  label: NodeLabel;
  key: string;
}

const keyOf = (label: NodeLabel) => NODE_LABELS[label].key;
const BATCH = 1000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) (m.get(key(r)) ?? m.set(key(r), []).get(key(r))!).push(r);
  return m;
}

const UPSERT_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d = row`;

export async function upsertDocuments(tx: WriteTx, docs: DocumentRecord[]): Promise<void> {
  for (const rows of chunks(docs)) await tx.run(UPSERT_DOCUMENTS, { rows });
}

/** Merges nodes on their key and records each document's contribution on its SOURCE_OF edge. */
export async function upsertNodes(tx: WriteTx, nodes: NodeRecord[]): Promise<NodeRef[]> {
  // One contribution per (node, document): later records of the same node add to earlier ones.
  const merged = new Map<string, NodeRecord>();
  for (const n of nodes) {
    const id = `${n.label}\u0000${n.key}\u0000${n.doc}`;
    const prev = merged.get(id);
    merged.set(
      id,
      prev
        ? {
            ...prev,
            props: mergeContributions([
              { props: prev.props, docId: n.doc, docKind: 'x' },
              { props: n.props, docId: n.doc, docKind: 'x' },
            ]),
          }
        : n,
    );
  }
  for (const [label, rows] of groupBy([...merged.values()], (n) => n.label)) {
    const l = label as NodeLabel;
    const cypher = `
UNWIND $rows AS row
MERGE (n:${l} {${keyOf(l)}: row.key})
WITH n, row
MATCH (d:Document {id: row.doc})
MERGE (d)-[s:SOURCE_OF {derived: false}]->(n)
SET s.contributed = row.contributed, s.lineStart = row.lineStart, s.lineEnd = row.lineEnd, s.quote = row.quote`;
    for (const batch of chunks(rows)) {
      await tx.run(cypher, {
        rows: batch.map((r) => ({
          key: r.key,
          doc: r.doc,
          contributed: JSON.stringify(r.props),
          lineStart: r.span.lineStart,
          lineEnd: r.span.lineEnd,
          quote: r.span.quote,
        })),
      });
    }
  }
  return [...merged.values()].map((n) => ({ label: n.label, key: n.key }));
}

export async function upsertRels(tx: WriteTx, rels: RelRecord[]): Promise<void> {
  const groups = groupBy(rels, (r) => `${r.type}|${r.from.label}|${r.to.label}`);
  for (const [group, rows] of groups) {
    const [type, fromLabel, toLabel] = group.split('|') as [RelType, NodeLabel, NodeLabel];
    const spec = RELATIONSHIP_TYPES[type];
    if (!(spec.from as readonly string[]).includes(fromLabel) || !(spec.to as readonly string[]).includes(toLabel)) {
      throw new Error(`schema: ${type} does not connect ${fromLabel} to ${toLabel}`);
    }
    const cypher = `
UNWIND $rows AS row
MATCH (a:${fromLabel} {${keyOf(fromLabel)}: row.from})
MATCH (b:${toLabel} {${keyOf(toLabel)}: row.to})
MERGE (a)-[r:${type} {doc: row.doc, k: row.k}]->(b)
SET r += row.props, r.lineStart = row.lineStart, r.lineEnd = row.lineEnd, r.quote = row.quote`;
    for (const batch of chunks(rows)) {
      const res = await tx.run(`${cypher}\nRETURN count(r) AS n`, {
        rows: batch.map((r) => ({
          from: r.from.key,
          to: r.to.key,
          doc: r.doc,
          k: r.k,
          props: r.props,
          lineStart: r.span.lineStart,
          lineEnd: r.span.lineEnd,
          quote: r.span.quote,
        })),
      });
      const written = Number(res[0]?.n ?? 0);
      if (written !== batch.length) {
        throw new Error(
          `${type} ${fromLabel}→${toLabel}: ${batch.length - written} relationship(s) point at nodes that do not exist`,
        );
      }
    }
  }
}

/**
 * Removes what documents contributed: their relationships, their SOURCE_OF edges, the Document
 * nodes, and nodes no document states any more. Returns the surviving nodes they touched.
 */
export async function removeDocuments(tx: WriteTx, docIds: string[]): Promise<NodeRef[]> {
  if (!docIds.length) return [];
  for (const type of Object.keys(RELATIONSHIP_TYPES) as RelType[]) {
    if (type === 'SOURCE_OF') continue;
    await tx.run(`MATCH ()-[r:${type}]->() WHERE r.doc IN $docIds DELETE r`, { docIds });
  }
  const touched = await tx.run(
    `MATCH (d:Document)-[s:SOURCE_OF]->(n) WHERE d.id IN $docIds
     WITH DISTINCT n
     RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, n[$keyProps[[l IN labels(n) WHERE l IN $labels][0]]] AS key`,
    {
      docIds,
      labels: Object.keys(NODE_LABELS),
      keyProps: Object.fromEntries(Object.entries(NODE_LABELS).map(([l, v]) => [l, v.key])),
    },
  );
  await tx.run('MATCH (d:Document) WHERE d.id IN $docIds DETACH DELETE d', { docIds });
  return touched.map((r) => ({ label: r.label as NodeLabel, key: String(r.key) }));
}

/**
 * Recomputes touched nodes' properties from the contributions that remain, and deletes nodes no
 * document states any more (curated reference nodes are kept as they are).
 */
export async function recomputeNodes(tx: WriteTx, refs: NodeRef[]): Promise<void> {
  const unique = [...new Map(refs.map((r) => [`${r.label}\u0000${r.key}`, r])).values()];
  for (const [label, rows] of groupBy(unique, (r) => r.label)) {
    const l = label as NodeLabel;
    const key = keyOf(l);
    for (const batch of chunks(rows)) {
      const found = await tx.run(
        `UNWIND $keys AS k
         MATCH (n:${l} {${key}: k})
         OPTIONAL MATCH (d:Document)-[s:SOURCE_OF]->(n)
         RETURN k, coalesce(n.curated, false) AS curated,
                collect(CASE WHEN d IS NULL THEN null ELSE {props: s.contributed, docId: d.id, docDate: d.date, docKind: CASE WHEN s.derived THEN 'derived' ELSE d.kind END} END) AS contributions`,
        { keys: batch.map((r) => r.key) },
      );
      const updates: { k: string; props: Record<string, unknown> }[] = [];
      const orphans: string[] = [];
      for (const row of found) {
        if (row.curated) continue;
        const contributions = (
          row.contributions as { props: string; docId: string; docDate?: string; docKind: string }[]
        ).map((c) => ({
          ...c,
          props: JSON.parse(c.props) as Record<string, unknown>,
        }));
        if (!contributions.length) {
          orphans.push(String(row.k));
          continue;
        }
        const props = mergeContributions(contributions);
        props[key] = row.k;
        if (Array.isArray(props.aliases)) props.aliasText = (props.aliases as string[]).join(' ');
        updates.push({ k: String(row.k), props });
      }
      if (updates.length)
        await tx.run(`UNWIND $rows AS row MATCH (n:${l} {${key}: row.k}) SET n = row.props`, { rows: updates });
      if (orphans.length)
        await tx.run(`UNWIND $keys AS k MATCH (n:${l} {${key}: k}) DETACH DELETE n`, { keys: orphans });
    }
  }
}
