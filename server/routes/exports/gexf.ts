import type { ExportEdge, ExportNode } from './model.js';
import { edgeValues, nodeValues } from './graphValues.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, XMLNS, XSI, xmlStream, type AttributeSpec } from './xmlStream.js';

export const GEXF_NS = 'http://gexf.net/1.3';

export interface GraphWriter {
  nodes(batch: readonly ExportNode[]): void;
  edges(batch: readonly ExportEdge[]): void;
  end(): void;
}

export interface GraphMeta {
  description: string;
  /** ISO date of the export. */
  date: string;
}

/**
 * GEXF 1.3 (gexf.net/1.3), written as it goes: all nodes first, then all edges (the format's
 * order). Kinds, dates and provenance are declared attributes; an edge's weight is the GEXF weight
 * and its relationship type the edge label, so Gephi and Gephi Lite can size, colour and filter.
 */
export function gexfWriter(write: (chunk: string) => void, meta: GraphMeta): GraphWriter {
  const { xml, text, attrs } = xmlStream(write);
  xml.dec({ version: '1.0', encoding: 'UTF-8' });
  xml
    .ele(GEXF_NS, 'gexf', { version: '1.3' })
    .att(XMLNS, 'xmlns:xsi', XSI)
    .att(XSI, 'xsi:schemaLocation', `${GEXF_NS} ${GEXF_NS}/gexf.xsd`);
  xml.ele('meta', { lastmodifieddate: meta.date });
  xml.ele('creator').txt('Sakskart').up();
  xml.ele('description').txt(text(meta.description)).up();
  xml.up();
  xml.ele('graph', { defaultedgetype: 'directed', mode: 'static' });
  const declare = (cls: 'node' | 'edge', specs: AttributeSpec[]) => {
    xml.ele('attributes', { class: cls, mode: 'static' });
    for (const a of specs) xml.ele('attribute', { id: a.id, title: a.title, type: a.type }).up();
    xml.up();
  };
  declare('node', NODE_ATTRIBUTES);
  declare('edge', EDGE_ATTRIBUTES);
  const values = (v: Record<string, string | number | undefined>) => {
    const present = Object.entries(attrs(v));
    if (!present.length) return;
    xml.ele('attvalues');
    for (const [id, value] of present) xml.ele('attvalue', { for: id, value }).up();
    xml.up();
  };
  let phase: 'start' | 'nodes' | 'edges' = 'start';
  const toEdges = () => {
    if (phase === 'start') xml.ele('nodes');
    if (phase !== 'edges') xml.up().ele('edges');
    phase = 'edges';
  };
  return {
    nodes(batch) {
      if (phase === 'edges') throw new Error('GEXF: nodes must come before edges');
      if (phase === 'start') xml.ele('nodes');
      phase = 'nodes';
      for (const n of batch) {
        xml.ele('node', attrs({ id: n.id, label: n.label }));
        values(nodeValues(n));
        xml.up();
      }
    },
    edges(batch) {
      toEdges();
      for (const e of batch) {
        xml.ele('edge', attrs({ id: e.id, source: e.source, target: e.target, label: e.type, weight: e.weight }));
        values(edgeValues(e));
        xml.up();
      }
    },
    end() {
      toEdges();
      xml.up().up().up().end();
    },
  };
}
