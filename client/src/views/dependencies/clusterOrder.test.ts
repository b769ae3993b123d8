import { describe, expect, it } from 'vitest';
import type { LandscapeT } from '../../../../graph/api/strategy.js';
import { sortByCluster } from './clusterOrder.js';

const topic = (id: string, community: number, betweenness: number) => ({
  id,
  name: id,
  community,
  degree: 1,
  betweenness,
  bridge: false,
});

describe('matrix columns by cluster', () => {
  it('groups topics by cluster, most central first, unknown topics last in their old order', () => {
    const landscape: LandscapeT = {
      version: 'v',
      communities: [],
      topics: [topic('a', 2, 0.1), topic('b', 1, 0.2), topic('c', 1, 0.5), topic('d', 2, 0.9)],
      actors: [],
    };
    const cols = ['x', 'a', 'b', 'y', 'c', 'd'].map((id) => ({ id }));
    expect(sortByCluster(cols, landscape).map((c) => c.id)).toEqual(['c', 'b', 'd', 'a', 'x', 'y']);
    expect(sortByCluster(cols, undefined)).toBe(cols);
  });
});
