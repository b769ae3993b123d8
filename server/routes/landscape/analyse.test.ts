import { describe, expect, it } from 'vitest';
import { analyseLandscape } from './analyse.js';

const topics = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'solo'].map((key) => ({ key, name: key.toUpperCase() }));
const co = (a: string, b: string, weight = 3) => ({ a, b, weight, kind: 'co-occurrence' });

describe('topic landscape', () => {
  const input = {
    topics,
    // Two triangles joined by one weak link through a1–b1.
    links: [
      co('a1', 'a2'),
      co('a2', 'a3'),
      co('a1', 'a3'),
      co('b1', 'b2'),
      co('b2', 'b3'),
      co('b1', 'b3'),
      co('a1', 'b1', 1),
    ],
    voices: [
      { id: 'ks', name: 'KS', topic: 'a2', statements: 2 },
      { id: 'ks', name: 'KS', topic: 'b2', statements: 1 },
      { id: 'fhi', name: 'FHI', topic: 'a3', statements: 5 },
    ],
  };

  it('finds the two clusters, isolated topics apart, and the linking topics as most central', () => {
    const l = analyseLandscape(input, 'v1');
    const community = new Map(l.topics.map((t) => [t.id, t.community]));
    expect(community.get('Topic:a1')).toBe(community.get('Topic:a3'));
    expect(community.get('Topic:b1')).toBe(community.get('Topic:b3'));
    expect(community.get('Topic:a1')).not.toBe(community.get('Topic:b1'));
    expect(community.get('Topic:solo')).not.toBe(community.get('Topic:a1'));
    expect(
      l.topics
        .slice(0, 2)
        .map((t) => t.id)
        .sort(),
    ).toEqual(['Topic:a1', 'Topic:b1']);
    expect(l.communities[0]!.topics).toHaveLength(3);
    expect(l.version).toBe('v1');
  });

  it('ranks actors by how many clusters they speak on, and gives the same answer every time', () => {
    const l = analyseLandscape(input, 'v1');
    expect(l.actors.map((a) => [a.id, a.communities, a.statements])).toEqual([
      ['Organization:ks', 2, 3],
      ['Organization:fhi', 1, 5],
    ]);
    expect(analyseLandscape(input, 'v1')).toEqual(l);
  });

  it('marks a topic tied to two other clusters as a bridge', () => {
    const l = analyseLandscape(
      {
        ...input,
        topics: [...topics, { key: 'hub', name: 'HUB' }],
        links: [...input.links, co('hub', 'a2', 1), co('hub', 'b2', 1), co('hub', 'solo', 5)],
      },
      'v2',
    );
    expect(l.topics.find((t) => t.id === 'Topic:hub')!.bridge).toBe(true);
    expect(l.topics.find((t) => t.id === 'Topic:a3')!.bridge).toBe(false);
  });
});
