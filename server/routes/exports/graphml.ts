import type { GraphMeta, GraphWriter } from './gexf.js';
import { edgeValues, nodeValues } from './graphValues.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, XMLNS, XSI, xmlStream, type AttributeSpec } from './xmlStream.js';

export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

const GRAPHML_TYPE = { string: 'string', integer: 'int', double: 'double' } as const;

/**
 * GraphML (graphml.graphdrawing.org), written as it goes. Keys are declared first with their
 * types (the format wants them before the graph); node and edge keys are prefixed (`n_kind`,
 * `e_kind`) since GraphML ids are global. The node's and edge's label are keys too.
 */
export function graphmlWriter(write: (chunk: string) => void, meta: GraphMeta): GraphWriter {
  const { xml, text, attrs } = xmlStream(write);
  xml.dec({ version: '1.0', encoding: 'UTF-8' });
  xml
    .ele(GRAPHML_NS, 'graphml')
    .att(XMLNS, 'xmlns:xsi', XSI)
    .att(XSI, 'xsi:schemaLocation', `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`);
  xml
    .ele('desc')
    .txt(text(`${meta.description} (Sakskart, ${meta.date})`))
    .up();
  const key = (prefix: 'n' | 'e', forWhat: 'node' | 'edge', a: AttributeSpec) =>
    xml
      .ele('key', { id: `${prefix}_${a.id}`, for: forWhat, 'attr.name': a.id, 'attr.type': GRAPHML_TYPE[a.type] })
      .up();
  key('n', 'node', { id: 'label', title: 'label', type: 'string' });
  for (const a of NODE_ATTRIBUTES) key('n', 'node', a);
  key('e', 'edge', { id: 'label', title: 'label', type: 'string' });
  key('e', 'edge', { id: 'weight', title: 'weight', type: 'double' });
  for (const a of EDGE_ATTRIBUTES) key('e', 'edge', a);
  xml.ele('graph', { id: 'sakskart', edgedefault: 'directed' });
  const data = (prefix: 'n' | 'e', v: Record<string, string | number | undefined>) => {
    for (const [id, value] of Object.entries(attrs(v)))
      xml
        .ele('data', { key: `${prefix}_${id}` })
        .txt(value)
        .up();
  };
  let inEdges = false;
  return {
    nodes(batch) {
      if (inEdges) throw new Error('GraphML export: nodes must come before edges');
      for (const n of batch) {
        xml.ele('node', attrs({ id: n.id }));
        data('n', { label: n.label, ...nodeValues(n) });
        xml.up();
      }
    },
    edges(batch) {
      inEdges = true;
      for (const e of batch) {
        xml.ele('edge', attrs({ id: e.id, source: e.source, target: e.target }));
        data('e', { label: e.type, weight: e.weight, ...edgeValues(e) });
        xml.up();
      }
    },
    end() {
      xml.up().up().end();
    },
  };
}
