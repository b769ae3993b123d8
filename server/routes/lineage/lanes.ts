import type { LineageBodyT, LineageLaneT, LineageLinkT, LineageT } from '../../../graph/api/index.js';

export type RawBody = Omit<LineageBodyT, 'lane'>;

/**
 * Lanes from bodies and the links between them. A link that would make a body its own ancestor
 * is left out and named in `warnings` (the registry refuses cycles; documents can still state
 * one, and a lane must end). A body with two successors follows the one that took over last.
 */
export function buildLineage(bodies: RawBody[], links: LineageLinkT[]): LineageT {
  const byKey = new Map(bodies.map((b) => [b.key, b]));
  const next = new Map<string, LineageLinkT[]>();
  const warnings: string[] = [];
  const reaches = (from: string, target: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const k = stack.pop()!;
      if (k === target) return true;
      if (seen.has(k)) continue;
      seen.add(k);
      for (const l of next.get(k) ?? []) stack.push(l.to);
    }
    return false;
  };
  // Registry links first, then documents' by date: what a curated source says wins a conflict.
  const ordered = [...links].sort(
    (a, b) => Number(!!a.document) - Number(!!b.document) || (a.date ?? '').localeCompare(b.date ?? ''),
  );
  const kept: LineageLinkT[] = [];
  for (const l of ordered) {
    if (!byKey.has(l.from) || !byKey.has(l.to)) continue;
    if (l.from === l.to || reaches(l.to, l.from)) {
      warnings.push(`${l.from} → ${l.to} (${l.source}) left out: it would make a cycle`);
      continue;
    }
    if ((next.get(l.from) ?? []).some((o) => o.to === l.to && o.type === l.type)) continue;
    next.set(l.from, [...(next.get(l.from) ?? []), l]);
    kept.push(l);
  }
  const successor = (k: string) =>
    [...(next.get(k) ?? [])].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0]?.to;
  const laneOf = new Map<string, string>();
  const depth = new Map<string, number>();
  for (const b of bodies) {
    let k = b.key;
    let d = 0;
    for (let s = successor(k); s !== undefined; s = successor(k)) {
      k = s;
      d++;
    }
    laneOf.set(b.key, k);
    depth.set(b.key, d);
  }
  const out: LineageBodyT[] = bodies.map((b) => ({ ...b, lane: laneOf.get(b.key)! }));
  const lanes: LineageLaneT[] = [];
  for (const today of out) {
    if (today.lane !== today.key) continue;
    const members = out
      .filter((b) => b.lane === today.key)
      .sort(
        (a, b) =>
          depth.get(b.key)! - depth.get(a.key)! ||
          (a.from ?? '').localeCompare(b.from ?? '') ||
          a.key.localeCompare(b.key),
      );
    const formerNames = [
      ...new Set([
        ...members.filter((m) => m.key !== today.key).flatMap((m) => [...m.formerNames, m.name]),
        ...today.formerNames,
      ]),
    ].filter((n) => n !== today.name && n !== today.shortName);
    if (members.length < 2 && !formerNames.length) continue;
    lanes.push({
      key: today.key,
      kind: today.kind,
      name: today.shortName ?? today.name,
      formerNames,
      members: members.map((m) => m.key),
    });
  }
  return { bodies: out, links: kept, lanes, warnings };
}

/** Every body key of a lane's history ("NUIT" → NUIT and the bodies it took over from), for `bodies=today`. */
export function laneMembers(lineage: LineageT, key: string): string[] {
  const lane = lineage.bodies.find((b) => b.key === key)?.lane ?? key;
  return lineage.bodies.filter((b) => b.lane === lane).map((b) => b.key);
}

/** The body that carries on `key`'s work today (itself when none took over). */
export function todaysBody(lineage: LineageT, key: string): string {
  return lineage.bodies.find((b) => b.key === key)?.lane ?? key;
}

/** What a body became: today's body of its lane, with the first step's kind and date; undefined for a body still in use. */
export function becameOf(
  lineage: LineageT,
  key: string,
): { id: string; name: string; type: LineageLinkT['type']; date?: string } | undefined {
  const lane = todaysBody(lineage, key);
  if (lane === key) return undefined;
  const today = lineage.bodies.find((b) => b.key === lane);
  const step = lineage.links.find((l) => l.from === key);
  if (!today || !step) return undefined;
  return { id: today.id, name: today.name, type: step.type, ...(step.date ? { date: step.date } : {}) };
}
