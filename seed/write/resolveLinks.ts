import { titleSimilarity } from '../parse/caseNote.js';
import type { CaseLinkKindT, CitationT } from '../../graph/schema/index.js';

export interface CaseInfo {
  id: string;
  committee: string;
  number: string;
  title: string;
  /** Dates of the meetings that treated it, ascending. */
  dates: string[];
  topics: string[];
  stub: boolean;
  /** A document that states the case, for provenance of inferred links. */
  doc?: string;
}

export interface CitationInfo extends CitationT {
  doc: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
}

export interface Provenance {
  doc: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
}

/** `source` is the citation that states the link, or `pair:<a>|<b>` for an inferred same matter. */
export type DerivedRel = { source: string } & (
  | { type: 'LINKED'; from: string; to: string; kind: CaseLinkKindT; prov: Provenance }
  | { type: 'PLANNED'; from: string; committee: string; date?: string; prov: Provenance }
  | { type: 'FOLLOWED_UP_BY'; actionItem: string; to: string; prov: Provenance }
);

export interface Stub {
  id: string;
  committee: string;
  number: string;
  title: string;
  prov: Provenance;
  /** The citation that names the stub. */
  citation: string;
}

export interface Resolution {
  rels: DerivedRel[];
  /** One per citation that names a case known only from references. */
  stubs: Stub[];
  /** Citation id → warning. */
  warnings: Map<string, string>;
}

const MATCHING_TITLE = 0.3;
const SAME_TITLE = 0.6;
const SAME_MATTER = 0.75;
const DAY = 86_400_000;
const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

const first = (c: CaseInfo) => c.dates[0];
/** Standing items every meeting has: equal titles say nothing about the matter. */
const PROCEDURAL =
  /^(?:eventuelt|godkjenning\b|orientering(?:er)? fra\b|orienteringssaker|referatsaker|meldinger|møteplan|evaluering av møtet)/i;
const substantive = (c: CaseInfo) => !PROCEDURAL.test(c.title.trim()) && c.title.trim().split(/\s+/).length >= 2;
const overlap = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;

/**
 * Resolves every citation against the whole graph, so the result does not depend on the order in
 * which documents were loaded. Sources contradict themselves (a note citing "NUFA 26/22" for what
 * the minutes number 25/22): a cited number whose title does not match is reconciled by
 * committee, date and title, and the citation keeps a warning instead of making a wrong link.
 */
export interface ResolveScope {
  /** Only pairs with a case in this set are compared for "same matter" (all pairs when absent). */
  pairsOf?: Set<string>;
  /** Pairs ("a|b", ids sorted) already linked by citations outside this resolution. */
  linkedPairs?: Set<string>;
}

export function resolveLinks(cases: CaseInfo[], citations: CitationInfo[], scope: ResolveScope = {}): Resolution {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const rels: DerivedRel[] = [];
  const stubs = new Map<string, Stub>();
  const stubSources: Stub[] = [];
  const warnings = new Map<string, string>();
  const linked = new Set<string>(scope.linkedPairs ?? []);
  let source = '';
  /** Links a → b; unless `cited`, the pair is put in date order (then by id) first. */
  const link = (a: CaseInfo | Stub, b: CaseInfo, kind: CaseLinkKindT, prov: Provenance, cited = false) => {
    if (a.id === b.id) return;
    const da = 'dates' in a ? first(a) : undefined;
    const db = first(b);
    // A cited treatment is the earlier one even when the citing case was first tabled before it
    // (NUIT 30/22 was postponed in May, then cited NUFA's August treatment in September).
    const swap = !cited && da !== undefined && db !== undefined && (da > db || (da === db && a.id > b.id));
    const [from, to] = swap ? [b.id, a.id] : [a.id, b.id];
    linked.add([from, to].sort().join('|'));
    // Every citation stating a link is one of its sources (one relationship per fact).
    rels.push({ type: 'LINKED', from, to, kind, prov, source });
  };

  for (const ci of citations) {
    source = ci.id;
    const prov: Provenance = { doc: ci.doc, lineStart: ci.lineStart, lineEnd: ci.lineEnd, quote: ci.quote };
    const from = byId.get(ci.fromCase);
    // Meeting references without a case number are resolved by relinkMeetingRefs.ts.
    if (!from || ci.kind === 'meeting-reference') continue;
    const committee = ci.committee ?? from.committee;
    const inCommittee = cases.filter((c) => c.committee === committee && !c.stub);

    if (ci.kind === 'planned') {
      rels.push({
        type: 'PLANNED',
        from: from.id,
        committee,
        ...(ci.date ? { date: ci.date } : {}),
        prov,
        source,
      });
      continue;
    }
    if (ci.kind === 'follow-up') {
      const after = first(from);
      const candidates = inCommittee
        .filter((c) => c.id !== from.id && after && first(c) && first(c)! > after && overlap(c.topics, ci.topics) > 0)
        .sort(
          (a, b) => first(a)!.localeCompare(first(b)!) || overlap(b.topics, ci.topics) - overlap(a.topics, ci.topics),
        );
      const target = candidates[0];
      if (target && ci.fromActionItem)
        rels.push({ type: 'FOLLOWED_UP_BY', actionItem: ci.fromActionItem, to: target.id, prov, source });
      else warnings.set(ci.id, `no later ${committee} case on the same topic takes up this action item yet`);
      continue;
    }
    if (ci.kind === 'joint-discussion' && ci.number) {
      const other = byId.get(`${committee}-${ci.number}`);
      if (other) link(from, other, 'joint-discussion', prov);
      continue;
    }
    if (ci.kind === 'postponed-from' && (ci.date || ci.month || ci.relative)) {
      // The meeting it was put off from: its date, any meeting of its month, or the one before.
      const since = first(from);
      const previous = ci.relative
        ? inCommittee
            .flatMap((c) => c.dates)
            .filter((d) => since && d < since)
            .sort()
            .pop()
        : undefined;
      const postponedMeeting = (d: string) =>
        ci.date ? d === ci.date : ci.month ? d.startsWith(ci.month) : d === previous;
      const atDate = inCommittee.filter((c) => c.dates.some(postponedMeeting));
      if (atDate.some((c) => c.id === from.id)) continue; // same case number: its TREATED_AT says "Utsatt"
      const match = atDate.map((c) => ({ c, s: titleSimilarity(c.title, from.title) })).sort((a, b) => b.s - a.s)[0];
      if (match && match.s >= SAME_TITLE) link(match.c, from, 'postponed-from', prov);
      else
        warnings.set(
          ci.id,
          `postponed from ${committee} ${ci.date ?? ci.month ?? 'forrige møte'}, but no case of that meeting is loaded`,
        );
      continue;
    }
    // earlier-treatment (and explicit same-matter)
    const kind: CaseLinkKindT = ci.kind === 'same-matter' ? 'same-matter' : 'earlier-treatment';
    if (ci.number) {
      const cited = byId.get(`${committee}-${ci.number}`);
      if (cited && !cited.stub) {
        const titleOk =
          !ci.title || titleSimilarity(ci.title, cited.title) >= MATCHING_TITLE || overlap(ci.topics, cited.topics) > 0;
        if (titleOk) {
          link(cited, from, kind, prov, true);
          continue;
        }
        const near = inCommittee
          .filter(
            (c) =>
              c.id !== cited.id &&
              (ci.date ? c.dates.includes(ci.date) : c.dates.some((d) => cited.dates.some((e) => days(d, e) <= 92))),
          )
          .map((c) => ({ c, s: titleSimilarity(c.title, ci.title!) }))
          .sort((a, b) => b.s - a.s)[0];
        if (near && near.s >= SAME_TITLE) {
          link(near.c, from, kind, prov, true);
          warnings.set(
            ci.id,
            `cites ${committee} ${ci.number} "${ci.title}", but ${committee} ${ci.number} is "${cited.title}"; linked to ${near.c.id} "${near.c.title}" by committee, date and title`,
          );
        } else {
          warnings.set(
            ci.id,
            `cites ${committee} ${ci.number} "${ci.title}", but ${committee} ${ci.number} is "${cited.title}"; no matching case found, not linked`,
          );
        }
        continue;
      }
      // Known only by this reference: a stub case carries the cited title until its own minutes load.
      const id = `${committee}-${ci.number}`;
      const stub = stubs.get(id) ?? {
        id,
        committee,
        number: ci.number,
        title: ci.title || `Sak ${ci.number}`,
        prov,
        citation: ci.id,
      };
      stubs.set(id, stub);
      stubSources.push({ ...stub, title: ci.title || `Sak ${ci.number}`, prov, citation: ci.id });
      link(stub, from, kind, prov, true);
      continue;
    }
    if (ci.date) {
      const atDate = inCommittee.filter((c) => c.dates.includes(ci.date!) && c.id !== from.id);
      const best = atDate
        .map((c) => ({
          c,
          s:
            overlap(c.topics, ci.topics) * 2 +
            titleSimilarity(c.title, ci.context) +
            titleSimilarity(c.title, from.title),
        }))
        .sort((a, b) => b.s - a.s)[0];
      if (best && best.s > 0.5) link(best.c, from, kind, prov, true);
      else
        warnings.set(
          ci.id,
          atDate.length
            ? `no ${committee} case of ${ci.date} matches the reference`
            : `${committee} meeting of ${ci.date} is not loaded`,
        );
    }
  }

  // The same matter in another committee: near-identical titles within a year, not linked otherwise.
  const real = cases.filter((c) => !c.stub && first(c) && substantive(c));
  const focus = scope.pairsOf;
  for (let i = 0; i < real.length; i++) {
    for (let j = i + 1; j < real.length; j++) {
      const a = real[i]!;
      const b = real[j]!;
      if (focus && !focus.has(a.id) && !focus.has(b.id)) continue;
      if (a.committee === b.committee || linked.has([a.id, b.id].sort().join('|'))) continue;
      if (days(first(a)!, first(b)!) > 366) continue;
      if (titleSimilarity(a.title, b.title) < SAME_MATTER) continue;
      const later = first(a)! > first(b)! ? a : b;
      // Earlier case first (then by id), so the quote does not depend on the order cases were read.
      const [x, y] = later === b && (first(a) !== first(b) || a.id < b.id) ? [a, b] : [b, a];
      source = `pair:${[a.id, b.id].sort().join('|')}`;
      link(a, b, 'same-matter', {
        doc: later.doc ?? '',
        lineStart: 1,
        lineEnd: 1,
        quote: `«${x.title}» (${x.id}) ≈ «${y.title}» (${y.id})`,
      });
    }
  }
  return { rels, stubs: stubSources, warnings };
}
