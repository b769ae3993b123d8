/**
 * A canonical dump of the graph: every node by its key with its properties, every relationship
 * by its endpoints' keys, type and properties, one JSON line each, keys sorted, lines sorted. Two
 * loads that build the same graph give the same bytes, whatever Neo4j's element ids or the order
 * of writes; used to prove a change of the write path leaves the graph as it was.
 */
import type { Executor } from '../graph/executor.js';
import { exportGraph } from '../seed/exportGraph.js';

/** JSON with object keys sorted at every depth (arrays keep their order: it means something). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

export async function canonicalDump(ex: Executor): Promise<string[]> {
  const g = await exportGraph(ex);
  const lines = [
    ...g.nodes.map((n) => `N ${n.id} ${canonicalJson([...n.labels].sort())} ${canonicalJson(n.properties)}`),
    ...g.relationships.map((r) => `R ${r.start} -${r.type}-> ${r.end} ${canonicalJson(r.properties)}`),
  ];
  return lines.sort();
}

/** The lines only one side has, at most `max` of each: what differs between two dumps. */
export function dumpDiff(a: string[], b: string[], max = 20): { onlyA: string[]; onlyB: string[] } {
  const count = (xs: string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  const only = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].flatMap(([line, n]) => Array<string>(Math.max(0, n - (y.get(line) ?? 0))).fill(line)).slice(0, max);
  return { onlyA: only(ca, cb), onlyB: only(cb, ca) };
}
