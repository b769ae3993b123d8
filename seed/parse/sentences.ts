const ABBREVIATIONS = new Set([
  'bl.a',
  'f.eks',
  'evt',
  'ev',
  'kl',
  'ca',
  'nr',
  'jf',
  'mht',
  'dvs',
  'osv',
  'pkt',
  'ift',
  'p.t',
  'st',
  'mm',
  'inkl',
  'ref',
  'vs',
]);

export interface Sentence {
  text: string;
  /** Offset in the paragraph. */
  index: number;
}

/** Splits running Norwegian text into sentences, not at abbreviations ("bl.a.") or initials ("Erik M. Hansen"). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /[.!?](?=\s+[«"(]?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(re)) {
    // The word before the stop, read backwards: a regexp anchored at the end of the text since the
    // last sentence re-read all of it at every skipped stop ("kl. 10.00 … kl. 12.00": quadratic).
    let from = m.index;
    while (from > start && !/\s/.test(text[from - 1]!)) from--;
    const lastWord = text.slice(from, m.index);
    if (/^\p{Lu}$/u.test(lastWord) || ABBREVIATIONS.has(lastWord.toLowerCase().replace(/\.$/, ''))) continue;
    const end = m.index + 1;
    const s = text.slice(start, end).trim();
    if (s)
      out.push({ text: s, index: start + (text.slice(start, end).length - text.slice(start, end).trimStart().length) });
    start = end;
  }
  const last = text.slice(start).trim();
  if (last) out.push({ text: last, index: text.length - text.slice(start).trimStart().length });
  return out;
}
