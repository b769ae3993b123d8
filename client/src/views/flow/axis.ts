import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonth, utcYear, type TimeInterval } from 'd3-time';

/*
 * The flow's time axis: which periods the visible span is cut into and which ticks label them.
 * As one zooms in the periods get finer (five years, two years, years, quarters, months, meeting
 * dates), always the finest whose cells are wide enough for a case box and a tick label. Pure.
 */

export type Level = '5y' | '2y' | 'year' | 'quarter' | 'month' | 'meeting';

/** A cell of the axis: cases treated in [start, end) share one column per lane. */
export interface Period {
  start: number;
  end: number;
  /** Tick text: "2019", "2019 K2", "2019-03", "2019-03-14". */
  label: string;
}

export interface Axis {
  level: Level;
  scale: ScaleTime<number, number>;
  periods: Period[];
  /** Tick labels kept after collision check, with their x (left edge of the label). */
  ticks: { x: number; label: string; width: number }[];
}

/** No cell narrower than this: a folded box ("NUIT 2019: 7 saker") and a date label fit in it. */
export const MIN_CELL = 96;
/** Label width estimate of the 10 px tick font (digits and capitals ~6.2 px), plus a gap. */
export const labelWidth = (label: string) => Math.ceil(label.length * 6.4) + 10;

const CALENDAR: { level: Exclude<Level, 'meeting'>; interval: TimeInterval; days: number }[] = [
  { level: '5y', interval: utcYear.every(5)!, days: 1826 },
  { level: '2y', interval: utcYear.every(2)!, days: 730 },
  { level: 'year', interval: utcYear, days: 365 },
  { level: 'quarter', interval: utcMonth.every(3)!, days: 91 },
  { level: 'month', interval: utcMonth, days: 30 },
];
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

function calendarLabel(level: Level, t: number, quarter: string): string {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  if (level === 'quarter') return `${y} ${quarter}${Math.floor(d.getUTCMonth() / 3) + 1}`;
  if (level === 'month') return iso(t).slice(0, 7);
  return String(y);
}

/**
 * Meeting cells: one per distinct meeting date, bounded halfway to its neighbours; dates closer
 * than a cell's width share a cell (labelled by the first date).
 */
function meetingPeriods(dates: number[], scale: ScaleTime<number, number>, lo: number, hi: number): Period[] {
  const ds = [...new Set(dates)].sort((a, b) => a - b);
  const periods: Period[] = [];
  const pxPerMs = (scale.range()[1]! - scale.range()[0]!) / (hi - lo);
  ds.forEach((d, i) => {
    const start = i === 0 ? Math.min(d - 15 * DAY, lo) : (ds[i - 1]! + d) / 2;
    const end = i === ds.length - 1 ? Math.max(d + 15 * DAY, hi) : (d + ds[i + 1]!) / 2;
    const last = periods[periods.length - 1];
    if (last && (last.end - last.start) * pxPerMs < MIN_CELL) last.end = end;
    else periods.push({ start, end, label: iso(d) });
  });
  // A narrow last cell joins the one before it.
  const tail = periods[periods.length - 1];
  if (periods.length > 1 && tail && (tail.end - tail.start) * pxPerMs < MIN_CELL) {
    periods.pop();
    periods[periods.length - 1]!.end = tail.end;
  }
  return periods;
}

/**
 * The axis for the visible span [lo, hi] drawn over [x0, x1] pixels. `dates` are the meeting dates of
 * the flow (for the meeting level); `quarter` is the quarter prefix of the language ("K", "Q").
 */
export function buildAxis(lo: number, hi: number, x0: number, x1: number, dates: number[], quarter = 'K'): Axis {
  const scale = scaleUtc().domain([lo, hi]).range([x0, x1]);
  const pxPerDay = ((x1 - x0) / (hi - lo)) * DAY;
  // The finest calendar level whose shortest cell (a February, a 90-day quarter) is wide enough.
  let pick = CALENDAR[0]!;
  for (const c of CALENDAR) if (c.days * pxPerDay * 0.93 >= MIN_CELL) pick = c;
  let level: Level = pick.level;
  let periods: Period[];
  // Months wider than three cells: the meetings themselves are the cells.
  if (level === 'month' && 28 * pxPerDay >= 3 * MIN_CELL && dates.length) {
    level = 'meeting';
    periods = meetingPeriods(dates, scale, lo, hi);
  } else {
    const from = pick.interval.floor(new Date(lo));
    const to = pick.interval.ceil(new Date(hi + 1));
    periods = pick.interval.range(from, to).map((d) => ({
      start: d.getTime(),
      end: pick.interval.offset(d, 1).getTime(),
      label: calendarLabel(level, d.getTime(), quarter),
    }));
  }
  // Ticks at the start of each cell (a meeting cell: at its meeting), dropped when they would touch.
  const ticks: Axis['ticks'] = [];
  let right = -Infinity;
  for (const p of periods) {
    const at = level === 'meeting' ? Date.parse(p.label) : p.start;
    const x = scale(at);
    const width = labelWidth(p.label);
    const left = level === 'meeting' ? x - width / 2 : x + 3;
    if (left + width < x0 || left > x1) continue;
    if (left < right) continue;
    ticks.push({ x: left, label: p.label, width: width - 10 });
    right = left + width;
  }
  return { level, scale, periods, ticks };
}
