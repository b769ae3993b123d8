import { isFurniture, type SourceLine } from './lines.js';

/*
 * PDF text rarely keeps the line layout the recognisers expect: a whole agenda table or page can
 * arrive on one line, two columns are read across, and page headers and footers repeat inside the
 * running text. The normaliser re-breaks and re-orders lines so every recogniser can read content
 * line by line, while each line keeps the number of the file line it came from (provenance).
 */

/** Headings that start a new line in an agenda or minutes, whatever the layout (case-sensitive on purpose: mid-sentence words are lower case). */
const HEADINGS = [
  'Møte i ',
  'Møte \\d{1,2}\\s*\\/\\s*\\d{2,4}',
  'Dato:? ',
  'Tid:? ',
  'Sted:? ',
  'Møtetidspkt:?',
  'Møtested:?',
  'Sak Tema',
  'Saksliste',
  'Dagsorden\\b',
  'Til stede:?',
  'Tilstede:?',
  'Forfall:',
  'Ikke til stede',
  'Medlemmer:?\\s',
  'Deltakere:?\\s',
  'Observatører:',
  'Sekretariat:',
  'Forslag til vedtak:?',
  'Vedtak:',
  'Til: ',
  'Kopi: ',
  'Fra: ',
];
/*
 * A heading after a word and spaces. The word and spaces are matched, not looked behind: a
 * lookbehind over `\s+` re-reads a run of spaces from every position in it (quadratic); the cut
 * is at the match's end.
 */
const HEADING = new RegExp(`\\S\\s+(?=(?:${HEADINGS.join('|')}))`, 'gu');
/** A case number opening an agenda row or case heading: "12/23 Godkjenning", "Sak 72/15 Budsjett". */
const CASE_TOKEN = /(?<=^|\s)(?:Sak\s+)?(\d{1,4})\s*\/\s*(\d{2})(?!\d)(?=\s+[\p{Lu}«"])/gu;
/** A page header or footer that names its page: "Nasjonal IKT HF – Styremøte 10. desember 2015 Side 2 av 3". */
const PAGE_LINE = /(?:^|\s)(?:Side|side|Page)\s+\d+\s*(?:av|of|\/)\s*\d+\s*$/;
const INLINE_PAGE = /\s(?:Side|side)\s+\d+\s+av\s+\d+(?=\s|$)/g;
const FLAT_LINE = 160;
const COLUMN_GAP = /\S(\s{3,})\S/;
const SECTION_HEAD =
  /^(?:Medlemmer|Deltakere|Til\s*stede|Tilstede|Forfall|Ikke\s+til\s+stede|Observatører|Øvrige|Gjester|Sekretariat(?:et)?|Stedfortredere|Vararepresentanter)\b/i;

export interface NormalisedLine extends SourceLine {
  /** Character offset of the text in its file line, when the line was cut from a longer one. */
  col?: number;
}

/** The two-digit year most case numbers in the text carry: re-breaking only trusts numbers of that year (±1). */
export function dominantCaseYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<![\d/])\d{1,4}\s*\/\s*(\d{2})(?![\d/])/g)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Pattern: a flattened line (PDF text without breaks) holds several rows or headings; cut it before each. */
function rebreak(line: NormalisedLine, year: number | undefined): NormalisedLine[] {
  const text = line.text.replace(INLINE_PAGE, ' ');
  const tokens = [...text.matchAll(CASE_TOKEN)].filter(
    (m) => year === undefined || Math.abs(Number(m[2]) - year) <= 1 || Math.abs(Number(m[2]) - year) === 99,
  );
  const isFlat = text.length > FLAT_LINE || tokens.length >= 2;
  if (!isFlat) return [line];
  const cuts = new Set<number>();
  for (const m of tokens) {
    // "(sak 45/22)" and "i sak 45/22" are references in running text, not rows.
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/(?:\(|\b(?:i|jf\.?|og|se|sak|sakene|nr\.?)\s*)$/u.test(before)) continue;
    cuts.add(m.index);
  }
  for (const m of text.matchAll(HEADING)) cuts.add(m.index + m[0].length);
  if (!cuts.size) return [line];
  const at = [0, ...[...cuts].filter((c) => c > 0).sort((a, b) => a - b), text.length];
  const out: NormalisedLine[] = [];
  for (let k = 0; k < at.length - 1; k++) {
    const piece = text.slice(at[k], at[k + 1]).trim();
    if (!piece) continue;
    out.push({ no: line.no, text: piece, furniture: isFurniture(piece), col: (line.col ?? 0) + at[k]! });
  }
  return out;
}

/**
 * Pattern: two columns read across ("Medlemmer      Observatører" over "A (X)      B (Y)"). A
 * block that opens with two section headings side by side is re-ordered column by column; any
 * other wide gap (an agenda table's Sakstype column) becomes one space.
 */
function columns(lines: NormalisedLine[]): NormalisedLine[] {
  const out: NormalisedLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const gap = COLUMN_GAP.exec(line.text);
    const left = gap ? line.text.slice(0, gap.index + 1).trim() : '';
    const right = gap ? line.text.slice(gap.index + 1 + gap[1]!.length).trim() : '';
    if (gap && SECTION_HEAD.test(left) && SECTION_HEAD.test(right)) {
      const col = gap.index + 1 + gap[1]!.length;
      const lefts: NormalisedLine[] = [{ ...line, text: left }];
      const rights: NormalisedLine[] = [{ ...line, text: right, col }];
      let j = i + 1;
      for (; j < lines.length && lines[j]!.text.trim(); j++) {
        const t = lines[j]!.text;
        // The right column starts where the headings' gap ends; a full-width line ends the block.
        const g = [...t.matchAll(/\s{3,}/g)].find((m) => Math.abs(m.index + m[0].length - col) <= 8);
        if (!g && t.length > col - 2) break;
        const l = g ? t.slice(0, g.index).trim() : t.trim();
        const r = g ? t.slice(g.index + g[0].length).trim() : '';
        if (l) lefts.push({ ...lines[j]!, text: l });
        if (r) rights.push({ ...lines[j]!, text: r, col });
      }
      out.push(...lefts, ...rights);
      i = j - 1;
      continue;
    }
    out.push(gap ? { ...line, text: line.text.replace(/(\S)\s{3,}(?=\S)/g, '$1 ') } : line);
  }
  return out;
}

/** Pattern: page headers and footers: a line naming its page, or a dated line repeated on three or more pages. */
function markPageFurniture(lines: NormalisedLine[]): NormalisedLine[] {
  const shape = (t: string) => t.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.text.trim();
    if (t.length >= 20) counts.set(shape(t), (counts.get(shape(t)) ?? 0) + 1);
  }
  return lines.map((l) => {
    const t = l.text.trim();
    if (l.furniture || !t) return l;
    const startsCase = /^(?:Sak\s+)?\d{1,4}\s*\/\s*\d{2}\b/.test(t);
    const pageLine = PAGE_LINE.test(t) && t.length <= 140 && !startsCase;
    const repeated = t.length >= 20 && (counts.get(shape(t)) ?? 0) >= 3 && /\b(?:19|20)\d{2}\b/.test(t) && !startsCase;
    return pageLine || repeated ? { ...l, furniture: true } : l;
  });
}

/** The lines the recognisers read: flattened text re-broken, columns re-ordered, page furniture flagged. */
export function normaliseLines(lines: SourceLine[]): NormalisedLine[] {
  const year = dominantCaseYear(lines.map((l) => l.text).join('\n'));
  const broken = lines.flatMap((l) => (l.furniture ? [l] : rebreak(l, year)));
  return markPageFurniture(columns(broken));
}
