import type { ExportEdge, ExportNode, Provenance } from './model.js';
import { provenanceText } from './model.js';

type Values = Record<string, string | number | undefined>;

/** The provenance attributes' values (xmlStream.ts), the same for nodes and edges. */
function provenanceValues(sources: Provenance[]): Values {
  return {
    sourceCount: sources.length,
    sources: provenanceText(sources) || undefined,
    documents: [...new Set(sources.map((s) => s.doc))].join(' ') || undefined,
  };
}

/** The attribute values of a node or edge, by attribute id (xmlStream.ts), absent when unknown. */
export function nodeValues(n: ExportNode): Values {
  return {
    kind: n.kind,
    category: n.category,
    committee: n.committee,
    date: n.date,
    endDate: n.endDate,
    stance: n.stance,
    stanceCue: n.stanceCue,
    ...provenanceValues(n.sources),
  };
}

export function edgeValues(e: ExportEdge): Values {
  return { type: e.type, kind: e.kind, date: e.date, ...provenanceValues(e.sources) };
}
