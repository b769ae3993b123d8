/**
 * Builds a Lucene query from what a person typed. Only letters and digits reach Lucene, so typed
 * syntax ("EHDS OR", quotes, ~, *, parentheses) can never make the query fail; each word becomes
 * an exact, a prefix and a fuzzy clause (typo tolerance), and known acronyms or aliases add their
 * expansions as phrases ("DHO" → "digital hjemmeoppfølging").
 */

export interface AliasEntry {
  /** Lower-case alias or acronym as typed. */
  alias: string;
  /** Phrases to search for in its place: the canonical name and other aliases. */
  expansions: string[];
}

export function tokens(input: string): string[] {
  return (input.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => t.length > 0).slice(0, 12);
}

/** A rough Norwegian stem so fuzzy matching meets the analyzer's stems ("helseplatformen" → "helseplatform"). */
export function roughStem(t: string): string {
  const m = /^(.{4,}?)(?:ene|ane|en|et|er|ar|a|e)$/u.exec(t);
  return m ? m[1]! : t;
}

const phrase = (s: string) => {
  const words = tokens(s);
  return words.length ? `"${words.join(' ')}"` : '';
};

/**
 * Typo tolerance costs: Lucene walks every field's term dictionary for a fuzzy clause, about 5 ms
 * at one edit and 25 ms at two on the 1,000-document graph. So a search first allows one edit per
 * word (a missing, extra, swapped or wrong letter) and allows two, on words long enough to carry
 * them, only when that found nothing (`wider`).
 */
export function hasWiderFuzzy(input: string): boolean {
  return tokens(input).some((w) => roughStem(w).length >= 8);
}

export function buildLuceneQuery(
  input: string,
  aliases: AliasEntry[] = [],
  opts: { wider?: boolean } = {},
): string | undefined {
  const words = tokens(input);
  if (!words.length) return undefined;
  const clauses: string[] = [];
  for (const w of words) {
    const parts = [`${w}^3`];
    if (w.length >= 3) parts.push(`${w}*`);
    const stem = roughStem(w);
    if (stem.length >= 5) parts.push(`${stem}~${opts.wider && stem.length >= 8 ? 2 : 1}`);
    clauses.push(`(${parts.join(' OR ')})`);
  }
  if (words.length > 1) clauses.push(`${phrase(words.join(' '))}^4`);
  const whole = words.join(' ');
  for (const a of aliases) {
    if (a.alias === whole || words.includes(a.alias)) {
      for (const e of a.expansions) {
        const p = phrase(e);
        if (p) clauses.push(`${p}^2`);
      }
    }
  }
  return [...new Set(clauses)].join(' OR ');
}

/** The words to highlight: what was typed, its stems, and alias expansions that were used. */
export function highlightTerms(input: string, aliases: AliasEntry[] = []): string[] {
  const words = tokens(input);
  const whole = words.join(' ');
  const extra = aliases
    .filter((a) => a.alias === whole || words.includes(a.alias))
    .flatMap((a) => a.expansions.flatMap(tokens));
  return [
    ...new Set([
      ...words.map((w) => roughStem(w).slice(0, Math.max(3, roughStem(w).length - 2))),
      ...extra.map(roughStem),
    ]),
  ];
}

/** Matches a whole word that starts with one of the terms (terms are letters and digits only). */
export function termPattern(terms: string[]): RegExp | undefined {
  const ts = terms.filter((t) => t.length >= 2);
  if (!ts.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${ts.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/**
 * A window of `text` around the first match, with [start, end) ranges of every matched word in
 * it. Words match when they start with a term (stems cover inflections and small typos). One
 * regular expression finds them, instead of splitting a 4,000-character field into words and
 * comparing each with every term (a search's snippets took longer than its Lucene query).
 */
export function snippet(
  text: string,
  terms: string[] | RegExp | undefined,
  width = 180,
): { snippet: string; highlights: [number, number][] } {
  const re = Array.isArray(terms) ? termPattern(terms) : terms;
  let first: RegExpExecArray | null = null;
  if (re) {
    re.lastIndex = 0;
    first = re.exec(text);
  }
  let start = first ? Math.max(0, first.index - Math.floor(width / 3)) : 0;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < (first?.index ?? 0) ? space + 1 : start;
  }
  const end = Math.min(text.length, start + width);
  const prefix = start > 0 ? '…' : '';
  const out = `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  const highlights: [number, number][] = [];
  if (re && first) {
    re.lastIndex = start;
    for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
      if (m.index + m[0].length <= end)
        highlights.push([m.index - start + prefix.length, m.index - start + prefix.length + m[0].length]);
    }
  }
  return { snippet: out, highlights };
}
