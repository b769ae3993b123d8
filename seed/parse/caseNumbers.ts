/*
 * Case numbers as committees write them, all read as "number/two-digit year" ("14/23"):
 * "Sak 14/23", "14/23", "Sak 14-23", "NUIT 14/23", "Sak 2023/14", "Sak 2023-014", "sak 14/2023".
 * A heading may open with a time ("09:00 NUIT 08/24 Godkjenning …") and a table row's cells may
 * be separated by "|" or tabs. Forms that are easily something else (a dash between two numbers,
 * a year first) are only read with "Sak" or a committee acronym before them, or at the start of a
 * line followed by a capitalised title.
 */

/** "NUIT", "NUFA": an upper-case series prefix. */
const SERIES = String.raw`\p{Lu}{2,12}`;
const TIME = String.raw`(?:kl\.?\s*)?(\d{1,2}[:.]\d{2})(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?`;
const CELL = String.raw`\s*(?:\||\t)?\s*`;

interface NumberForm {
  re: string;
  /** Whether the form needs "Sak" or a series prefix before it. */
  prefixed: boolean;
  read: (a: string, b: string) => { n: number; yy: string } | undefined;
}

const FORMS: NumberForm[] = [
  // 2023/14, 2023-014: year first
  {
    re: String.raw`((?:19|20)\d{2})\s*[/-]\s*(\d{1,3})(?!\d)`,
    prefixed: false,
    read: (y, n) => ({ n: Number(n), yy: y.slice(2) }),
  },
  // 14/2023
  {
    re: String.raw`(\d{1,3})\s*\/\s*((?:19|20)\d{2})(?!\d)`,
    prefixed: true,
    read: (n, y) => ({ n: Number(n), yy: y.slice(2) }),
  },
  // 14/23
  { re: String.raw`(\d{1,4})\s*\/\s*(\d{2})(?![\d/])`, prefixed: false, read: (n, y) => ({ n: Number(n), yy: y }) },
  // 14-23
  { re: String.raw`(\d{1,3})-(\d{2})(?![\d-])`, prefixed: false, read: (n, y) => ({ n: Number(n), yy: y }) },
];

export interface CaseHeading {
  number: string;
  /** The two-digit year of the number. */
  yy: number;
  /** The text after the number (title, type, time), cell separators removed. */
  rest: string;
  /** A time the row opens with ("09:00"). */
  time?: string;
  /** "Sak" or a series prefix was written before the number. */
  prefixed: boolean;
}

const HEADINGS = FORMS.map(
  (f) =>
    new RegExp(
      String.raw`^\s*\|?\s*(?:${TIME}${CELL})?(Sak(?:snr\.?)?\s+|${SERIES}\s+(?:[Ss]ak\s+)?)?${f.re}(?:\s*[:.–-])?${CELL}(.*)$`,
      'u',
    ),
);

/** Cells of a table row written with "|" or tabs, as running text. */
export const uncell = (s: string) =>
  s
    .replace(/\s*(?:\||\t)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A line that opens with a case number, in any of the forms above. A year-first or dashed number
 * without a prefix must be followed by a capitalised title ("2023/14 Eventuelt"); a bare "14/23"
 * keeps the old reading (any text after it).
 */
export function caseHeading(text: string): CaseHeading | undefined {
  for (let k = 0; k < FORMS.length; k++) {
    const m = HEADINGS[k]!.exec(text);
    if (!m) continue;
    const [, time, prefix, a, b, restRaw] = m;
    const form = FORMS[k]!;
    const prefixed = !!prefix;
    if (form.prefixed && !prefixed) continue;
    const rest = uncell(restRaw ?? '');
    if (prefix && !/^Sak/i.test(prefix) && !/^\p{Lu}/u.test(rest)) continue;
    if (!prefixed && k !== 2 && !/^\p{Lu}/u.test(rest)) continue;
    const read = form.read(a!, b!);
    if (!read || read.n <= 0) continue;
    return {
      number: `${read.n}/${read.yy}`,
      yy: Number(read.yy),
      rest,
      prefixed,
      ...(time ? { time: time.replace('.', ':') } : {}),
    };
  }
  return undefined;
}

/** Case numbers named in running text ("sak 12/23", "sak 2023/08", "(sak 09-23)", "NUIT 04/24"), as "12/23". */
export function caseNumbersIn(text: string): { number: string; index: number; series?: string }[] {
  const out: { number: string; index: number; series?: string }[] = [];
  const re = new RegExp(
    String.raw`(?<![\p{L}\d/])(?:(?:[Ss]ak(?:ene)?|[Ss]aka|[Ss]aksnr\.?)\s+|(${SERIES})\s+(?:[Ss]ak\s+)?)(?:((?:19|20)\d{2})\s*[/-]\s*(\d{1,3})|(\d{1,3})\s*\/\s*((?:19|20)\d{2}|\d{2})|(\d{1,3})-(\d{2}))(?![\d/-])`,
    'gu',
  );
  for (const m of text.matchAll(re)) {
    const number = m[2]
      ? `${Number(m[3])}/${m[2].slice(2)}`
      : m[4]
        ? `${Number(m[4])}/${m[5]!.slice(-2)}`
        : `${Number(m[6])}/${m[7]}`;
    out.push({ number, index: m.index, ...(m[1] ? { series: m[1] } : {}) });
  }
  return out;
}
