/*
 * What every export writes: nodes and edges of the graph, each with the places in the documents
 * that state it (document, file, lines). The writers (gexf, graphml, ftm, csv) take these and
 * nothing else, so they stay pure functions of their input; queries.ts reads them from Neo4j.
 */

/** One place a fact was read: the document's id, its name and file, the 1-based lines. */
export interface Provenance {
  doc: string;
  name: string;
  file: string;
  lineStart: number;
  lineEnd: number;
}

export interface ExportNode {
  /** Public id, "<Label>:<key>" (graph/api/ids.ts). */
  id: string;
  /** The node's label: Committee, Meeting, Case, Organization, Person, Topic, Statement, … */
  kind: string;
  label: string;
  /** The node's own type: an organisation's kind, a statement's input/response, a case's type. */
  category?: string;
  /** A statement's stance (concern, support, …) and the words of its text that decided it. */
  stance?: string;
  stanceCue?: string;
  committee?: string;
  /** ISO date: a meeting's start, a case's first treatment. */
  date?: string;
  endDate?: string;
  /** Full name where the label is a short form (a committee's). */
  name?: string;
  /** Other names, a description and a meeting's place: FollowTheMoney carries them. */
  aliases?: string[];
  description?: string;
  place?: string;
  sources: Provenance[];
}

export interface ExportEdge {
  /** `TYPE|source|target`, or `TYPE:kind|source|target` (graph/api/edgeId.ts). */
  id: string;
  source: string;
  target: string;
  type: string;
  /** A link's kind (earlier-treatment, prerequisite …) or an attendance's status. */
  kind?: string;
  date?: string;
  /** How strongly the documents state it: a topic's mentions in a case, else the count of sources. */
  weight: number;
  sources: Provenance[];
}

/** The document a fact came from, for the CSV bundle's documents table and FtM Document entities. */
export interface ExportDocument {
  id: string;
  name: string;
  kind: string;
  file: string;
  fileSha256?: string;
  date?: string;
  lineStart: number;
  lineEnd: number;
}

/** "referat.pdf:12-14; sakskart.txt:3" — provenance as one readable cell or attribute. */
export function provenanceText(sources: readonly Provenance[]): string {
  return sources
    .map((s) => `${s.file || s.name}:${s.lineStart === s.lineEnd ? s.lineStart : `${s.lineStart}-${s.lineEnd}`}`)
    .join('; ');
}

/** Distinct sources, in a stable order (document, then first line). */
export function distinctSources(sources: readonly Provenance[]): Provenance[] {
  const seen = new Map<string, Provenance>();
  for (const s of sources) seen.set(`${s.doc}\u0000${s.lineStart}\u0000${s.lineEnd}`, s);
  return [...seen.values()].sort((a, b) =>
    a.doc === b.doc ? a.lineStart - b.lineStart || a.lineEnd - b.lineEnd : a.doc < b.doc ? -1 : 1,
  );
}
