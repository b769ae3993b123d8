import type { ExportEdge, ExportNode } from './model.js';
import { provenanceText } from './model.js';

/** The attribute values of a node or edge, by attribute id (xmlStream.ts), absent when unknown. */
export function nodeValues(n: ExportNode): Record<string, string | number | undefined> {
  return {
    kind: n.kind,
    category: n.category,
    committee: n.committee,
    date: n.date,
    endDate: n.endDate,
    sourceCount: n.sources.length,
    sources: provenanceText(n.sources) || undefined,
    documents: [...new Set(n.sources.map((s) => s.doc))].join(' ') || undefined,
  };
}

export function edgeValues(e: ExportEdge): Record<string, string | number | undefined> {
  return {
    type: e.type,
    kind: e.kind,
    date: e.date,
    sourceCount: e.sources.length,
    sources: provenanceText(e.sources) || undefined,
    documents: [...new Set(e.sources.map((s) => s.doc))].join(' ') || undefined,
  };
}
