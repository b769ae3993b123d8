import { describe, expect, it } from 'vitest';
import { labelScale, overlaps, placeLabels, type LabelCandidate } from './labelPlacement.js';

const at = (id: string, x: number, y: number, more: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id,
  box: { x1: x, y1: y, x2: x + 100, y2: y + 12 },
  degree: 1,
  kind: 'Case',
  forced: false,
  ...more,
});

describe('placing labels', () => {
  it('shows labels that do not meet', () => {
    expect(placeLabels([at('a', 0, 0), at('b', 0, 40), at('c', 200, 0)])).toEqual(new Set(['a', 'b', 'c']));
  });

  it('hides the lower of two labels that would overlap: degree first, then kind', () => {
    expect(placeLabels([at('a', 0, 0), at('b', 50, 5, { degree: 9 })])).toEqual(new Set(['b']));
    expect(placeLabels([at('a', 0, 0, { kind: 'Statement' }), at('b', 50, 5, { kind: 'Committee' })])).toEqual(
      new Set(['b']),
    );
  });

  it('always shows the selected node and its neighbours, and nothing covers them', () => {
    const shown = placeLabels([
      at('hub', 0, 0, { degree: 50, kind: 'Committee' }),
      at('sel', 10, 2, { forced: true }),
      at('nb', 20, 4, { forced: true }),
    ]);
    expect(shown).toEqual(new Set(['sel', 'nb']));
  });

  it('never leaves two shown labels overlapping in a dense heap', () => {
    const heap = Array.from({ length: 800 }, (_, i) => at(`n${i}`, (i * 37) % 900, (i * 53) % 600, { degree: i % 7 }));
    const shown = [...placeLabels(heap)].map((id) => heap.find((c) => c.id === id)!.box);
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.length).toBeLessThan(800);
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) expect(overlaps(shown[i]!, shown[j]!)).toBe(false);
  });

  it('shows more labels as zooming in spreads the nodes apart', () => {
    const nodes = (spread: number) =>
      Array.from({ length: 100 }, (_, i) => at(`n${i}`, (i % 10) * spread, (Math.floor(i / 10) * spread) / 4));
    expect(placeLabels(nodes(40)).size).toBeLessThan(placeLabels(nodes(160)).size);
  });
});

describe('label size on screen', () => {
  it('keeps labels their size on screen when zoomed out, in steps, and grows them with the graph past zoom 1', () => {
    expect(labelScale(1)).toBe(1);
    expect(labelScale(2)).toBe(1);
    expect(labelScale(0.5)).toBe(2);
    expect(labelScale(0.25)).toBe(4);
    // A step up from the exact ratio, never below it: a label is never smaller than its style.
    expect(labelScale(0.6) * 0.6).toBeGreaterThanOrEqual(1);
    expect(labelScale(0.6)).toBe(labelScale(0.62));
    expect(labelScale(0.001)).toBe(8);
  });
});
