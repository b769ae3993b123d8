/** One document's statement of a node's properties. */
export interface Contribution {
  props: Record<string, unknown>;
  docId: string;
  docDate?: string | null;
  docKind: string;
  /** The file the document came from, for messages. */
  file?: string;
}

const KIND_RANK: Record<string, number> = { derived: 0, 'case-note': 1, agenda: 2, minutes: 3 };

/** A sortable rank: later meetings win, then minutes over agendas over case notes, then the id. */
export function rankOf(c: Pick<Contribution, 'docDate' | 'docKind' | 'docId'>): string {
  return `${c.docDate ?? '0000-00-00'}|${KIND_RANK[c.docKind] ?? 0}|${c.docId}`;
}

/**
 * A node's properties are the merge of what every document says about it. Later meetings win
 * (a case renamed in a later agenda takes the new title), then minutes over agendas over case
 * notes over derived references; list properties are sorted unions, so load order never shows.
 */
export function mergeContributions(contributions: Contribution[]): Record<string, unknown> {
  const ordered = [...contributions].sort((a, b) => rankOf(a).localeCompare(rankOf(b)));
  const out: Record<string, unknown> = {};
  for (const c of ordered) {
    for (const [k, v] of Object.entries(c.props)) {
      if (v === undefined || v === null || v === '') continue;
      if (Array.isArray(v)) {
        const prev = Array.isArray(out[k]) ? (out[k] as unknown[]) : [];
        out[k] = [...new Set([...prev, ...v])].sort();
      } else {
        out[k] = v;
      }
    }
  }
  // A real document's word on a case outranks a reference's placeholder.
  if (contributions.some((c) => c.docKind !== 'derived')) delete out.stub;
  return out;
}

/** Long free text differs in wording between an agenda and its minutes without contradicting. */
const PROSE = new Set(['summary', 'text', 'context', 'quote']);

/**
 * Values about one node from two documents that disagree (two titles for one case), where one of
 * the documents is in `own`: each named with both files and the value shown.
 */
export function contributionConflicts(
  what: string,
  contributions: Contribution[],
  shown: Record<string, unknown>,
  own: Set<string>,
): string[] {
  const stated = contributions.filter((c) => c.docKind !== 'derived');
  const out: string[] = [];
  const props = new Set(stated.flatMap((c) => Object.keys(c.props)));
  for (const p of props) {
    if (PROSE.has(p)) continue;
    // Most authoritative first, so the document named is the one that weighs most (the latest),
    // whatever order the contributions were read in.
    const values = stated
      .filter((c) => typeof c.props[p] === 'string' || typeof c.props[p] === 'number')
      .sort((a, b) => rankOf(b).localeCompare(rankOf(a)));
    for (const mine of values.filter((c) => own.has(c.docId))) {
      const other = values.find((c) => !own.has(c.docId) && c.props[p] !== mine.props[p]);
      if (!other) continue;
      out.push(
        `${what}: ${p} "${String(mine.props[p])}" in ${mine.file ?? mine.docId} differs from "${String(other.props[p])}" in ${other.file ?? other.docId}; showing "${String(shown[p])}" (later meeting, then minutes over agenda), both kept per source`,
      );
    }
  }
  return out;
}
