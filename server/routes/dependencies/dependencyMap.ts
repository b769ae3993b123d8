import { nodeId, type DependencyEdgeT, type DependencyMapT } from '../../../graph/api/index.js';
import type { NodeLabel } from '../../../graph/schema/index.js';
import type { Row } from '../../../graph/executor.js';

const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/** Organisation ids named on dependency rows, to look their names up in one query. */
export function actorIds(rows: Row[]): string[] {
  const ids = new Set<string>();
  for (const r of rows)
    for (const f of ['statedBy', 'confirmedBy', 'contestedBy', 'inReplyTo'])
      for (const id of strings(r[f])) ids.add(id);
  return [...ids].sort();
}

/**
 * One edge per kind and pair: every passage that states it is a piece of evidence. Undirected
 * pairs are keyed in sorted order so "A~B" and "B~A" are one edge.
 */
export function buildDependencyMap(
  rows: Row[],
  orgNames: Map<string, string>,
  cooccurrence: Row[] = [],
): DependencyMapT {
  const nodes = new Map<string, DependencyMapT['nodes'][number]>();
  const edges = new Map<string, DependencyEdgeT>();
  const actors = (v: unknown) => strings(v).map((id) => ({ id, name: orgNames.get(id) ?? id }));
  const node = (label: unknown, key: unknown, name: unknown) => {
    const id = nodeId(String(label) as NodeLabel, String(key));
    if (!nodes.has(id)) nodes.set(id, { id, kind: label === 'Case' ? 'Case' : 'Topic', name: String(name ?? key) });
    return id;
  };
  for (const r of rows) {
    const base = node(r.baseLabel, r.baseKey, r.baseName);
    const dependent = node(r.depLabel, r.depKey, r.depName);
    const directed = r.directed !== false;
    const [source, target] = directed ? [base, dependent] : [base, dependent].sort();
    const id = `${String(r.kind)}|${source}|${target}`;
    let e = edges.get(id);
    if (!e) {
      e = {
        id,
        source: source!,
        target: target!,
        kind: r.kind as DependencyEdgeT['kind'],
        directed,
        evidence: 0,
        firstDate: null,
        lastDate: null,
        sources: [],
      };
      edges.set(id, e);
    }
    const date = r.date ? String(r.date) : null;
    e.evidence++;
    if (date && (!e.firstDate || date < e.firstDate)) e.firstDate = date;
    if (date && (!e.lastDate || date > e.lastDate)) e.lastDate = date;
    e.sources.push({
      document: String(r.doc),
      file: String(r.file ?? ''),
      case: r.case ? nodeId('Case', String(r.case)) : null,
      date,
      lineStart: Number(r.lineStart),
      lineEnd: Number(r.lineEnd),
      quote: String(r.quote ?? ''),
      statedBy: actors(r.statedBy),
      confirmedBy: actors(r.confirmedBy),
      contestedBy: actors(r.contestedBy),
      inReplyTo: actors(r.inReplyTo),
    });
  }
  for (const c of cooccurrence) {
    const a = node('Topic', c.a, c.aName);
    const b = node('Topic', c.b, c.bName);
    const id = `co-occurrence|${a}|${b}`;
    edges.set(id, {
      id,
      source: a,
      target: b,
      kind: 'co-occurrence',
      directed: false,
      evidence: Number(c.weight),
      firstDate: c.first ? String(c.first) : null,
      lastDate: c.last ? String(c.last) : null,
      sources: [],
    });
  }
  const list = [...edges.values()];
  const dates = list
    .flatMap((e) => [e.firstDate, e.lastDate])
    .filter((d): d is string => !!d)
    .sort();
  return {
    nodes: [...nodes.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    edges: list,
    dates: { first: dates[0] ?? null, last: dates[dates.length - 1] ?? null },
  };
}
