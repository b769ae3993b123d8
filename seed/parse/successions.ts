import { findDates } from './dates.js';
import type { Gazetteer } from './gazetteer.js';
import { isBlank, joinWrapped, type SourceLine } from './lines.js';
import { splitSentences } from './sentences.js';
import type { Span } from './types.js';

/** A body or organisation as a succession names it. */
export interface BodyRef {
  label: 'Committee' | 'Organization';
  key: string;
}

/** "X overtar oppgavene til Y fra 1. januar 2024": Y is succeeded by (or merged into) X. */
export interface ParsedSuccession {
  type: 'SUCCEEDED_BY' | 'MERGED_INTO';
  predecessor: BodyRef;
  successor: BodyRef;
  /** Only when the sentence gives a day ("fra 1. januar 2024"); a year alone is no date. */
  date?: string;
  span: Span;
}

/*
 * How Norwegian documents state that one body took over from another. `active`: the successor
 * comes first ("NUIT overtar oppgavene til …", "e-helserådet erstatter …"); `passive`: the
 * predecessor comes first ("… erstattes av …", "… slås sammen med …"). Verbs only: a sentence
 * must name two known bodies around the verb to count.
 */
const ACTIVE = [
  /\b(?:overtar|overtok|har\s+overtatt|skal\s+overta)\s+(?:\p{L}+\s+){0,3}?(?:oppgaven(?:e)?|ansvaret|rollen|arbeidet|funksjonen)\s+(?:til|fra|etter|som)\b/giu,
  /\b(?:erstatter|erstattet|avløser|avløste|har\s+avløst|har\s+erstattet)\b/giu,
  /\b(?:viderefører|videreførte|har\s+videreført)\s+(?:\p{L}+\s+){0,3}?(?:arbeidet|oppgavene|samarbeidet|rollen)\s+(?:til|i|fra)\b/giu,
];
const PASSIVE: { re: RegExp; type: ParsedSuccession['type'] }[] = [
  {
    re: /\b(?:erstattes|erstattet|avløses|avløst|videreføres|videreført)\s+(?:\p{L}+\s+){0,2}?av\b/giu,
    type: 'SUCCEEDED_BY',
  },
  { re: /\b(?:skifter|skiftet|endrer|endret|har\s+endret|fikk)\s+navn\s+til\b/giu, type: 'SUCCEEDED_BY' },
  {
    re: /\b(?:slås|slått|ble\s+slått|blir\s+slått|er\s+slått|skal\s+slås)\s+sammen\s+med\b/giu,
    type: 'MERGED_INTO',
  },
  { re: /\b(?:innlemmes|innlemmet|ble\s+innlemmet|er\s+innlemmet)\s+i\b/giu, type: 'MERGED_INTO' },
  {
    re: /\b(?:oppgavene|ansvaret)\s+(?:til|for|i)\s+\p{L}[\p{L}\s-]*?\s+(?:overføres|overført|ble\s+overført|er\s+overført)\s+til\b/giu,
    type: 'SUCCEEDED_BY',
  },
];
const FROM_DATE = /(?:^|\s)(?:fra|fra\s+og\s+med|f\.o\.m\.|med\s+virkning\s+fra|per|pr\.)\s*$/iu;

interface Found extends BodyRef {
  index: number;
  end: number;
}

/** Every committee and organisation named in a sentence; a name that is both (Nasjonal IKT HF) counts once, as the committee. */
function bodiesIn(gaz: Gazetteer, text: string): Found[] {
  const committees: Found[] = gaz
    .committeesIn(text)
    .map((m) => ({ label: 'Committee', key: m.entry.key, index: m.index, end: m.index + m.length }));
  const orgs: Found[] = gaz
    .organizationsIn(text)
    .filter((m) => !committees.some((c) => m.index < c.end && c.index < m.index + m.length))
    .map((m) => ({ label: 'Organization', key: m.entry.id, index: m.index, end: m.index + m.length }));
  return [...committees, ...orgs].sort((a, b) => a.index - b.index);
}

/** The date the change takes effect: a full date right after "fra", "med virkning fra" … */
function effectiveDate(sentence: string, defaultYear?: number): string | undefined {
  for (const d of findDates(sentence, defaultYear)) {
    if (FROM_DATE.test(sentence.slice(0, d.index))) return d.start;
  }
  return undefined;
}

/** One succession per sentence at most: the body named last before the verb and the first after it. */
function inSentence(
  gaz: Gazetteer,
  sentence: string,
  defaultYear?: number,
): Omit<ParsedSuccession, 'span'> | undefined {
  const bodies = bodiesIn(gaz, sentence);
  if (bodies.length < 2) return undefined;
  const around = (m: RegExpMatchArray) => {
    const before = bodies.filter((b) => b.end <= m.index!).at(-1);
    const after = bodies.find((b) => b.index >= m.index! + m[0].length);
    return before && after && before.key !== after.key ? { before, after } : undefined;
  };
  const ref = (b: Found): BodyRef => ({ label: b.label, key: b.key });
  const date = effectiveDate(sentence, defaultYear);
  for (const re of ACTIVE) {
    for (const m of sentence.matchAll(re)) {
      const hit = around(m);
      if (hit)
        return {
          type: 'SUCCEEDED_BY',
          predecessor: ref(hit.after),
          successor: ref(hit.before),
          ...(date ? { date } : {}),
        };
    }
  }
  for (const { re, type } of PASSIVE) {
    for (const m of sentence.matchAll(re)) {
      const hit = around(m);
      if (hit) return { type, predecessor: ref(hit.before), successor: ref(hit.after), ...(date ? { date } : {}) };
    }
  }
  return undefined;
}

/**
 * Successions a document states in its running text, each with the lines that say it. Paragraphs
 * are read as joined text (a statement often wraps), then split into sentences.
 */
export function successionsIn(gaz: Gazetteer, lines: SourceLine[], defaultYear?: number): ParsedSuccession[] {
  const out: ParsedSuccession[] = [];
  let para: SourceLine[] = [];
  const flush = () => {
    if (!para.length) return;
    const text = joinWrapped(para.map((l) => l.text));
    if (/\b(?:overt|erstatt|avløs|videref|navn|sammen|innlemm|overfør)/iu.test(text)) {
      for (const s of splitSentences(text)) {
        const found = inSentence(gaz, s.text, defaultYear);
        if (!found) continue;
        // Where each line starts in the joined text (a hyphen join shifts this by a character at most).
        let pos = 0;
        const starts = para.map((l) => {
          const at = pos;
          pos += l.text.trim().length + 1;
          return at;
        });
        const lineAt = (offset: number) => para[starts.findLastIndex((at) => at <= offset)] ?? para[0]!;
        out.push({
          ...found,
          span: { lineStart: lineAt(s.index).no, lineEnd: lineAt(s.index + s.text.length - 1).no, quote: s.text },
        });
      }
    }
    para = [];
  };
  for (const l of lines) {
    if (isBlank(l)) flush();
    else para.push(l);
  }
  flush();
  return out;
}
