import { createCB } from 'xmlbuilder2';
import { xmlSafe } from './sanitize.js';

/** An attribute of the exported graphs, declared once with its type (GEXF and GraphML both need that). */
export interface AttributeSpec {
  id: string;
  title: string;
  /**
   * GEXF 1.3 type; GraphML writes `string`, `int` or `double` for it. Dates are ISO strings
   * (YYYY-MM-DD sorts and filters as text): neither GraphML nor Gephi Lite's reader knows a date type.
   */
  type: 'string' | 'integer' | 'double';
}

/** Provenance, the same on nodes and edges: how many passages state it, which lines, which documents. */
const PROVENANCE_ATTRIBUTES: AttributeSpec[] = [
  { id: 'sourceCount', title: 'sourceCount', type: 'integer' },
  { id: 'sources', title: 'sources (file:lines)', type: 'string' },
  { id: 'documents', title: 'documents (ids)', type: 'string' },
];

/** Node attributes: kind, dates and provenance, so Gephi can colour, filter and trace by them. */
export const NODE_ATTRIBUTES: AttributeSpec[] = [
  { id: 'kind', title: 'kind', type: 'string' },
  { id: 'category', title: 'category', type: 'string' },
  { id: 'committee', title: 'committee', type: 'string' },
  { id: 'date', title: 'date', type: 'string' },
  { id: 'endDate', title: 'endDate', type: 'string' },
  { id: 'stance', title: 'stance', type: 'string' },
  { id: 'stanceCue', title: 'stanceCue', type: 'string' },
  ...PROVENANCE_ATTRIBUTES,
];

/** Edge attributes; the weight is the edge's own (GEXF `weight`, GraphML key `weight`). */
export const EDGE_ATTRIBUTES: AttributeSpec[] = [
  { id: 'type', title: 'type', type: 'string' },
  { id: 'kind', title: 'kind', type: 'string' },
  { id: 'date', title: 'date', type: 'string' },
  ...PROVENANCE_ATTRIBUTES,
];

export const XMLNS = 'http://www.w3.org/2000/xmlns/';
export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

type Builder = ReturnType<typeof createCB>;

/**
 * A streaming XML document: xmlbuilder2's callback builder hands each finished piece to `write`
 * at once, so a whole-graph export never holds the document; every text passes xmlSafe first.
 */
export function xmlStream(write: (chunk: string) => void): {
  xml: Builder;
  text: (s: string) => string;
  attrs: (a: Record<string, string | number | undefined>) => Record<string, string>;
} {
  const xml = createCB({ data: (chunk: string) => write(chunk), prettyPrint: true, wellFormed: true });
  const text = (s: string) => xmlSafe(s);
  const attrs = (a: Record<string, string | number | undefined>) =>
    Object.fromEntries(
      Object.entries(a).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, xmlSafe(String(v))]])),
    );
  return { xml, text, attrs };
}
