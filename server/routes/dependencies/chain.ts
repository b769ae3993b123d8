import type { DependencyMapT, DependencyTraversalT } from '../../../graph/api/index.js';

type Lang = 'nb' | 'en';

/** How each kind reads from the base towards the dependent (downstream) and back (upstream). */
const PHRASES: Record<string, Record<Lang, { down: string; up: string }>> = {
  prerequisite: {
    nb: { down: 'er en forutsetning for', up: 'forutsetter' },
    en: { down: 'is a prerequisite for', up: 'needs' },
  },
  'builds-on': {
    nb: { down: 'ligger til grunn for', up: 'bygger på' },
    en: { down: 'is built on by', up: 'builds on' },
  },
  conflicts: {
    nb: { down: 'holder igjen', up: 'holdes igjen av' },
    en: { down: 'holds back', up: 'is held back by' },
  },
  linked: {
    nb: { down: 'henger sammen med', up: 'henger sammen med' },
    en: { down: 'is linked to', up: 'is linked to' },
  },
};

/**
 * Walks the dependency map from one node: downstream to what needs it (what it enables), upstream
 * to what it needs. Breadth first, so each node is reached by its shortest chain, which is told in
 * words: "Legemiddel grunndata er en forutsetning for Plan …, som forutsetter …".
 */
export function traverse(
  map: DependencyMapT,
  from: string,
  direction: 'upstream' | 'downstream',
  depth: number,
  lang: Lang,
): DependencyTraversalT['reached'] {
  const name = new Map(map.nodes.map((n) => [n.id, n.name]));
  const steps = new Map<string, { to: string; edge: string; kind: string }[]>();
  const add = (a: string, b: string, edge: string, kind: string) =>
    (steps.get(a) ?? steps.set(a, []).get(a)!).push({ to: b, edge, kind });
  for (const e of map.edges) {
    if (e.kind === 'co-occurrence') continue;
    if (!e.directed) {
      add(e.source, e.target, e.id, e.kind);
      add(e.target, e.source, e.id, e.kind);
    } else if (direction === 'downstream') add(e.source, e.target, e.id, e.kind);
    else add(e.target, e.source, e.id, e.kind);
  }
  const reached: DependencyTraversalT['reached'] = [];
  const seen = new Map<string, { via: string[]; text: string }>([[from, { via: [], text: name.get(from) ?? from }]]);
  let frontier = [from];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const at of frontier) {
      const here = seen.get(at)!;
      for (const s of (steps.get(at) ?? []).sort((a, b) =>
        (name.get(a.to) ?? '').localeCompare(name.get(b.to) ?? ''),
      )) {
        if (seen.has(s.to)) continue;
        const phrase = PHRASES[s.kind]?.[lang][direction === 'downstream' ? 'down' : 'up'] ?? s.kind;
        const joiner = d === 1 ? ' ' : lang === 'en' ? ', which ' : ', som ';
        const text = `${here.text}${joiner}${phrase} ${name.get(s.to) ?? s.to}`;
        const entry = { via: [...here.via, s.edge], text };
        seen.set(s.to, entry);
        reached.push({ id: s.to, name: name.get(s.to) ?? s.to, depth: d, via: entry.via, text: `${text}.` });
        next.push(s.to);
      }
    }
    frontier = next;
  }
  return reached;
}
