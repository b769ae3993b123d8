import type { FlowT } from '../../../graph/api/responses.js';

/*
 * Swimlane geometry for the issue flow: one lane per committee, x by date. Pure, so it is unit
 * tested; the view only draws what this returns.
 */

export interface Placed {
  id: string;
  lane: number;
  x: number;
  y: number;
  date: string | null;
  label: string;
  title: string;
  /**
   * A placeholder: a planned treatment, an earlier treatment of a case shown at its last one, or a
   * meeting referred to without a case number (loaded or not).
   */
  ghost?: 'planned' | 'earlier' | 'referred';
  stub?: boolean;
}

export interface FlowGeometry {
  width: number;
  height: number;
  laneHeight: number;
  lanes: { committee: string; name: string; shortName: string; y: number }[];
  nodes: Placed[];
  ticks: { x: number; label: string }[];
  arrows: { from: Placed; to: Placed; kind: string; dashed: boolean; quote: string | null }[];
}

const DAY = 86_400_000;
export const NODE_W = 170;
const LANE_H = 110;
const LEFT = 170;
const PAD = 90;

export function layoutFlow(flow: FlowT, width = 1100): FlowGeometry {
  const laneIndex = new Map(flow.lanes.map((l, i) => [l.committee, i]));
  const referred = flow.referred ?? [];
  const dated = [
    ...flow.cases.flatMap((c) => c.dates),
    ...flow.planned.map((p) => p.date),
    ...referred.map((r) => r.date),
  ]
    .filter((d): d is string => Boolean(d))
    .sort();
  const t0 = dated.length ? Date.parse(dated[0]!) : Date.now();
  const t1 = dated.length ? Date.parse(dated[dated.length - 1]!) : t0;
  const span = Math.max(t1 - t0, 30 * DAY);
  const inner = Math.max(width - LEFT - PAD - NODE_W / 2, 300);
  const xOf = (date: string | null) =>
    date ? LEFT + NODE_W / 2 + ((Date.parse(date) - t0) / span) * inner : LEFT + NODE_W / 2;
  const nodes: Placed[] = [];
  const taken = new Map<string, number>();
  // Cases on the same day in one lane are stacked.
  const place = (
    id: string,
    lane: number,
    date: string | null,
    label: string,
    title: string,
    extra: Partial<Placed> = {},
  ): Placed => {
    const slot = `${lane}|${date}`;
    const k = taken.get(slot) ?? 0;
    taken.set(slot, k + 1);
    const p = { id, lane, x: xOf(date), y: lane * LANE_H + 34 + k * 30, date, label, title, ...extra };
    nodes.push(p);
    return p;
  };
  const arrows: FlowGeometry['arrows'] = [];
  for (const c of flow.cases) {
    const lane = laneIndex.get(c.committee);
    if (lane === undefined) continue;
    // A case stands at its last treatment; earlier ones (a postponement) are placeholders before it.
    const last = c.dates[c.dates.length - 1] ?? c.date;
    const node = place(c.id, lane, last, `${c.committee} ${c.number}`, c.title, c.stub ? { stub: true } : {});
    for (const d of c.dates.slice(0, -1)) {
      const earlier = place(`${c.id}@${d}`, lane, d, `${c.committee} ${c.number}`, c.title, { ghost: 'earlier' });
      arrows.push({ from: earlier, to: node, kind: 'postponed-from', dashed: false, quote: null });
    }
  }
  const byId = new Map(nodes.filter((n) => !n.ghost).map((n) => [n.id, n]));
  for (const l of flow.links) {
    const from = byId.get(l.from);
    const to = byId.get(l.to);
    // A case resolved from a meeting reference is "referred to", dashed like a placeholder.
    if (from && to) arrows.push({ from, to, kind: l.kind, dashed: l.kind === 'referred', quote: l.quote });
  }
  flow.planned.forEach((p, i) => {
    const from = byId.get(p.from);
    const lane = laneIndex.get(p.committee);
    if (!from || lane === undefined) return;
    // Without a date, a planned treatment sits just after the case that plans it.
    const date =
      p.date ?? new Date(Date.parse(from.date ?? dated[0] ?? '2000-01-01') + 45 * DAY).toISOString().slice(0, 10);
    const ghost = place(`planned-${i}`, lane, date, p.date ?? '?', p.quote ?? '', { ghost: 'planned' });
    arrows.push({ from, to: ghost, kind: 'planned', dashed: true, quote: p.quote });
  });
  referred.forEach((r, i) => {
    const from = byId.get(r.from);
    const lane = laneIndex.get(r.committee);
    if (!from || lane === undefined) return;
    // "forrige/neste møte" without a loaded meeting sits just before or after the referring case.
    const shift = (r.direction === 'earlier' ? -45 : 45) * DAY;
    const date =
      r.date ?? new Date(Date.parse(from.date ?? dated[0] ?? '2000-01-01') + shift).toISOString().slice(0, 10);
    const label = r.when && !r.relative ? r.when : r.relative === 'previous' ? '←' : '→';
    const ghost = place(`referred-${i}`, lane, date, label, r.quote ?? '', { ghost: 'referred' });
    const [a, b] = r.direction === 'earlier' ? [ghost, from] : [from, ghost];
    arrows.push({ from: a, to: b, kind: 'referred', dashed: true, quote: r.quote });
  });
  const ticks: FlowGeometry['ticks'] = [];
  if (dated.length) {
    const start = new Date(t0);
    for (
      let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
      d.getTime() <= t0 + span;
      d.setUTCMonth(d.getUTCMonth() + 1)
    ) {
      if (d.getTime() >= t0 - 15 * DAY)
        ticks.push({ x: xOf(d.toISOString().slice(0, 10)), label: d.toISOString().slice(0, 7) });
    }
  }
  return {
    width: Math.max(width, LEFT + inner + NODE_W + PAD),
    height: flow.lanes.length * LANE_H + 30,
    laneHeight: LANE_H,
    lanes: flow.lanes.map((l, i) => ({ ...l, y: i * LANE_H })),
    nodes,
    ticks,
    arrows,
  };
}
