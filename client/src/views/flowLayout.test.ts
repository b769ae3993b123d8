import { describe, expect, it } from 'vitest';
import type { FlowT } from '../../../graph/api/responses.js';
import { buildAxis, labelWidth } from './flow/axis.js';
import { chainOf } from './flow/chain.js';
import { flowSpan, layoutFlow, type Box } from './flowLayout.js';

const lanes = ['NUFA', 'NUIT', 'EHELSESTYRE'].map((k) => ({ committee: k, name: k, shortName: k }));
/** n cases spread over ten years in three lanes, some on the same meeting day, each linked to the next. */
function archive(n: number): FlowT {
  const cases = Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2013, 0, 1) + Math.floor((i * 3650) / n) * 86_400_000).toISOString().slice(0, 10);
    const committee = lanes[i % 3]!.committee;
    return {
      id: `${committee}-${i}`,
      committee,
      number: `${i}/x`,
      title: `Sak ${i}`,
      date: d,
      dates: [d],
      type: null,
      stub: false,
    };
  });
  return {
    lanes,
    cases,
    links: cases.slice(1).map((c, i) => ({ from: cases[i]!.id, to: c.id, kind: 'same-matter' as const, quote: null })),
    planned: [],
    referred: cases.slice(0, 20).map((c) => ({
      from: c.id,
      to: `ref-${c.id}`,
      kind: 'placeholder' as const,
      committee: 'NUIT',
      date: c.date,
      when: c.date,
      relative: null,
      direction: 'later' as const,
      quote: null,
    })),
    total: n,
    nextCursor: null,
    span: null,
  };
}
const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('flow layout at archive scale', () => {
  const flow = archive(400);
  const [lo, hi] = flowSpan(flow);
  const zooms = [1, 0.4, 0.1, 0.03, 0.008];
  it.each(zooms)('no two boxes, markers or tick labels overlap at zoom %s of the span', (f) => {
    const mid = (lo + hi) / 2;
    const g = layoutFlow(flow, { lo: mid - ((hi - lo) * f) / 2, hi: mid + ((hi - lo) * f) / 2, width: 1300 });
    const all = [...g.boxes, ...g.markers.map((m) => ({ ...m, h: 16 }))];
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) expect(overlap(all[i]!, all[j]!)).toBe(false);
    for (let i = 1; i < g.ticks.length; i++)
      expect(g.ticks[i]!.x).toBeGreaterThanOrEqual(g.ticks[i - 1]!.x + g.ticks[i - 1]!.width);
    // Every case in view is in exactly one box.
    const shown = g.boxes.flatMap((b) => b.ids);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.length + g.hidden).toBe(flow.cases.length);
  });

  it.each([0.37, 0.52, 0.81])('keeps boxes and markers inside the plot when the view starts at %s of the span', (f) => {
    const from = lo + (hi - lo) * f;
    const g = layoutFlow(flow, { lo: from, hi: from + (hi - lo) * 0.1, width: 1300 });
    const drawn = [...g.boxes, ...g.markers];
    expect(drawn.length).toBeGreaterThan(0);
    for (const b of drawn) {
      expect(b.x).toBeGreaterThanOrEqual(g.left);
      expect(b.x + b.w).toBeLessThanOrEqual(g.right);
    }
  });

  it('folds a crowded lane period into one box with its count, and unfolds as one zooms in', () => {
    const whole = layoutFlow(flow, { lo, hi, width: 1300 });
    const folded = whole.boxes.filter((b: Box) => b.folded);
    expect(folded.length).toBeGreaterThan(0);
    expect(folded[0]!.label).toMatch(/^(NUFA|NUIT|EHELSESTYRE) \d{4}/);
    const mid = (lo + hi) / 2;
    const close = layoutFlow(flow, { lo: mid - 20 * 86_400_000, hi: mid + 20 * 86_400_000, width: 1300 });
    expect(close.boxes.every((b) => !b.folded)).toBe(true);
    expect(close.level).toBe('meeting');
    // A link between folded boxes carries how many case links it stands for.
    expect(whole.links.some((l) => l.count > 1)).toBe(true);
  });

  it('picks years, quarters, months, then meeting dates as one zooms in', () => {
    const day = 86_400_000;
    const t0 = Date.UTC(2015, 0, 1);
    const levels = [3650, 900, 300, 60].map((d) => buildAxis(t0, t0 + d * day, 0, 1200, [t0 + 10 * day]).level);
    expect(levels).toEqual(['year', 'quarter', 'month', 'meeting']);
    expect(buildAxis(t0, t0 + 900 * day, 0, 1200, [], 'K').ticks[0]!.label).toMatch(/^\d{4} K[1-4]$/);
    expect(labelWidth('2019')).toBeGreaterThan(20);
  });

  it('a chain reaches every linked case in both directions and nothing else', () => {
    const f = archive(6);
    const cut = { ...f, links: f.links.filter((l) => l.from !== f.cases[2]!.id) };
    expect([...chainOf(cut, f.cases[1]!.id)].sort()).toEqual([f.cases[0]!.id, f.cases[1]!.id, f.cases[2]!.id].sort());
  });

  it('a topic with one case gets a span of months around it and one box', () => {
    const one = { ...archive(1), referred: [] };
    const g = layoutFlow(one);
    expect(g.boxes).toHaveLength(1);
    expect(g.ticks.length).toBeGreaterThan(0);
  });
});
