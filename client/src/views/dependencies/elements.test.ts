import { describe, expect, it } from 'vitest';
import type { DependencyMapT, LandscapeT } from '../../../../graph/api/strategy.js';
import { dependencyElements, shortQuote, sliderDates } from './elements.js';

const source = (quote: string, date: string) => ({
  document: 'd',
  file: 'f.txt',
  case: 'Case:NUFA-24/22',
  date,
  lineStart: 121,
  lineEnd: 126,
  quote,
  statedBy: [],
  confirmedBy: [{ id: 'ehelse', name: 'Direktoratet for e-helse' }],
  contestedBy: [],
  inReplyTo: [],
});

const map: DependencyMapT = {
  nodes: [
    { id: 'Topic:a', kind: 'Topic', name: 'A' },
    { id: 'Topic:b', kind: 'Topic', name: 'B' },
    { id: 'Topic:c', kind: 'Topic', name: 'C' },
  ],
  edges: [
    {
      id: 'prerequisite|Topic:a|Topic:b',
      source: 'Topic:a',
      target: 'Topic:b',
      kind: 'prerequisite',
      directed: true,
      evidence: 2,
      firstDate: '2022-08-31',
      lastDate: '2022-09-14',
      sources: [source('A er en forutsetning for B.', '2022-08-31')],
    },
    {
      id: 'co-occurrence|Topic:b|Topic:c',
      source: 'Topic:b',
      target: 'Topic:c',
      kind: 'co-occurrence',
      directed: false,
      evidence: 3,
      firstDate: '2022-05-19',
      lastDate: '2022-05-19',
      sources: [],
    },
  ],
  dates: { first: '2022-05-19', last: '2022-09-14' },
};

const landscape: LandscapeT = {
  version: 'v',
  communities: [{ id: 1, topics: ['Topic:a', 'Topic:b'], label: 'A' }],
  topics: [
    { id: 'Topic:a', name: 'A', community: 1, degree: 3, betweenness: 0.5, bridge: false },
    { id: 'Topic:b', name: 'B', community: 2, degree: 2, betweenness: 0, bridge: true },
  ],
  actors: [],
};

describe('dependency map elements', () => {
  it('draws only the chosen kinds and the nodes they touch, with the quote as the edge label', () => {
    const els = dependencyElements(map, landscape, new Set(['prerequisite']), (k) => k);
    expect(els.map((e) => e.data.id)).toEqual(['Topic:a', 'Topic:b', 'prerequisite|Topic:a|Topic:b']);
    expect(els[2]!.data).toMatchObject({
      depKind: 'prerequisite',
      evidence: 2,
      label: 'prerequisite: «A er en forutsetning for B.»',
    });
  });

  it('colours nodes by cluster and sizes them by betweenness relative to the most central', () => {
    const els = dependencyElements(map, landscape, new Set(['prerequisite', 'co-occurrence']), (k) => k);
    const a = els.find((e) => e.data.id === 'Topic:a')!.data;
    const b = els.find((e) => e.data.id === 'Topic:b')!.data;
    expect(a.central).toBe(1);
    expect(b.central).toBe(0);
    expect(a.color).not.toBe(b.color);
    expect(els.find((e) => e.data.id === 'Topic:c')!.data.color).toBeUndefined();
  });

  it('cuts long quotes at a word and lists the dates where the map changes', () => {
    const long =
      'Direktoratet for e-helse bekreftet at legemiddel grunndata er en forutsetning for å få realisert den strategiske områdeplanen';
    expect(shortQuote(long).endsWith(' …')).toBe(true);
    expect(shortQuote(long).length).toBeLessThanOrEqual(92);
    expect(sliderDates(map)).toEqual(['2022-05-19', '2022-08-31', '2022-09-14']);
  });
});
