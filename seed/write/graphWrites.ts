import type { WriteTx } from '../../graph/executor.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelType } from '../../graph/schema/index.js';
import { chunks, groupBy, runBlocks } from './batches.js';
import { contributionConflicts, mergeContributions, type Contribution } from './contributions.js';
import type { DocumentRecord, NodeRecord, RelRecord } from './records.js';
import { addRelSources, rankSource, type RelSource, type RelSourceRow } from './relSources.js';

/*
 * Batched writes. Labels, keys and relationship types are interpolated only from the schema
 * registry (graph/schema); every value travels as a parameter. Relationships and their sources:
 * relSources.ts.
 */

export interface NodeRef {
  label: NodeLabel;
  key: string;
}

/** What the writer needs to know about a document to rank its statements. */
export interface DocMeta {
  date?: string;
  kind: string;
  file: string;
}

const keyOf = (label: NodeLabel) => NODE_LABELS[label].key;
/** Labels a document states nodes of (Document itself is written whole, first). */
const NODE_SHAPE = (Object.keys(NODE_LABELS) as NodeLabel[]).filter((l) => l !== 'Document');
/** Properties the writer keeps on nodes beside the merged contributions (computed from the graph), unless a document states them. */
const WRITER_PROPS = ['date', 'warning'];

const UPSERT_DOCUMENTS = `CALL () {
  UNWIND $docs AS row
  MERGE (d:Document {id: row.id})
  SET d = row
  RETURN count(*) AS docs
}`;

/** True when adding `add` to what a node already shows changes nothing (so no full merge is needed). */
function alreadyShows(current: Record<string, unknown>, add: Record<string, unknown>, derived: boolean): boolean {
  if (!derived && current.stub) return false;
  for (const [k, v] of Object.entries(add)) {
    if (v === undefined || v === null || v === '') continue;
    const cur = current[k];
    if (Array.isArray(v)) {
      if (!Array.isArray(cur) || !v.every((x) => (cur as unknown[]).includes(x))) return false;
    } else if (cur !== v) return false;
  }
  return true;
}

/**
 * Merges nodes on their key and records each document's contribution on its SOURCE_OF edge, all
 * labels in one statement (one CALL block per label present, labels from the schema), after the
 * file's `docs` (written whole: a re-read document is replaced). Returns the
 * nodes whose shown properties must be recomputed from all their contributions: new nodes and
 * nodes this file says something new or different about. A hub stated identically by hundreds of
 * documents (a member's name) is not re-read on every file.
 */
export async function upsertNodes(tx: WriteTx, nodes: NodeRecord[], docs: DocumentRecord[] = []): Promise<NodeRef[]> {
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
  const recompute: NodeRef[] = [];
  const byLabel = groupBy([...merged.values()], (n) => n.label);
  // Every label of the schema, present or not: one statement text, planned once.
  const parts = NODE_SHAPE.map((label) => ({ label, batches: chunks(byLabel.get(label) ?? []) }));
  const docBatches = chunks(docs);
  const rounds = Math.max(docBatches.length, ...parts.map((g) => g.batches.length));
  for (let round = 0; round < rounds; round++) {
    // Only the values this row gives are read back (not whole nodes): enough to tell "already shown".
    const blocks = [{ cypher: UPSERT_DOCUMENTS, returns: ['docs'], empty: !docBatches[round] }].concat(
      parts.map(({ label, batches }, i) => ({
        cypher: `CALL () {
  UNWIND $rows${i} AS row
  MERGE (n:${label} {${keyOf(label)}: row.key})
  WITH n, row, coalesce(n.stub, false) AS stub, [k IN row.keys | n[k]] AS shown
  MATCH (d:Document {id: row.doc})
  MERGE (d)-[s:SOURCE_OF {derived: false}]->(n)
  SET s.contributed = row.contributed, s.lineStart = row.lineStart, s.lineEnd = row.lineEnd, s.quote = row.quote
  RETURN collect({i: row.i, stub: stub, shown: shown}) AS out${i}
}`,
        returns: [`out${i}`],
        empty: !batches[round],
      })),
    );
    const params: Record<string, unknown> = { docs: docBatches[round] ?? [] };
    const keysOf = (r: NodeRecord) => Object.keys(r.props);
    parts.forEach(({ batches }, i) => {
      params[`rows${i}`] = (batches[round] ?? []).map((r, j) => ({
        i: j,
        key: r.key,
        doc: r.doc,
        keys: keysOf(r),
        contributed: JSON.stringify(r.props),
        lineStart: r.span.lineStart,
        lineEnd: r.span.lineEnd,
        quote: r.span.quote,
      }));
    });
    const res = await runBlocks(tx, blocks, params);
    parts.forEach(({ label, batches }, i) => {
      const batch = batches[round] ?? [];
      for (const row of (res[`out${i}`] ?? []) as { i: number; stub: boolean; shown: unknown[] }[]) {
        const rec = batch[Number(row.i)]!;
        const current: Record<string, unknown> = { stub: row.stub };
        keysOf(rec).forEach((k, j) => (current[k] = row.shown[j]));
        if (!alreadyShows(current, rec.props, false)) recompute.push({ label, key: rec.key });
      }
    });
  }
  return recompute;
}

/** Writes one file's relationships: one per fact, this file's documents added to its sources. */
export async function upsertRels(tx: WriteTx, rels: RelRecord[], docs: Map<string, DocMeta>): Promise<void> {
  // The same fact stated twice by one document counts once (its first statement is the quote).
  const unique = new Map<string, RelRecord>();
  for (const r of rels) {
    const id = [r.type, r.from.label, r.from.key, r.to.label, r.to.key, r.k, r.doc].join('\u0000');
    if (!unique.has(id)) unique.set(id, r);
  }
  const rows: RelSourceRow[] = [...unique.values()].map((r) => ({
    type: r.type,
    fromLabel: r.from.label,
    toLabel: r.to.label,
    from: r.from.key,
    to: r.to.key,
    k: r.k,
    sourceId: r.doc,
    source: {
      doc: r.doc,
      lineStart: r.span.lineStart,
      lineEnd: r.span.lineEnd,
      quote: r.span.quote,
      props: r.props,
      date: docs.get(r.doc)?.date ?? null,
      kind: docs.get(r.doc)?.kind ?? 'x',
    },
  }));
  for (const [group, { found, given }] of await addRelSources(tx, rows)) {
    if (found !== given) {
      const [type, fromLabel, toLabel] = group.split('|');
      throw new Error(
        `${type} ${fromLabel}→${toLabel}: ${given - found} relationship(s) point at nodes that do not exist`,
      );
    }
  }
}

interface StoredRel {
  id: string;
  k: string;
  sourceIds: string[];
  sources: string[];
}

/**
 * Removes the given sources from relationships: a relationship whose last source goes is
 * deleted; one that keeps sources shows its most authoritative remaining source again.
 */
export async function dropRelSources(tx: WriteTx, rels: StoredRel[], gone: Set<string>): Promise<void> {
  const deletes: string[] = [];
  const updates: { id: string; props: Record<string, unknown> }[] = [];
  for (const r of rels) {
    const keep = r.sourceIds.map((id, i) => ({ id, src: r.sources[i]! })).filter((s) => !gone.has(s.id));
    if (keep.length === r.sourceIds.length) continue;
    if (!keep.length) {
      deletes.push(r.id);
      continue;
    }
    const parsed = keep.map((s) => ({ id: s.id, src: JSON.parse(s.src) as RelSource }));
    const contributions: Contribution[] = parsed.map((s) => ({
      props: s.src.props,
      docId: s.id,
      docDate: s.src.date,
      docKind: s.src.kind,
    }));
    const best = parsed.reduce((a, b) => (rankSource(b.src, b.id) > rankSource(a.src, a.id) ? b : a));
    updates.push({
      id: r.id,
      props: {
        ...mergeContributions(contributions),
        k: r.k,
        sourceIds: keep.map((s) => s.id),
        sources: keep.map((s) => s.src),
        rank: rankSource(best.src, best.id),
        doc: best.src.doc,
        lineStart: best.src.lineStart,
        lineEnd: best.src.lineEnd,
        quote: best.src.quote,
      },
    });
  }
  const deleteBatches = chunks(deletes);
  const updateBatches = chunks(updates);
  // Deletes and updates in one statement (each part a no-op when its list is empty).
  for (let i = 0; i < Math.max(deleteBatches.length, updateBatches.length); i++)
    await tx.run(
      `CALL () { UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r RETURN count(*) AS deleted }
       CALL () {
         UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.id
         WITH r, row, r.derived AS derived SET r = row.props SET r.derived = derived
         RETURN count(*) AS updated
       }
       RETURN deleted, updated`,
      { ids: deleteBatches[i] ?? [], rows: updateBatches[i] ?? [] },
    );
}

/** Relationship types the writer derives from citations (relink.ts); documents never state them. */
export const DERIVED_TYPES = ['LINKED', 'PLANNED', 'FOLLOWED_UP_BY'] as const;
const STATED_TYPES = (Object.keys(RELATIONSHIP_TYPES) as RelType[]).filter(
  (t) => t !== 'SOURCE_OF' && !(DERIVED_TYPES as readonly string[]).includes(t),
);

/**
 * Removes what documents contributed: their sources on relationships, their SOURCE_OF edges and
 * the Document nodes. Every relationship a document states touches a node the document states,
 * so they are found from those nodes (no scan of a relationship type). Returns the surviving
 * nodes they touched, to be recomputed.
 */
export async function removeDocuments(tx: WriteTx, docIds: string[]): Promise<NodeRef[]> {
  if (!docIds.length) return [];
  // Relationships written before one-relationship-per-fact carry only `doc` (found by its index).
  // One CALL block per type, so each uses its own index on `doc`.
  const legacy = (Object.keys(RELATIONSHIP_TYPES) as RelType[]).filter((t) => t !== 'SOURCE_OF');
  await tx.run(
    legacy
      .map(
        (t, i) =>
          `CALL () { MATCH ()-[r:${t}]->() WHERE r.doc IN $docIds AND r.sourceIds IS NULL DELETE r RETURN count(*) AS n${i} }`,
      )
      .concat(`RETURN ${legacy.map((_, i) => `n${i}`).join(', ')}`)
      .join('\n'),
    { docIds },
  );
  const rels = await tx.run(
    `MATCH (d:Document)-[:SOURCE_OF]->(n) WHERE d.id IN $docIds
     WITH DISTINCT n
     MATCH (n)-[r:${STATED_TYPES.join('|')}]-()
     WHERE any(x IN r.sourceIds WHERE x IN $docIds)
     WITH DISTINCT r
     RETURN elementId(r) AS id, r.k AS k, r.sourceIds AS sourceIds, r.sources AS sources`,
    { docIds },
  );
  // Lineage a document states links two curated bodies, which no document is SOURCE_OF: looked up
  // by type (a handful of relationships in any graph).
  const lineage = await tx.run(
    `MATCH ()-[r:SUCCEEDED_BY|MERGED_INTO]->() WHERE any(x IN r.sourceIds WHERE x IN $docIds)
     RETURN elementId(r) AS id, r.k AS k, r.sourceIds AS sourceIds, r.sources AS sources`,
    { docIds },
  );
  await dropRelSources(tx, [...rels, ...lineage] as unknown as StoredRel[], new Set(docIds));
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
 * Recomputes nodes' properties from the contributions that remain, and deletes nodes no document
 * states any more (curated reference nodes are kept as they are). Returns conflicts that involve
 * one of `ownDocs`: two documents giving one property different values. The later meeting (then
 * minutes over agendas) is shown; every value stays recorded on its SOURCE_OF edge.
 */
export async function recomputeNodes(
  tx: WriteTx,
  refs: NodeRef[],
  ownDocs: Set<string> = new Set(),
): Promise<string[]> {
  return (await recomputeNodesFor(tx, refs, [{ own: ownDocs }]))[0]!;
}

/**
 * Whose conflicts to report: one file's documents. In a batch, the documents of files written
 * after it are hidden, so the file is told what it was told when loaded alone.
 */
export interface ConflictScope {
  own: Set<string>;
  later?: Set<string>;
}

/** recomputeNodes for a batch of files: the conflicts of each scope, in the order given. */
export async function recomputeNodesFor(tx: WriteTx, refs: NodeRef[], scopes: ConflictScope[]): Promise<string[][]> {
  const unique = [...new Map(refs.map((r) => [`${r.label}\u0000${r.key}`, r])).values()];
  const warnings: string[][] = scopes.map(() => []);
  const scopeOfDoc = new Map<string, number[]>();
  scopes.forEach(({ own }, i) => own.forEach((d) => scopeOfDoc.set(d, [...(scopeOfDoc.get(d) ?? []), i])));
  const byLabel = groupBy(unique, (r) => r.label);
  const parts = (Object.keys(NODE_LABELS) as NodeLabel[]).map((label) => ({
    label,
    batches: chunks(byLabel.get(label) ?? []),
  }));
  const rounds = Math.max(0, ...parts.map((g) => g.batches.length));
  for (let round = 0; round < rounds; round++) {
    // Every label's contributions in one read, every label's new properties in one write.
    const found = await runBlocks(
      tx,
      parts.map(({ label, batches }, i) => ({
        cypher: `CALL () {
  UNWIND $keys${i} AS k
  MATCH (n:${label} {${keyOf(label)}: k})
  OPTIONAL MATCH (d:Document)-[s:SOURCE_OF]->(n)
  WITH k, n, collect(CASE WHEN d IS NULL THEN null ELSE {props: s.contributed, docId: d.id, docDate: d.date, file: d.file, docKind: CASE WHEN s.derived THEN 'derived' ELSE d.kind END} END) AS contributions
  RETURN collect({k: k, curated: coalesce(n.curated, false), contributions: contributions}) AS out${i}
}`,
        returns: [`out${i}`],
        empty: !batches[round],
      })),
      Object.fromEntries(parts.map(({ batches }, i) => [`keys${i}`, (batches[round] ?? []).map((r) => r.key)])),
    );
    const params: Record<string, unknown> = {};
    parts.forEach(({ label }, i) => {
      const key = keyOf(label);
      const updates: { k: string; props: Record<string, unknown> }[] = [];
      const orphans: string[] = [];
      for (const row of (found[`out${i}`] ?? []) as { k: string; curated: boolean; contributions: unknown[] }[]) {
        if (row.curated) continue;
        const contributions = (row.contributions as (Contribution & { props: string; file: string })[]).map((c) => ({
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
        // Only scopes with a contribution here can have a conflict here: a batch of 50–100 files
        // no longer merges every hub node's contributions once per file.
        const hit = new Set(contributions.flatMap((c) => scopeOfDoc.get(c.docId) ?? []));
        [...hit]
          .sort((a, b) => a - b)
          .forEach((i) => {
            const { own, later } = scopes[i]!;
            const hidden = later?.size && contributions.some((c) => later.has(c.docId));
            const seen = hidden ? contributions.filter((c) => !later.has(c.docId)) : contributions;
            const shown = hidden ? mergeContributions(seen) : props;
            warnings[i]!.push(...contributionConflicts(`${label} ${String(row.k)}`, seen, shown, own));
          });
      }
      params[`rows${i}`] = updates;
      params[`orphans${i}`] = orphans;
    });
    const has = (name: string) => (params[name] as unknown[]).length > 0;
    await runBlocks(
      tx,
      parts.flatMap(({ label }, i) => {
        const key = keyOf(label);
        return [
          {
            cypher: `CALL () {
  UNWIND $rows${i} AS row MATCH (n:${label} {${key}: row.k})
  WITH n, row, ${WRITER_PROPS.map((p, j) => `n.${p} AS kept${j}`).join(', ')}
  SET n = row.props
  SET ${WRITER_PROPS.map((p, j) => `n.${p} = coalesce(row.props.${p}, kept${j})`).join(', ')}
  RETURN count(*) AS set${i}
}`,
            returns: [`set${i}`],
            empty: !has(`rows${i}`),
          },
          {
            cypher: `CALL () { UNWIND $orphans${i} AS k MATCH (n:${label} {${key}: k}) DETACH DELETE n RETURN count(*) AS gone${i} }`,
            returns: [`gone${i}`],
            empty: !has(`orphans${i}`),
          },
        ];
      }),
      params,
    );
  }
  return warnings;
}
