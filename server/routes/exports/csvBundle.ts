import type { ExportDocument, ExportEdge, ExportNode } from './model.js';
import { csvRow } from '../../../graph/api/csv.js';
import { STANCES } from '../../../graph/schema/nodes.js';

/*
 * The CSV bundle: four tables and a Frictionless Data Package (datapackage.json) describing every
 * column with its type, a description, primary and foreign keys. Provenance is a table of its own
 * (one row per fact and source), keyed to the documents table, so "which lines say this" is a join.
 */

interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date';
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

export interface Table<T> {
  name: string;
  path: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  row: (item: T) => (string | number | undefined)[];
}

export interface SourceRow {
  fact: string;
  doc: string;
  lineStart: number;
  lineEnd: number;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isoOrNone = (d: string | undefined) => (d && ISO.test(d) ? d : undefined);

export const NODES_TABLE: Table<ExportNode> = {
  name: 'nodes',
  path: 'nodes.csv',
  title: 'Noder',
  description: 'Every node of the graph: committees, meetings, cases, organisations, people, topics, statements…',
  fields: [
    {
      name: 'id',
      type: 'string',
      description: 'Public id, <Label>:<key>, e.g. Case:NUIT-37/22',
      constraints: { required: true, unique: true },
    },
    {
      name: 'kind',
      type: 'string',
      description: 'Node label (Committee, Meeting, Case, Organization, Person, Topic, …)',
      constraints: { required: true },
    },
    { name: 'label', type: 'string', description: 'The short name Sakskart shows for the node' },
    {
      name: 'category',
      type: 'string',
      description: "The node's own type: an organisation's kind, a statement's input/response, a case's type",
    },
    { name: 'committee', type: 'string', description: 'Committee key (NUFA, NUIT, …) of a meeting or case' },
    { name: 'date', type: 'date', description: "A meeting's start date or a case's first treatment (YYYY-MM-DD)" },
    { name: 'end_date', type: 'date', description: "A meeting's last day (YYYY-MM-DD)" },
    {
      name: 'source_count',
      type: 'integer',
      description: 'How many document passages state the node (rows in node_sources.csv)',
    },
    // Last, so that readers of the earlier columns by position are not broken.
    {
      name: 'stance',
      type: 'string',
      description: "A statement's stance: what its speaker mainly does (concern, objection, request, …)",
      constraints: { enum: [...STANCES] },
    },
    {
      name: 'stance_cue',
      type: 'string',
      description: "The words of a statement's text that decided its stance, as written (empty: no cue word)",
    },
  ],
  primaryKey: ['id'],
  row: (n) => [
    n.id,
    n.kind,
    n.label,
    n.category,
    n.committee,
    isoOrNone(n.date),
    isoOrNone(n.endDate),
    n.sources.length,
    n.stance,
    n.stanceCue,
  ],
};

export const EDGES_TABLE: Table<ExportEdge> = {
  name: 'edges',
  path: 'edges.csv',
  title: 'Koblinger',
  description: 'Every relationship between two nodes; parallel statements of one fact are one row',
  fields: [
    {
      name: 'id',
      type: 'string',
      description: 'TYPE|source|target, or TYPE:kind|source|target',
      constraints: { required: true, unique: true },
    },
    {
      name: 'type',
      type: 'string',
      description: 'Relationship type (TREATED_AT, ATTENDED, RAISED, ABOUT, LINKED, DEPENDS_ON, …)',
      constraints: { required: true },
    },
    { name: 'source', type: 'string', description: 'Id of the start node (nodes.id)', constraints: { required: true } },
    { name: 'target', type: 'string', description: 'Id of the end node (nodes.id)', constraints: { required: true } },
    {
      name: 'kind',
      type: 'string',
      description: "A link's kind (earlier-treatment, prerequisite, …) or an attendance status",
    },
    { name: 'date', type: 'date', description: 'Date the relationship is stated for, when it has one (YYYY-MM-DD)' },
    {
      name: 'weight',
      type: 'number',
      description: "A topic's mentions in a case; otherwise the number of sources stating it",
    },
    {
      name: 'source_count',
      type: 'integer',
      description: 'How many document passages state it (rows in edge_sources.csv)',
    },
  ],
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['source'], reference: { resource: 'nodes', fields: ['id'] } },
    { fields: ['target'], reference: { resource: 'nodes', fields: ['id'] } },
  ],
  row: (e) => [e.id, e.type, e.source, e.target, e.kind, isoOrNone(e.date), e.weight, e.sources.length],
};

export const DOCUMENTS_TABLE: Table<ExportDocument> = {
  name: 'documents',
  path: 'documents.csv',
  title: 'Dokumenter',
  description: 'The documents the graph was read from (one file may hold several)',
  fields: [
    {
      name: 'id',
      type: 'string',
      description: 'Document id, <sha256 of the file>:<n>',
      constraints: { required: true, unique: true },
    },
    { name: 'name', type: 'string', description: 'Document name, e.g. "NUIT referat 2022-09-14"' },
    { name: 'kind', type: 'string', description: 'agenda, minutes, case-note or text' },
    { name: 'file', type: 'string', description: 'File name as loaded' },
    { name: 'file_sha256', type: 'string', description: 'SHA-256 of the file' },
    { name: 'date', type: 'date', description: 'Date of the meeting the document is about (YYYY-MM-DD)' },
    { name: 'line_start', type: 'integer', description: 'First line of the document in its file (1-based)' },
    { name: 'line_end', type: 'integer', description: 'Last line of the document in its file' },
  ],
  primaryKey: ['id'],
  row: (d) => [d.id, d.name, d.kind, d.file, d.fileSha256, isoOrNone(d.date), d.lineStart, d.lineEnd],
};

/** Provenance of the nodes or of the edges: one row per fact and passage that states it. */
function sourcesTable(of: 'nodes' | 'edges'): Table<SourceRow> {
  const one = of === 'nodes' ? 'node' : 'edge';
  return {
    name: `${one}_sources`,
    path: `${one}_sources.csv`,
    title: of === 'nodes' ? 'Kilder for noder' : 'Kilder for koblinger',
    description: `Provenance: which lines of which document state each ${one}`,
    fields: [
      { name: one, type: 'string', description: `Id of the ${one} stated (${of}.id)`, constraints: { required: true } },
      {
        name: 'document',
        type: 'string',
        description: 'The document that states it (documents.id)',
        constraints: { required: true },
      },
      {
        name: 'line_start',
        type: 'integer',
        description: 'First line of the passage in the file (1-based)',
        constraints: { required: true },
      },
      {
        name: 'line_end',
        type: 'integer',
        description: 'Last line of the passage in the file',
        constraints: { required: true },
      },
    ],
    foreignKeys: [
      { fields: [one], reference: { resource: of, fields: ['id'] } },
      { fields: ['document'], reference: { resource: 'documents', fields: ['id'] } },
    ],
    row: (s) => [s.fact, s.doc, s.lineStart, s.lineEnd],
  };
}
export const NODE_SOURCES_TABLE = sourcesTable('nodes');
export const EDGE_SOURCES_TABLE = sourcesTable('edges');

/** In the zip's order: each provenance table right after the table it describes. */
export const TABLES = [DOCUMENTS_TABLE, NODES_TABLE, NODE_SOURCES_TABLE, EDGES_TABLE, EDGE_SOURCES_TABLE] as const;

export const header = <T>(t: Table<T>) => csvRow(t.fields.map((f) => f.name));
export const rowOf = <T>(t: Table<T>, item: T) => csvRow(t.row(item));

/** The sources rows of a node or edge (provenance only to documents the bundle lists). */
export function sourceRows(item: ExportNode | ExportEdge, docs: { has(id: string): boolean }): SourceRow[] {
  return item.sources
    .filter((s) => docs.has(s.doc))
    .map((s) => ({ fact: item.id, doc: s.doc, lineStart: s.lineStart, lineEnd: s.lineEnd }));
}

/** datapackage.json (Frictionless Data Package v1, tabular). */
export function dataPackage(created: string) {
  return {
    profile: 'tabular-data-package',
    name: 'sakskart-graph',
    title: 'Sakskart: kunnskapsgraf over nasjonal e-helsestyring',
    description:
      'Committees, meetings, cases, organisations, people, topics and statements read from the agendas, case notes and minutes of NUFA, NUIT, Nasjonalt e-helsestyre and Nasjonalt e-helseråd, with the document lines that state each fact.',
    created: `${created}T00:00:00Z`,
    resources: TABLES.map((t) => ({
      name: t.name,
      path: t.path,
      title: t.title,
      description: t.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: t.fields.map((f) => ({ ...f, ...(f.type === 'date' ? { format: 'default' } : {}) })),
        ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}),
      },
    })),
  };
}
