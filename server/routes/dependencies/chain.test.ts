import { describe, expect, it } from 'vitest';
import type { DependencyMapT } from '../../../graph/api/index.js';
import { traverse } from './chain.js';

const edge = (kind: 'prerequisite' | 'builds-on' | 'linked', source: string, target: string, directed = true) => ({
  id: `${kind}|${source}|${target}`,
  source,
  target,
  kind,
  directed,
  evidence: 1,
  firstDate: null,
  lastDate: null,
  sources: [],
});
const map: DependencyMapT = {
  nodes: ['G', 'P', 'S', 'L'].map((n) => ({ id: `Topic:${n}`, kind: 'Topic' as const, name: n })),
  edges: [
    edge('prerequisite', 'Topic:G', 'Topic:P'),
    edge('builds-on', 'Topic:P', 'Topic:S'),
    edge('linked', 'Topic:L', 'Topic:S', false),
  ],
  dates: { first: null, last: null },
};

describe('dependency chains', () => {
  it('follows arrows downstream to what needs a topic, told in words with depth', () => {
    expect(traverse(map, 'Topic:G', 'downstream', 3, 'nb').map((r) => [r.id, r.depth, r.text])).toEqual([
      ['Topic:P', 1, 'G er en forutsetning for P.'],
      ['Topic:S', 2, 'G er en forutsetning for P, som ligger til grunn for S.'],
      ['Topic:L', 3, 'G er en forutsetning for P, som ligger til grunn for S, som henger sammen med L.'],
    ]);
    expect(traverse(map, 'Topic:G', 'downstream', 1, 'nb')).toHaveLength(1);
  });

  it('follows arrows upstream to what a topic needs, and lists the edges on the way', () => {
    const up = traverse(map, 'Topic:S', 'upstream', 2, 'en');
    expect(up.map((r) => r.text)).toEqual(['S is linked to L.', 'S builds on P.', 'S builds on P, which needs G.']);
    expect(up[2]!.via).toEqual(['builds-on|Topic:P|Topic:S', 'prerequisite|Topic:G|Topic:P']);
  });
});
