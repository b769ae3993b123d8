/** The Norwegian month names, January first: what documents write in full. */
export const MONTH_NAMES = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  desember: 12,
  des: 12,
};
/** Every month word of MONTHS, longest first, as a regex alternation ("september" before "sep"). */
const MONTH_WORDS = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export interface DateSpan {
  start: string;
  end: string;
  /** Character offset and length of the match in the searched text. */
  index: number;
  length: number;
}

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fullYear(y: string | undefined, fallback?: number): number | undefined {
  if (!y) return fallback;
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

const DASH = '[-–—]';
// "31. august – 1. september 2022", "27. – 28. april 2022", "19. mai 2022", "17. november"
const TEXTUAL = new RegExp(
  `(\\d{1,2})\\.?\\s*(?:(${MONTH_WORDS})\\.?\\s*)?(?:${DASH}\\s*(\\d{1,2})\\.?\\s*)?(${MONTH_WORDS})\\.?(?:\\s+(\\d{4}))?(?![\\p{L}])`,
  'giu',
);
// "14.09.2022", "31.8.2022", "14.09.22", "2022-09-14"
const NUMERIC = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])/g;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

/**
 * Every Norwegian date or date range in `text`. `defaultYear` fills in dates written without a
 * year ("17. november"), taken from the document's own meeting date.
 */
export function findDates(text: string, defaultYear?: number): DateSpan[] {
  const found: DateSpan[] = [];
  for (const m of text.matchAll(TEXTUAL)) {
    const [, d1, m1, d2, m2, y] = m;
    const year = fullYear(y, defaultYear);
    if (!year || !m2) continue;
    const endMonth = MONTHS[m2.toLowerCase()]!;
    const startMonth = m1 ? MONTHS[m1.toLowerCase()]! : endMonth;
    let start: string | undefined;
    let end: string | undefined;
    if (d2) {
      start = iso(year, startMonth, Number(d1));
      end = iso(year, endMonth, Number(d2));
    } else {
      start = end = iso(year, endMonth, Number(d1));
    }
    if (start && end) found.push({ start, end, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(NUMERIC)) {
    const year = fullYear(m[3]);
    const d = year ? iso(year, Number(m[2]), Number(m[1])) : undefined;
    if (d) found.push({ start: d, end: d, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(ISO)) {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) found.push({ start: d, end: d, index: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date (range) in `text`, if any. */
export function parseDateSpan(text: string, defaultYear?: number): DateSpan | undefined {
  return findDates(text, defaultYear)[0];
}
