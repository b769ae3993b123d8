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
    const t = raw.replace(/[\u0000-\u0008\u000b-\u001f]/g, '').replace(/\s+$/, '');
    return { no: i + 1, text: t, furniture: isFurniture(t.trim()) };
  });
}

/**
 * The non-space characters at the end of a text. Read backwards: a regexp anchored at the end
 * (`\S*$`) is tried from every position of the text, and the text here is a whole case growing
 * line by line, which made joining its lines quadratic.
 */
function lastWord(text: string): string {
  let i = text.length;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  return text.slice(i);
}

/**
 * Joins wrapped lines into running text. A line ending in a hyphen was broken mid-word: the hyphen
 * is kept after a one- or two-letter prefix or an acronym ("e-\nhelse" → "e-helse", "EHDS-\nforordning")
 * and dropped otherwise ("informa-\nsjon" → "informasjon"). Trailing "-" before a space is a real
 * Norwegian dash ("helse- og omsorg") and stays.
 */
export function joinWrapped(parts: string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    if (!out) {
      out = part;
      continue;
    }
    if (out.endsWith('-') && /^\p{Ll}/u.test(part)) {
      const stem = lastWord(out.slice(0, -1));
      const keepHyphen = stem.length <= 2 || /^\p{Lu}{2,}$/u.test(stem) || /\d$/.test(stem);
      out = keepHyphen ? out + part : out.slice(0, -1) + part;
    } else {
      out = `${out} ${part}`;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The text of a line range, furniture removed, wrapped lines joined. */
export function textOf(lines: SourceLine[]): string {
  return joinWrapped(lines.filter((l) => !l.furniture).map((l) => l.text));
}

export function isBlank(l: SourceLine | undefined): boolean {
  return !l || l.furniture || l.text.trim() === '';
}
