import { describe, expect, it } from 'vitest';
import { DENSE, HUBS, quietLabels } from './quietLabels.js';

const nodes = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `n${String(i).padStart(4, '0')}`, degree: i % 7 }));

describe('labels shown at overview zoom', () => {
  it('keeps every label of a small graph', () => {
    expect(quietLabels(nodes(DENSE)).size).toBe(0);
  });

  it('keeps the best-connected nodes labelled in a dense graph, whatever their order', () => {
    const all = nodes(700);
    const hub = { id: 'Committee:NUIT', degree: 300 };
    const quiet = quietLabels([...all.slice(0, 350), hub, ...all.slice(350)]);
    expect(quiet.size).toBe(701 - HUBS);
    expect(quiet.has(hub.id)).toBe(false);
    // The labelled ones are those of highest degree: none quiet has more links than one labelled.
    const labelled = [...all, hub].filter((n) => !quiet.has(n.id));
    const minLabelled = Math.min(...labelled.map((n) => n.degree));
    expect(Math.max(...all.filter((n) => quiet.has(n.id)).map((n) => n.degree))).toBeLessThanOrEqual(minLabelled);
    expect(quietLabels([...all].reverse())).toEqual(quietLabels(all));
  });
});
