/** One line of a source file, numbered as in the file (1-based), with page furniture flagged. */
export interface SourceLine {
  no: number;
  /** The line with trailing whitespace and stray control characters removed. */
  text: string;
  /** Page numbers ("side 3", "3 av 12"), bare URLs and form feeds: kept for numbering, never parsed. */
  furniture: boolean;
}

const PAGE_MARK = /^(?:side|page|s\.)\s*\d+(?:\s*(?:av|of|\/)\s*\d+)?$/i;
const PAGE_OF = /^\d+\s*(?:av|of|\/)\s*\d+$/i;
const BARE_NUMBER = /^\d{1,3}$/;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;

export function isFurniture(trimmed: string): boolean {
  return PAGE_MARK.test(trimmed) || PAGE_OF.test(trimmed) || BARE_NUMBER.test(trimmed) || URL_ONLY.test(trimmed);
}

export function toLines(text: string): SourceLine[] {
  // Form feeds (PDF page breaks) are dropped, not turned into lines, so numbering matches the file. NBSP and soft hyphens come from the PDF text layer.
  const normalised = text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/\u00ad/g, '');
  return normalised.split('\n').map((raw, i) => {
    // eslint-disable-next-line no-control-regex -- PDF text layers leak control characters.
    const t = raw.replace(/[\u0000-\u0008\u000b-\u001f]/g, '').trimEnd();
    return { no: i + 1, text: t, furniture: isFurniture(t.trim()) };
  });
}

/**
 * What the hyphen rule needs to know of the word at the end of the text joined so far, kept up to
 * date part by part. Reading it back from the joined text (a regexp anchored at its end, or a scan
 * of a string built by `+`) re-read that text at every line: quadratic in a case's length, and
 * worse on a run of short lines broken after "e-", which make one ever-growing word.
 */
interface TailWord {
  length: number;
  /** Code points that are not upper-case letters. */
  notUpper: number;
  /** Its last three UTF-16 units (two remain when a hyphen is dropped). */
  last: string;
}

const SPACE = /\s/;
const UPPER = /^\p{Lu}$/u;

function tailOf(part: string): TailWord {
  let i = part.length;
  while (i > 0 && !SPACE.test(part[i - 1]!)) i--;
  return extend({ length: 0, notUpper: 0, last: '' }, part.slice(i));
}

function extend(t: TailWord, word: string): TailWord {
  let notUpper = t.notUpper;
  for (const ch of word) if (!UPPER.test(ch)) notUpper++;
  return { length: t.length + word.length, notUpper, last: (t.last + word).slice(-3) };
}

/**
 * Joins wrapped lines into running text. A line ending in a hyphen was broken mid-word: the hyphen
 * is kept after a one- or two-letter prefix or an acronym ("e-\nhelse" → "e-helse", "EHDS-\nforordning")
 * and dropped otherwise ("informa-\nsjon" → "informasjon"). Trailing "-" before a space is a real
 * Norwegian dash ("helse- og omsorg") and stays.
 */
export function joinWrapped(parts: string[]): string {
  const out: string[] = [];
  let tail: TailWord = { length: 0, notUpper: 0, last: '' };
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    const spaced = SPACE.test(part);
    if (out.length && tail.last.endsWith('-') && /^\p{Ll}/u.test(part)) {
      // The stem is the word before its final hyphen: all upper case when the hyphen is its only other character.
      const stemLength = tail.length - 1;
      const keepHyphen = stemLength <= 2 || tail.notUpper === 1 || /\d$/.test(tail.last.slice(0, -1));
      if (!keepHyphen) {
        out[out.length - 1] = out[out.length - 1]!.slice(0, -1);
        tail = { length: tail.length - 1, notUpper: tail.notUpper - 1, last: tail.last.slice(0, -1) };
      }
      out.push(part);
      tail = spaced ? tailOf(part) : extend(tail, part);
    } else {
      if (out.length) out.push(' ');
      out.push(part);
      tail = tailOf(part);
    }
  }
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** The text of a line range, furniture removed, wrapped lines joined. */
export function textOf(lines: SourceLine[]): string {
  return joinWrapped(lines.filter((l) => !l.furniture).map((l) => l.text));
}

export function isBlank(l: SourceLine | undefined): boolean {
  return !l || l.furniture || l.text.trim() === '';
}
