import {
  edgeId,
  EXPLORABLE_KINDS,
  ExplorableRel,
  parseNodeId,
  stanceOf,
  type ElementsT,
} from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { NODE_LABELS, type NodeLabel } from '../../../graph/schema/index.js';
import { displayLabel } from '../../graph/present.js';
import { deriveStints } from '../memberships/derive.js';
import { attendanceRow } from '../memberships/queries.js';
import type { FtmMeeting, FtmMembership } from './ftm.js';
import { distinctSources, type ExportDocument, type ExportEdge, type ExportNode, type Provenance } from './model.js';

/*
 * Data access of the exports. The whole graph is read in pages (keyset: the next page starts after
 * the last key, in the unique-key index's order), each page its own short read transaction, so an
 * export of any size streams with one page in memory and no statement near the read timeout.
 * Labels, keys and relationship types come from the schema, never from a request.
 */

/** What a whole-graph export holds: what the explorer can show, but not Passages (the documents' text). */
export const EXPORT_LABELS: NodeLabel[] = EXPLORABLE_KINDS.filter((k) => k !== 'Passage');
const EXPORT_RELS = ExplorableRel.options;
export const PAGE_SIZE = 500;

const keyOf = (label: NodeLabel) => NODE_LABELS[label].key;
/** Cypher expression of a node's key whatever its label (only schema labels and keys are spliced). */
const KEY_EXPR = (v: string) =>
  `CASE ${EXPORT_LABELS.map((l) => `WHEN ${v}:${l} THEN ${v}.${keyOf(l)}`).join(' ')} END`;
const PRIMARY_EXPR = (v: string) =>
  `head([l IN labels(${v}) WHERE l IN ${JSON.stringify(EXPORT_LABELS).replace(/"/g, "'")}])`;

type Docs = ReadonlyMap<string, ExportDocument>;

export async function exportDocuments(ex: Executor): Promise<Map<string, ExportDocument>> {
  const rows = await ex.read(
    `MATCH (d:Document) RETURN d.id AS id, d.name AS name, d.kind AS kind, d.file AS file, d.fileSha256 AS fileSha256,
            d.date AS date, d.lineStart AS lineStart, d.lineEnd AS lineEnd ORDER BY d.id`,
    {},
    'export-documents',
  );
  return new Map(
    rows.map((r) => [
      String(r.id),
      {
        id: String(r.id),
        name: String(r.name ?? r.id),
        kind: String(r.kind ?? ''),
        file: String(r.file ?? ''),
        fileSha256: r.fileSha256 ? String(r.fileSha256) : undefined,
        date: r.date ? String(r.date) : undefined,
        lineStart: Number(r.lineStart ?? 1),
        lineEnd: Number(r.lineEnd ?? 1),
      },
    ]),
  );
}

interface StoredSource {
  doc?: unknown;
  lineStart?: unknown;
  lineEnd?: unknown;
}

/** Provenance from what a node's SOURCE_OF edges or a relationship carry, named from `docs`. */
function toProvenance(stored: StoredSource[], docs: Docs): Provenance[] {
  return distinctSources(
    stored.flatMap((s) => {
      if (!s.doc || s.lineStart == null) return [];
      const doc = String(s.doc);
      const d = docs.get(doc);
      return [
        {
          doc,
          name: d?.name ?? doc,
          file: d?.file ?? '',
          lineStart: Number(s.lineStart),
          lineEnd: Number(s.lineEnd ?? s.lineStart),
        },
      ];
    }),
  );
}

/** A relationship's sources: its `sources` list (JSON per source) when merged, else its own provenance. */
function relSources(r: Record<string, unknown>): StoredSource[] {
  if (Array.isArray(r.sources)) return (r.sources as string[]).map((s) => JSON.parse(s) as StoredSource);
  return r.doc ? [{ doc: r.doc, lineStart: r.lineStart, lineEnd: r.lineEnd }] : [];
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

/** A statement's stance (one stored before stances reads as information) and its cue; nothing on other nodes. */
function statementStance(label: string, props: Record<string, unknown>): Pick<ExportNode, 'stance' | 'stanceCue'> {
  if (label !== 'Statement') return {};
  const { stance, stanceCue } = stanceOf(props);
  return { stance, stanceCue: stanceCue || undefined };
}

export function toExportNode(label: NodeLabel, props: Record<string, unknown>, sources: Provenance[]): ExportNode {
  const key = String(props[keyOf(label)]);
  return {
    id: `${label}:${key}`,
    kind: label,
    label: displayLabel(label, props),
    name: str(props.name),
    category: str(props.kind) ?? str(props.type),
    ...statementStance(label, props),
    committee: str(props.committee),
    date: str(props.date) ?? str(props.startDate),
    endDate: str(props.endDate),
    aliases: Array.isArray(props.aliases) ? props.aliases.map(String) : undefined,
    description: str(props.description),
    place: str(props.place),
    sources,
  };
}

// A node's properties without the long prose no export writes (a statement keeps its first words).
const NODE_PROJECTION = (v: string) =>
  `${v} {.*, text: left(${v}.text, 300), summary: null, decision: null, proposedDecision: null, aliasText: null}`;
const NODE_SOURCES = (v: string) => `
OPTIONAL MATCH (d:Document)-[s:SOURCE_OF]->(${v})
WITH ${v}, collect(CASE WHEN d IS NULL THEN null ELSE {doc: d.id, lineStart: s.lineStart, lineEnd: s.lineEnd} END) AS sources`;

/** Every node of the export's labels, a page at a time. */
export async function* nodePages(ex: Executor, docs: Docs, labels = EXPORT_LABELS): AsyncGenerator<ExportNode[]> {
  for (const label of labels) {
    const key = keyOf(label);
    let after: string | null = null;
    for (;;) {
      const rows = await ex.read(
        `MATCH (n:${label}) WHERE $after IS NULL OR n.${key} > $after
         WITH n ORDER BY n.${key} LIMIT $size
         ${NODE_SOURCES('n')}
         RETURN n.${key} AS key, ${NODE_PROJECTION('n')} AS props, sources ORDER BY key`,
        { after, size: PAGE_SIZE },
        'export-nodes',
      );
      if (!rows.length) break;
      yield rows.map((r) =>
        toExportNode(label, r.props as Record<string, unknown>, toProvenance(r.sources as StoredSource[], docs)),
      );
      after = String(rows[rows.length - 1]!.key);
      if (rows.length < PAGE_SIZE) break;
    }
  }
}

type RelRow = { a: unknown; b: unknown; bl: unknown; type: unknown; kind: unknown; rs: unknown };

function toExportEdge(
  source: string,
  target: string,
  type: string,
  kind: unknown,
  rs: Record<string, unknown>[],
  docs: Docs,
): ExportEdge {
  const sources = toProvenance(rs.flatMap(relSources), docs);
  const weights = rs.map((r) => r.weight).filter((w): w is number => typeof w === 'number');
  const dated = rs
    .map((r) => str(r.date))
    .filter((d): d is string => !!d)
    .sort();
  return {
    id: edgeId({ type, source, target, kind: kind ?? undefined }),
    source,
    target,
    type,
    kind: str(kind),
    date: dated[0],
    weight: weights.length ? Math.max(...weights) : Math.max(1, sources.length),
    sources,
  };
}

const REL_PROJECTION = 'r {.date, .weight, .sources, .doc, .lineStart, .lineEnd}';

/** Every relationship between nodes of the export's labels, by start node, a page at a time. */
export async function* edgePages(ex: Executor, docs: Docs, labels = EXPORT_LABELS): AsyncGenerator<ExportEdge[]> {
  for (const label of labels) {
    const key = keyOf(label);
    let after: string | null = null;
    for (;;) {
      const keys: string[] = (
        await ex.read(
          `MATCH (a:${label}) WHERE $after IS NULL OR a.${key} > $after RETURN a.${key} AS key ORDER BY key LIMIT $size`,
          { after, size: PAGE_SIZE },
          'export-edges',
        )
      ).map((r) => String(r.key));
      if (!keys.length) break;
      const rows = (await ex.read(
        `UNWIND $keys AS k MATCH (a:${label} {${key}: k})-[r]->(b)
         WHERE type(r) IN $rels AND any(l IN labels(b) WHERE l IN $labels)
         RETURN k AS a, ${KEY_EXPR('b')} AS b, ${PRIMARY_EXPR('b')} AS bl, type(r) AS type,
                coalesce(r.kind, r.status) AS kind, collect(${REL_PROJECTION}) AS rs
         ORDER BY a, type, bl, b, kind`,
        { keys, rels: EXPORT_RELS, labels },
        'export-edges',
      )) as RelRow[];
      const edges = rows.map((r) =>
        toExportEdge(
          `${label}:${String(r.a)}`,
          `${String(r.bl)}:${String(r.b)}`,
          String(r.type),
          r.kind,
          r.rs as Record<string, unknown>[],
          docs,
        ),
      );
      if (edges.length) yield edges;
      after = keys[keys.length - 1]!;
      if (keys.length < PAGE_SIZE) break;
    }
  }
}

/** The nodes and edges of a neighbourhood answer, with their provenance read for them. */
export async function viewGraph(
  ex: Executor,
  elements: ElementsT,
  docs: Docs,
): Promise<{ nodes: ExportNode[]; edges: ExportEdge[] }> {
  const byLabel = new Map<NodeLabel, string[]>();
  for (const n of elements.nodes) {
    const { label, key } = parseNodeId(n.data.id);
    if (!(label in NODE_LABELS)) continue;
    byLabel.set(label, [...(byLabel.get(label) ?? []), key]);
  }
  const nodeSources = new Map<string, Provenance[]>();
  await Promise.all(
    [...byLabel].map(async ([label, keys]) => {
      const rows = await ex.read(
        `UNWIND $keys AS k MATCH (n:${label} {${keyOf(label)}: k}) ${NODE_SOURCES('n')} RETURN n.${keyOf(label)} AS k, sources`,
        { keys },
        'export-view',
      );
      for (const r of rows) nodeSources.set(`${label}:${String(r.k)}`, toProvenance(r.sources as StoredSource[], docs));
    }),
  );
  const nodes = elements.nodes.map((n): ExportNode => {
    const d = n.data as Record<string, unknown>;
    return {
      id: n.data.id,
      kind: n.data.kind,
      label: n.data.label,
      category: str(d.category) ?? str(d.type),
      ...statementStance(n.data.kind, d),
      committee: str(d.committee),
      date: str(d.date) ?? str(d.startDate),
      endDate: str(d.endDate),
      sources: nodeSources.get(n.data.id) ?? [],
    };
  });
  // One query per (start label, type, end label): labels and types from the schema-validated ids.
  const groups = new Map<string, { a: NodeLabel; b: NodeLabel; type: string; pairs: { a: string; b: string }[] }>();
  for (const e of elements.edges) {
    const a = parseNodeId(e.data.source);
    const b = parseNodeId(e.data.target);
    if (!(a.label in NODE_LABELS) || !(b.label in NODE_LABELS) || !ExplorableRel.safeParse(e.data.type).success)
      continue;
    const g = `${a.label}|${e.data.type}|${b.label}`;
    const group = groups.get(g) ?? { a: a.label, b: b.label, type: e.data.type, pairs: [] };
    group.pairs.push({ a: a.key, b: b.key });
    groups.set(g, group);
  }
  const found = new Map<string, ExportEdge>();
  await Promise.all(
    [...groups.values()].map(async (g) => {
      const rows = await ex.read(
        `UNWIND $pairs AS p MATCH (a:${g.a} {${keyOf(g.a)}: p.a})-[r:${g.type}]->(b:${g.b} {${keyOf(g.b)}: p.b})
         RETURN p.a AS a, p.b AS b, coalesce(r.kind, r.status) AS kind, collect(${REL_PROJECTION}) AS rs`,
        { pairs: g.pairs },
        'export-view',
      );
      for (const r of rows) {
        const e = toExportEdge(
          `${g.a}:${String(r.a)}`,
          `${g.b}:${String(r.b)}`,
          g.type,
          r.kind,
          r.rs as Record<string, unknown>[],
          docs,
        );
        found.set(e.id, e);
      }
    }),
  );
  const edges = elements.edges.map((e): ExportEdge => {
    const id = edgeId(e.data);
    const stated = found.get(id);
    const d = e.data as Record<string, unknown>;
    return (
      stated ?? {
        id,
        source: e.data.source,
        target: e.data.target,
        type: e.data.type,
        kind: str(d.kind) ?? str(d.status),
        weight: Math.max(1, Number(d.sourceCount ?? 1)),
        sources: [],
      }
    );
  });
  return { nodes, edges };
}

/** Meetings with who attended (not the absent), a page at a time. */
export async function* meetingPages(ex: Executor, docs: Docs): AsyncGenerator<FtmMeeting[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await ex.read(
      `MATCH (m:Meeting) WHERE $after IS NULL OR m.id > $after
       WITH m ORDER BY m.id LIMIT $size
       ${NODE_SOURCES('m')}
       OPTIONAL MATCH (p:Person)-[a:ATTENDED]->(m) WHERE a.status <> 'absent'
       WITH m, sources, collect(DISTINCT 'Person:' + p.id) AS attendees
       RETURN m.id AS id, m.committee AS committee, m.number AS number, m.startDate AS startDate,
              m.endDate AS endDate, m.place AS place, attendees, sources ORDER BY id`,
      { after, size: PAGE_SIZE },
      'export-ftm',
    );
    if (!rows.length) break;
    yield rows.map((r) => ({
      id: `Meeting:${String(r.id)}`,
      name: `${String(r.committee)}-møte ${String(r.startDate)}${r.number ? ` (${String(r.number)})` : ''}`,
      committee: `Committee:${String(r.committee)}`,
      startDate: String(r.startDate),
      endDate: str(r.endDate),
      place: str(r.place),
      attendees: (r.attendees as string[]).sort(),
      sources: toProvenance(r.sources as StoredSource[], docs),
    }));
    after = String(rows[rows.length - 1]!.id);
    if (rows.length < PAGE_SIZE) break;
  }
}

/**
 * Committee seats, one per stint (person, committee, role, organisation) dated by the first and
 * last meeting whose list names it, and whom a person spoke for (REPRESENTS, dated by the
 * documents that say so), by person.
 */
export async function* membershipPages(ex: Executor, docs: Docs): AsyncGenerator<FtmMembership[]> {
  let after: string | null = null;
  for (;;) {
    const keys: string[] = (
      await ex.read(
        'MATCH (p:Person) WHERE $after IS NULL OR p.id > $after RETURN p.id AS id ORDER BY id LIMIT $size',
        { after, size: PAGE_SIZE },
        'export-ftm',
      )
    ).map((r) => String(r.id));
    if (!keys.length) break;
    // Stints from the attendance lists (see routes/memberships/derive.ts), each with its role and
    // the organisation spoken for then; a seat only a member list states (no attendance) stays undated.
    const attendance = await ex.read(
      `UNWIND $keys AS k MATCH (p:Person {id: k})-[r:ATTENDED]->(m:Meeting)-[:OF]->(c:Committee)
       OPTIONAL MATCH (o:Organization {id: r.org})
       RETURN p.id AS person, p.name AS personName, c.key AS committee, c.name AS committeeName,
              m.startDate AS date, r.status AS status, r.role AS role, r.note AS note, r.org AS org,
              o.name AS orgName, ${REL_PROJECTION} AS rel
       ORDER BY person, committee, date`,
      { keys },
      'export-ftm',
    );
    const listedOnly = await ex.read(
      `UNWIND $keys AS k MATCH (p:Person {id: k})-[r:MEMBER_OF]->(c:Committee)
       WHERE NOT EXISTS { (p)-[:ATTENDED]->(:Meeting)-[:OF]->(c) }
       RETURN p.id AS person, 'Committee:' + c.key AS org, collect(${REL_PROJECTION}) AS rs
       ORDER BY person, org`,
      { keys },
      'export-ftm',
    );
    const spoke = await ex.read(
      `UNWIND $keys AS k MATCH (p:Person {id: k})-[r:REPRESENTS]->(o:Organization)
       WITH p, o, collect(${REL_PROJECTION}) AS rs
       RETURN p.id AS person, 'Organization:' + o.id AS org, rs,
              reduce(d = null, x IN rs | CASE WHEN x.date IS NOT NULL AND (d IS NULL OR x.date < d) THEN x.date ELSE d END) AS start,
              reduce(d = null, x IN rs | CASE WHEN x.date IS NOT NULL AND (d IS NULL OR x.date > d) THEN x.date ELSE d END) AS end
       ORDER BY person, org`,
      { keys },
      'export-ftm',
    );
    const out: FtmMembership[] = [];
    const rows = attendance.map((r) => ({ ...attendanceRow(r), rel: r.rel as Record<string, unknown> }));
    for (const { period, rows: stint } of deriveStints(rows))
      out.push({
        person: period.person.id,
        organization: period.committee.id,
        type: 'MEMBER_OF',
        role: period.role,
        ...(period.organization ? { onBehalfOf: period.organization.name, onBehalfOfId: period.organization.id } : {}),
        startDate: period.from,
        endDate: period.to,
        sources: toProvenance(
          stint.flatMap((r) => relSources(r.rel)),
          docs,
        ),
      });
    for (const [type, found] of [
      ['MEMBER_OF', listedOnly],
      ['REPRESENTS', spoke],
    ] as const)
      for (const r of found)
        out.push({
          person: `Person:${String(r.person)}`,
          organization: String(r.org),
          type,
          startDate: str(r.start),
          endDate: str(r.end),
          sources: toProvenance((r.rs as Record<string, unknown>[]).flatMap(relSources), docs),
        });
    if (out.length) yield out;
    after = keys[keys.length - 1]!;
    if (keys.length < PAGE_SIZE) break;
  }
}
