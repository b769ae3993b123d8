import { UndirectedGraph } from 'graphology';
import { createRequire } from 'node:module';
import { nodeId, type LandscapeT } from '../../../graph/api/index.js';

// Both packages are CommonJS whose typings declare an ES default export that TypeScript's NodeNext
// resolution cannot call; required, they are the functions themselves. Typed here as we use them.
type TopicGraph = UndirectedGraph<{ name: string }, { weight: number }>;
const require = createRequire(import.meta.url);
const louvain = require('graphology-communities-louvain') as (
  g: TopicGraph,
  o: { getEdgeWeight: 'weight'; rng: () => number },
) => Record<string, number>;
const betweennessCentrality = require('graphology-metrics/centrality/betweenness') as (
  g: TopicGraph,
  o: { normalized: boolean; getEdgeWeight: null },
) => Record<string, number>;

/** A stated dependency weighs more than sharing a case: someone said the two belong together. */
const STATED_WEIGHT = 3;

/** Louvain moves nodes in random order; a fixed seed keeps communities stable between requests. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LandscapeInput {
  topics: { key: string; name: string }[];
  links: { a: string; b: string; weight: number; kind: string }[];
  voices: { id: string; name: string; topic: string; statements: number }[];
}

/**
 * Topic communities (Louvain), central topics (betweenness and weighted degree), bridges (topics
 * tied to more than one other community) and actors by how many communities they speak on.
 */
export function analyseLandscape(input: LandscapeInput, version: string): LandscapeT {
  const g: TopicGraph = new UndirectedGraph();
  for (const t of input.topics) g.addNode(t.key, { name: t.name });
  for (const l of input.links) {
    if (!g.hasNode(l.a) || !g.hasNode(l.b)) continue;
    const w = l.kind === 'stated' ? l.weight * STATED_WEIGHT : l.weight;
    if (g.hasEdge(l.a, l.b)) g.updateEdgeAttribute(l.a, l.b, 'weight', (x) => (x ?? 0) + w);
    else g.addEdge(l.a, l.b, { weight: w });
  }
  const community: Record<string, number> = g.size ? louvain(g, { getEdgeWeight: 'weight', rng: seeded(7) }) : {};
  // Isolated topics are their own community each.
  let next = Math.max(-1, ...Object.values(community)) + 1;
  for (const n of g.nodes()) if (community[n] === undefined) community[n] = next++;
  const betweenness = g.size ? betweennessCentrality(g, { normalized: true, getEdgeWeight: null }) : {};
  const name = (k: string) => String(g.getNodeAttribute(k, 'name'));
  const topics: LandscapeT['topics'] = g.nodes().map((k) => {
    const others = new Set(
      g
        .neighbors(k)
        .map((n) => community[n])
        .filter((c) => c !== community[k]),
    );
    let degree = 0;
    g.forEachEdge(k, (_e, attr) => (degree += Number(attr.weight)));
    return {
      id: nodeId('Topic', k),
      name: name(k),
      community: community[k]!,
      degree,
      betweenness: Math.round((betweenness[k] ?? 0) * 1000) / 1000,
      bridge: others.size >= 2,
    };
  });
  topics.sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.name.localeCompare(b.name, 'nb'));
  const byCommunity = new Map<number, string[]>();
  for (const t of topics)
    (byCommunity.get(t.community) ?? byCommunity.set(t.community, []).get(t.community)!).push(t.id);
  // Communities are numbered by size, largest first, and named after their most central topic.
  const ordered = [...byCommunity.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const renumber = new Map(ordered.map(([c], i) => [c, i + 1]));
  for (const t of topics) t.community = renumber.get(t.community)!;
  const topicName = new Map(topics.map((t) => [t.id, t.name]));
  const communities = ordered.map(([c, ids]) => ({
    id: renumber.get(c)!,
    topics: ids,
    label: topicName.get(ids[0]!) ?? '',
  }));
  const actors = new Map<
    string,
    { id: string; name: string; statements: number; topics: Set<string>; communities: Set<number> }
  >();
  for (const v of input.voices) {
    if (!g.hasNode(v.topic)) continue;
    const a = actors.get(v.id) ?? { id: v.id, name: v.name, statements: 0, topics: new Set(), communities: new Set() };
    a.statements += v.statements;
    a.topics.add(v.topic);
    a.communities.add(renumber.get(community[v.topic]!)!);
    actors.set(v.id, a);
  }
  return {
    version,
    communities,
    topics,
    actors: [...actors.values()]
      .map((a) => ({
        id: nodeId('Organization', a.id),
        name: a.name,
        statements: a.statements,
        topics: a.topics.size,
        communities: a.communities.size,
      }))
      .sort(
        (a, b) => b.communities - a.communities || b.statements - a.statements || a.name.localeCompare(b.name, 'nb'),
      ),
  };
}
