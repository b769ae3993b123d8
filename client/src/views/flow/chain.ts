import type { FlowT } from '../../../../graph/api/responses.js';

/**
 * One matter's chain: every case reachable from `start` over the flow's links (earlier treatments,
 * same matter, postponements, follow-ups, meetings referred to), in either direction. Pure.
 */
export function chainOf(flow: Pick<FlowT, 'links'>, start: string): Set<string> {
  const next = new Map<string, string[]>();
  for (const l of flow.links) {
    next.set(l.from, [...(next.get(l.from) ?? []), l.to]);
    next.set(l.to, [...(next.get(l.to) ?? []), l.from]);
  }
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const n of next.get(queue.pop()!) ?? [])
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
  }
  return seen;
}
