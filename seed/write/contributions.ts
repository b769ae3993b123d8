/** One document's statement of a node's properties. */
export interface Contribution {
  props: Record<string, unknown>;
  docId: string;
  docDate?: string | null;
  docKind: string;
}

const KIND_RANK: Record<string, number> = { derived: 0, 'case-note': 1, agenda: 2, minutes: 3 };

/**
 * A node's properties are the merge of what every document says about it. Later meetings win
 * (a case renamed in a later agenda takes the new title), then minutes over agendas over case
 * notes over derived references; list properties are unions.
 */
export function mergeContributions(contributions: Contribution[]): Record<string, unknown> {
  const ordered = [...contributions].sort(
    (a, b) =>
      (a.docDate ?? '').localeCompare(b.docDate ?? '') ||
      (KIND_RANK[a.docKind] ?? 0) - (KIND_RANK[b.docKind] ?? 0) ||
      a.docId.localeCompare(b.docId),
  );
  const out: Record<string, unknown> = {};
  for (const c of ordered) {
    for (const [k, v] of Object.entries(c.props)) {
      if (v === undefined || v === null || v === '') continue;
      if (Array.isArray(v)) {
        const prev = Array.isArray(out[k]) ? (out[k] as unknown[]) : [];
        out[k] = [...new Set([...prev, ...v])];
      } else {
        out[k] = v;
      }
    }
  }
  // A real document's word on a case outranks a reference's placeholder.
  if (contributions.some((c) => c.docKind !== 'derived')) delete out.stub;
  return out;
}
