import type { FlowT } from '../../../graph/api/responses.js';
import { buildAxis, type Axis, type Level, type Period } from './flow/axis.js';

/*
 * Swimlane geometry of the issue flow at any archive size: one lane per committee, the visible
 * span cut into the axis' periods, and per lane and period either the cases one under the other or,
 * when they do not fit, one folded box with their count. Cells never overlap and boxes stay inside
 * their cell, so no two boxes overlap at any zoom; the meetings cases refer to, plan or were
 * postponed from are markers in a strip of their own at the foot of each lane, so they never cover
 * a case. Pure, so it is unit tested; the view only draws what this returns.
 */

export interface Box {
  key: string;
  lane: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Case ids in the box, in date order. */
  ids: string[];
  /** More cases than fit: one box with their count that opens on demand. */
  folded: boolean;
  period: Period;
  /** "NUIT 38/22" for a single case. */
  label: string;
  title: string;
  date: string | null;
  stub: boolean;
}

export interface Marker {
  key: string;
  lane: number;
  x: number;
  y: number;
  w: number;
  /** Per kind: a planned treatment, a meeting referred to, an earlier treatment of a shown case. */
  counts: { planned: number; referred: number; earlier: number };
  /** The cases that plan, refer to or were postponed to these meetings. */
  from: string[];
  titles: string[];
}

export interface FlowLink {
  key: string;
  from: Box;
  to: Box;
  kind: string;
  dashed: boolean;
  count: number;
  ids: [string, string][];
  quote: string | null;
}

export interface FlowGeometry {
  width: number;
  height: number;
  /** Where the lanes' drawing area starts (left of it the lane names). */
  left: number;
  right: number;
  axisY: number;
  laneHeight: number;
  level: Level;
  lanes: { committee: string; name: string; shortName: string; y: number; cases: number }[];
  boxes: Box[];
  markers: Marker[];
  links: FlowLink[];
  ticks: Axis['ticks'];
  /** Cases of the flow outside the visible span. */
  hidden: number;
}

export const NODE_W = 170;
export const BOX_H = 24;
const GAP = 4;
export const LANE_H = 150;
const LANE_TOP = 8;
export const MARKER_H = 16;
export const LEFT = 150;
const RIGHT_PAD = 16;
const AXIS_H = 28;
const DAY = 86_400_000;

/** Where a case stands: at its last treatment (a postponed case was last treated there). */
export const caseDate = (c: FlowT['cases'][number]) => c.dates[c.dates.length - 1] ?? c.date;

/** The flow's whole span, padded so the first and last cases are not on the edge. */
export function flowSpan(flow: FlowT): [number, number] {
  const dates = [
    ...(flow.span ? [flow.span.from, flow.span.to] : []),
    ...flow.cases.flatMap((c) => (c.dates.length ? c.dates : c.date ? [c.date] : [])),
  ].map((d) => Date.parse(d));
  const lo = dates.length ? Math.min(...dates) : Date.UTC(2020, 0, 1);
  const hi = dates.length ? Math.max(...dates) : lo;
  // A topic with one case still gets a readable span of a few months around it.
  const pad = Math.max((hi - lo) * 0.03, 45 * DAY);
  return [lo - pad, hi + pad];
}

export interface FlowViewport {
  lo: number;
  hi: number;
  width: number;
  quarter?: string;
}

export function layoutFlow(flow: FlowT, view?: FlowViewport): FlowGeometry {
  const [spanLo, spanHi] = flowSpan(flow);
  const width = Math.max(view?.width ?? 1100, LEFT + 200);
  const lo = view?.lo ?? spanLo;
  const hi = Math.max(view?.hi ?? spanHi, lo + DAY);
  const x0 = LEFT + GAP;
  const x1 = width - RIGHT_PAD;
  const laneIndex = new Map(flow.lanes.map((l, i) => [l.committee, i]));
  const meetingDates = flow.cases.flatMap((c) => c.dates).map((d) => Date.parse(d));
  const axis = buildAxis(lo, hi, x0, x1, meetingDates, view?.quarter);
  const { scale, periods } = axis;
  const undatedAt = spanLo;
  const cellOf = (t: number) => {
    // Periods are sorted and contiguous: binary search.
    let a = 0;
    let b = periods.length - 1;
    while (a <= b) {
      const m = (a + b) >> 1;
      if (t < periods[m]!.start) b = m - 1;
      else if (t >= periods[m]!.end) a = m + 1;
      else return m;
    }
    return -1;
  };
  const rows = Math.floor((LANE_H - LANE_TOP - MARKER_H - 2 * GAP) / (BOX_H + GAP));
  // Cases per lane and cell.
  const cells = new Map<string, FlowT['cases']>();
  let hidden = 0;
  const laneCases = new Map<string, number>();
  for (const c of flow.cases) {
    const lane = laneIndex.get(c.committee);
    if (lane === undefined) continue;
    laneCases.set(c.committee, (laneCases.get(c.committee) ?? 0) + 1);
    const d = caseDate(c);
    const t = d ? Date.parse(d) : undatedAt;
    const cell = t >= lo && t <= hi ? cellOf(t) : -1;
    if (cell < 0) {
      hidden++;
      continue;
    }
    const key = `${lane}|${cell}`;
    const list = cells.get(key) ?? [];
    list.push(c);
    cells.set(key, list);
  }
  // A period cut by the edge of the view keeps only its visible part, so nothing drawn in it
  // overhangs the lane names or the right margin.
  const cellX = (cell: number) => {
    const p = periods[cell]!;
    return [Math.max(x0, scale(p.start)), Math.min(x1, scale(p.end))] as const;
  };
  /** A box of width w centred on x, kept inside its cell. */
  const fit = (cell: number, w: number, x: number) => {
    const [a, b] = cellX(cell);
    return Math.max(a + GAP / 2, Math.min(x - w / 2, b - GAP / 2 - w));
  };
  const boxes: Box[] = [];
  const boxOf = new Map<string, Box>();
  for (const [key, list] of cells) {
    const [laneS, cellS] = key.split('|');
    const lane = Number(laneS);
    const cell = Number(cellS);
    const period = periods[cell]!;
    const [a, b] = cellX(cell);
    const w = Math.min(NODE_W, b - a - GAP);
    const laneY = lane * LANE_H;
    const times = list.map((c) => Date.parse(caseDate(c) ?? '') || undatedAt).sort((p, q) => p - q);
    const mid = scale(times[Math.floor(times.length / 2)]!);
    const committee = flow.lanes[lane]!;
    if (list.length <= rows) {
      list.forEach((c, k) => {
        const box: Box = {
          key: `case:${c.id}`,
          lane,
          x: fit(cell, w, scale(Date.parse(caseDate(c) ?? '') || undatedAt)),
          y: laneY + LANE_TOP + k * (BOX_H + GAP),
          w,
          h: BOX_H,
          ids: [c.id],
          folded: false,
          period,
          label: `${committee.shortName} ${c.number}`,
          title: c.title,
          date: caseDate(c),
          stub: c.stub,
        };
        boxes.push(box);
        boxOf.set(c.id, box);
      });
    } else {
      const box: Box = {
        key: `fold:${committee.committee}:${period.start}`,
        lane,
        x: fit(cell, w, mid),
        y: laneY + LANE_TOP,
        w,
        h: 2 * BOX_H,
        ids: list.map((c) => c.id),
        folded: true,
        period,
        label: `${committee.shortName} ${period.label}`,
        title: list.map((c) => `${committee.shortName} ${c.number} ${c.title}`).join('\n'),
        date: null,
        stub: false,
      };
      boxes.push(box);
      for (const c of list) boxOf.set(c.id, box);
    }
  }
  boxes.sort((p, q) => p.lane - q.lane || p.x - q.x || p.y - q.y);

  // Markers: meetings planned, referred to, or an earlier treatment, folded per lane and cell.
  const markerCells = new Map<string, Marker>();
  const mark = (committee: string, date: string | null, from: string, kind: keyof Marker['counts'], title: string) => {
    const lane = laneIndex.get(committee);
    const fromBox = boxOf.get(from);
    if (lane === undefined || !fromBox) return;
    // Without a date ("forrige/neste møte", a planned treatment) it sits beside the case that names it.
    const t = date ? Date.parse(date) : fromBox.ids.length ? Date.parse(fromBox.date ?? '') || undatedAt : undatedAt;
    if (!(t >= lo && t <= hi)) return;
    const cell = cellOf(t);
    if (cell < 0) return;
    const key = `${lane}|${cell}`;
    let m = markerCells.get(key);
    if (!m) {
      const [a, b] = cellX(cell);
      const w = Math.min(NODE_W, b - a - GAP);
      m = {
        key: `mark:${key}`,
        lane,
        x: fit(cell, w, scale(t)),
        y: lane * LANE_H + LANE_H - MARKER_H - GAP,
        w,
        counts: { planned: 0, referred: 0, earlier: 0 },
        from: [],
        titles: [],
      };
      markerCells.set(key, m);
    }
    m.counts[kind]++;
    if (!m.from.includes(from)) m.from.push(from);
    if (title) m.titles.push(title);
  };
  for (const c of flow.cases)
    for (const d of c.dates.slice(0, -1)) mark(c.committee, d, c.id, 'earlier', `${c.committee} ${c.number} (${d})`);
  for (const p of flow.planned) mark(p.committee, p.date, p.from, 'planned', p.quote ?? '');
  for (const r of flow.referred ?? []) mark(r.committee, r.date, r.from, 'referred', r.quote ?? r.when ?? '');

  // Links between boxes, one per pair of boxes, carrying how many case links it stands for.
  const linkMap = new Map<string, FlowLink>();
  for (const l of flow.links) {
    const a = boxOf.get(l.from);
    const b = boxOf.get(l.to);
    if (!a || !b || a === b) continue;
    const key = `${a.key}>${b.key}`;
    const had = linkMap.get(key);
    if (had) {
      had.count++;
      had.ids.push([l.from, l.to]);
    } else
      linkMap.set(key, {
        key,
        from: a,
        to: b,
        kind: l.kind,
        dashed: l.kind === 'referred',
        count: 1,
        ids: [[l.from, l.to]],
        quote: l.quote,
      });
  }
  const axisY = flow.lanes.length * LANE_H;
  return {
    width,
    height: axisY + AXIS_H,
    left: x0,
    right: x1,
    axisY,
    laneHeight: LANE_H,
    level: axis.level,
    lanes: flow.lanes.map((l, i) => ({ ...l, y: i * LANE_H, cases: laneCases.get(l.committee) ?? 0 })),
    boxes,
    markers: [...markerCells.values()],
    links: [...linkMap.values()],
    ticks: axis.ticks,
    hidden,
  };
}
