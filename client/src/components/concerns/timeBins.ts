import { STANCES, type StanceT } from '../../../../graph/schema/nodes.js';

/*
 * The concerns timeline over any span: statements binned by year when the span is long, by quarter
 * when it is short, every bin of the span present (an empty year reads as a gap, not as nothing),
 * and axis labels chosen so that no two overlap at the width drawn.
 */

export type BinUnit = 'year' | 'quarter';
type Counts = Partial<Record<StanceT, number>>;

export interface Bin {
  /** "2019" or "2019-K2". */
  key: string;
  year: number;
  /** 1–4 for quarters; undefined for years. */
  quarter?: number;
  count: number;
  stances: Counts;
}

/** Spans up to this many years are drawn by quarter (at most 12 bars), longer ones by year. */
export const QUARTERS_UP_TO_YEARS = 3;

const binOf = (date: string, unit: BinUnit) => {
  const year = Number(date.slice(0, 4));
  return unit === 'year' ? { year } : { year, quarter: Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1 };
};
const keyOf = (b: { year: number; quarter?: number }) => (b.quarter ? `${b.year}-K${b.quarter}` : String(b.year));

type Point = { date: string; count: number; stances?: Counts };

/**
 * Statements per bin and stance, from points per date; bins from the first to the last date, or
 * those of `frame` (a topic's row drawn on the axis of the whole timeline).
 */
export function binPoints(points: Point[], frame?: { unit: BinUnit; bins: Bin[] }): { unit: BinUnit; bins: Bin[] } {
  const dated = points.filter((p) => /^[0-9]{4}-[0-9]{2}/.test(p.date)).sort((a, b) => a.date.localeCompare(b.date));
  if (frame) {
    const bins = frame.bins.map((b) => ({ ...b, count: 0, stances: {} }));
    fill(new Map(bins.map((b) => [b.key, b])), dated, frame.unit);
    return { unit: frame.unit, bins };
  }
  if (!dated.length) return { unit: 'year', bins: [] };
  const first = Number(dated[0]!.date.slice(0, 4));
  const last = Number(dated[dated.length - 1]!.date.slice(0, 4));
  const unit: BinUnit = last - first + 1 <= QUARTERS_UP_TO_YEARS ? 'quarter' : 'year';
  const bins = new Map<string, Bin>();
  const a = binOf(dated[0]!.date, unit);
  const z = binOf(dated[dated.length - 1]!.date, unit);
  for (let y = a.year; y <= z.year; y++)
    if (unit === 'year') bins.set(String(y), { key: String(y), year: y, count: 0, stances: {} });
    else
      for (let q = y === a.year ? a.quarter! : 1; q <= (y === z.year ? z.quarter! : 4); q++)
        bins.set(keyOf({ year: y, quarter: q }), {
          key: keyOf({ year: y, quarter: q }),
          year: y,
          quarter: q,
          count: 0,
          stances: {},
        });
  fill(bins, dated, unit);
  return { unit, bins: [...bins.values()] };
}

function fill(bins: Map<string, Bin>, dated: Point[], unit: BinUnit) {
  for (const p of dated) {
    const b = bins.get(keyOf(binOf(p.date, unit)));
    if (!b) continue;
    b.count += p.count;
    // A point without stances (an older server) counts as information.
    const st: Counts = p.stances && Object.keys(p.stances).length ? p.stances : { information: p.count };
    for (const s of STANCES) if (st[s]) b.stances[s] = (b.stances[s] ?? 0) + st[s]!;
  }
}

export interface Tick {
  x: number;
  text: string;
  /** Where the label's box starts and ends, in the same units as x. */
  from: number;
  to: number;
}

/**
 * Labels for bins drawn `step` apart starting at `x0`: year starts first, then other bins, each only
 * where it keeps `gap` from every label already placed (labels are `charWidth` per character wide).
 */
export function axisTicks(bins: Bin[], x0: number, step: number, charWidth: number, gap = 4): Tick[] {
  const candidates = bins.map((b, i) => {
    const text = b.quarter ? (b.quarter === 1 || i === 0 ? `${b.year}` : `K${b.quarter}`) : String(b.year);
    const x = x0 + step * (i + 0.5);
    const w = text.length * charWidth;
    return { x, text, from: x - w / 2, to: x + w / 2, rank: !b.quarter || b.quarter === 1 || i === 0 ? 0 : 1 };
  });
  // The first and last year of the span matter most, then every other year start, then the rest.
  const order = [...candidates].sort(
    (a, b) => a.rank - b.rank || edgeRank(candidates, b) - edgeRank(candidates, a) || a.x - b.x,
  );
  const placed: Tick[] = [];
  for (const c of order)
    if (placed.every((p) => c.from >= p.to + gap || c.to <= p.from - gap))
      placed.push({ x: c.x, text: c.text, from: c.from, to: c.to });
  return placed.sort((a, b) => a.x - b.x);
}

const edgeRank = (all: { x: number; rank: number }[], c: { x: number; rank: number }) => {
  const years = all.filter((a) => a.rank === 0);
  return c === years[0] || c === years[years.length - 1] ? 1 : 0;
};

/** The stances of a bin in drawing order (bottom up), with their counts. */
export const stackOf = (b: { stances: Counts }) =>
  STANCES.filter((s) => (b.stances[s] ?? 0) > 0).map((s) => ({ stance: s, count: b.stances[s]! }));
