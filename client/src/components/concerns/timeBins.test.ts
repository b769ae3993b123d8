import { describe, expect, it } from 'vitest';
import { axisTicks, binPoints, stackOf } from './timeBins.js';

const noOverlap = (ticks: { from: number; to: number }[], gap: number) =>
  ticks.every((t, i) => i === 0 || t.from >= ticks[i - 1]!.to + gap);

describe('concerns timeline bins and axis', () => {
  it('bins ten years by year, with the empty years in between, counted by stance', () => {
    const { unit, bins } = binPoints([
      { date: '2013-03-01', count: 2, stances: { concern: 2 } },
      { date: '2016-11-20', count: 3, stances: { concern: 1, support: 2 } },
      { date: '2016-02-01', count: 1, stances: { request: 1 } },
      { date: '2022-09-14', count: 1, stances: { question: 1 } },
    ]);
    expect(unit).toBe('year');
    expect(bins.map((b) => b.key)).toEqual(Array.from({ length: 10 }, (_, i) => String(2013 + i)));
    expect(bins.find((b) => b.key === '2016')).toMatchObject({
      count: 4,
      stances: { concern: 1, support: 2, request: 1 },
    });
    expect(bins.find((b) => b.key === '2019')!.count).toBe(0);
    expect(stackOf(bins[3]!)).toEqual([
      { stance: 'concern', count: 1 },
      { stance: 'request', count: 1 },
      { stance: 'support', count: 2 },
    ]);
  });

  it('bins a short span by quarter, from its first to its last quarter', () => {
    const { unit, bins } = binPoints([
      { date: '2022-05-19', count: 1, stances: { concern: 1 } },
      { date: '2023-02-01', count: 2, stances: { support: 2 } },
    ]);
    expect(unit).toBe('quarter');
    expect(bins.map((b) => b.key)).toEqual(['2022-K2', '2022-K3', '2022-K4', '2023-K1']);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(3);
  });

  it('has nothing to draw for no dated statements', () => {
    expect(binPoints([])).toEqual({ unit: 'year', bins: [] });
    expect(binPoints([{ date: 'ukjent', count: 1 }]).bins).toEqual([]);
  });

  it('never lets two axis labels overlap, however narrow, and always labels the first year', () => {
    const years = binPoints(
      Array.from({ length: 14 }, (_, i) => ({ date: `${2012 + i}-06-01`, count: 1, stances: { concern: 1 } })),
    ).bins;
    const quarters = binPoints([
      { date: '2021-01-10', count: 1 },
      { date: '2023-12-01', count: 1 },
    ]).bins;
    for (const bins of [years, quarters])
      for (const width of [80, 160, 320, 640]) {
        const step = width / bins.length;
        const ticks = axisTicks(bins, 0, step, 6.5, 4);
        expect(noOverlap(ticks, 4)).toBe(true);
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks[0]!.text).toBe(String(bins[0]!.year));
      }
    // With room, every year is labelled; in 80 units only some are.
    expect(axisTicks(years, 0, 640 / 14, 6.5).map((t) => t.text)).toHaveLength(14);
    expect(axisTicks(years, 0, 80 / 14, 6.5).length).toBeLessThan(14);
    // Quarters with room: the year at its first quarter, K2–K4 between.
    expect(axisTicks(quarters, 0, 640 / 12, 6.5).map((t) => t.text)).toEqual([
      '2021',
      'K2',
      'K3',
      'K4',
      '2022',
      'K2',
      'K3',
      'K4',
      '2023',
      'K2',
      'K3',
      'K4',
    ]);
  });
});

describe("a topic's row on the whole timeline's axis", () => {
  it('uses the frame of the whole timeline, its own statements in their bins', () => {
    const frame = binPoints([
      { date: '2014-01-01', count: 1 },
      { date: '2020-01-01', count: 1 },
    ]);
    const row = binPoints([{ date: '2017-05-05', count: 2, stances: { concern: 2 } }], frame);
    expect(row.bins.map((b) => b.key)).toEqual(frame.bins.map((b) => b.key));
    expect(row.bins.map((b) => b.count)).toEqual([0, 0, 0, 2, 0, 0, 0]);
  });
});
