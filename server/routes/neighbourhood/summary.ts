import type { ElementsT, SummaryGroupT } from '../../../graph/api/index.js';
import { stanceOf, SUMMARY_GROUP_PREFIX } from '../../../graph/api/index.js';
import type { StanceT } from '../../../graph/schema/nodes.js';

/**
 * Above this many drawn nodes (a node, plus one per set `folded` on it) a neighbourhood opens as a
 * summary: about what a canvas shows with labels that can be read, and a first answer well under
 * 150 kB.
 */
export const SUMMARY_ABOVE = 150;
/**
 * A start node's own neighbours stay single when they are this few: a meeting opened from a
 * committee shows its cases, not "NUIT 2022: 9 saker". A committee's hundreds of meetings do not.
 */
export const KEEP_NEIGHBOURS = 40;
/**
 * Once a neighbourhood is summarised, about this many nodes are drawn: a committee at depth 2 reads
 * as a few dozen groups and their links, not as a ball of 150 that merely fits the budget.
 */
export const SUMMARY_DRAWN = 60;

type Node = ElementsT['nodes'][number];
type Edge = ElementsT['edges'][number];

/** What a node is grouped by besides its kind: the organisation of a person, the topic of a statement. */
export interface Facets {
  person: Map<string, { id: string; name: string }>;
  statement: Map<string, { key: string; name: string }>;
  /** A committee key's short name ("EHELSERAD" → "E-helserådet"), for group labels. */
  committee?: Map<string, string>;
}

/** A bucket of one kind: its id part after the kind and the prefix of its label ("NUIT 2019", "KS"). */
interface Bucket {
  key: string | null;
  label: string | null;
  /** Statements of one stance only: the finest level splits a topic's statements by what they say. */
  stance?: StanceT;
}

const yearOf = (v: unknown) => (typeof v === 'string' && /^[0-9]{4}/.test(v) ? v.slice(0, 4) : undefined);

/**
 * The bucket of a node at a level of detail: 0 is the finest (a committee's cases per year, a person's
 * organisation, a statement's topic), 1 drops the year, 2 is the kind alone.
 */
function bucketOf(n: Node, facets: Facets, level: number): Bucket {
  if (level >= 2) return { key: null, label: null };
  const d = n.data;
  const committee = typeof d.committee === 'string' ? d.committee : undefined;
  const dated = d.kind === 'Case' || d.kind === 'Meeting' || d.kind === 'ReferencedMeeting';
  if (dated) {
    const year = level === 0 ? yearOf(d.date ?? d.startDate ?? d.when) : undefined;
    const keys = [committee, year].filter((p): p is string => !!p);
    const named = [committee && (facets.committee?.get(committee) ?? committee), year].filter((p): p is string => !!p);
    return keys.length ? { key: keys.join('~'), label: named.join(' ') } : { key: null, label: null };
  }
  if (d.kind === 'Person') {
    const o = facets.person.get(d.id);
    return o ? { key: o.id, label: o.name } : { key: null, label: null };
  }
  if (d.kind === 'Statement') {
    const t = facets.statement.get(d.id);
    if (level > 0) return t ? { key: t.key, label: t.name } : { key: null, label: null };
    // A statement stored before stances reads as information, as everywhere else.
    const { stance } = stanceOf(d);
    return { key: t ? `${t.key}~${stance}` : `~${stance}`, label: t?.name ?? null, stance };
  }
  return { key: null, label: null };
}

export const summaryGroupId = (kind: string, b: Bucket) => `${SUMMARY_GROUP_PREFIX}${kind}~${b.key ?? ''}`;

/** Nodes drawn for a node: itself and one group per folded set it carries. */
const units = (n: Node) => 1 + (n.data.folded?.length ?? 0);

interface Plan {
  /** Node id → its group, for every node folded into a group (open or not). */
  groupOf: Map<string, SummaryGroupT>;
  groups: SummaryGroupT[];
}

/** Hops from the kept nodes to every node: what lies closest to what the visitor opened. */
function distances(data: ElementsT, from: ReadonlySet<string>): Map<string, number> {
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  };
  for (const e of data.edges) {
    link(e.data.source, e.data.target);
    link(e.data.target, e.data.source);
  }
  const hops = new Map([...from].map((id) => [id, 0]));
  let frontier = [...from];
  for (let d = 1; frontier.length; d++) {
    const found: string[] = [];
    for (const id of frontier)
      for (const n of next.get(id) ?? [])
        if (!hops.has(n)) {
          hops.set(n, d);
          found.push(n);
        }
    frontier = found;
  }
  return hops;
}

interface Folding extends Plan {
  /** Nodes drawn with this plan (singles plus closed groups). */
  size: number;
}

/** Folds kind by kind, the most numerous first, at one level of detail, until `target` is reached. */
function foldKinds(byCount: [string, Node[]][], facets: Facets, level: number, total: number, target: number): Folding {
  const plan: Folding = { groupOf: new Map(), groups: [], size: total };
  for (const [kind, nodes] of byCount) {
    if (plan.size <= target) break;
    const buckets = new Map<string, { bucket: Bucket; members: Node[] }>();
    for (const n of nodes) {
      const bucket = bucketOf(n, facets, level);
      const id = summaryGroupId(kind, bucket);
      const b = buckets.get(id) ?? { bucket, members: [] };
      b.members.push(n);
      buckets.set(id, b);
    }
    for (const [id, { bucket, members }] of [...buckets].sort(([a], [b]) => (a < b ? -1 : 1))) {
      // A group of one saves nothing.
      if (members.length < 2) continue;
      const g: SummaryGroupT = { id, kind, label: bucket.label, count: members.length };
      plan.groups.push(g);
      for (const m of members) plan.groupOf.set(m.data.id, g);
      plan.size -= members.reduce((s, m) => s + units(m), 0) - 1;
    }
  }
  return plan;
}

/**
 * Splits groups of a committee's cases or meetings into their years, then groups of statements into
 * their stances, while the drawing stays within `target`: the groups nearest the kept nodes first
 * (NUIT's own meetings before another committee's cases reached through a topic), then the largest.
 */
function refineByYear(plan: Folding, data: ElementsT, protect: ReadonlySet<string>, facets: Facets, target: number) {
  const hops = distances(data, protect);
  const members = new Map<string, Node[]>();
  for (const n of data.nodes) {
    const g = plan.groupOf.get(n.data.id);
    if (!g) continue;
    const list = members.get(g.id);
    if (list) list.push(n);
    else members.set(g.id, [n]);
  }
  const near = (g: SummaryGroupT) => Math.min(...members.get(g.id)!.map((n) => hops.get(n.data.id) ?? Infinity));
  // Years first, as before stances; what budget is left splits statements by stance.
  const last = (g: SummaryGroupT) => (g.kind === 'Statement' ? 1 : 0);
  const order = [...plan.groups].sort(
    (a, b) => last(a) - last(b) || near(a) - near(b) || b.count - a.count || (a.id < b.id ? -1 : 1),
  );
  for (const g of order) {
    const buckets = new Map<string, { bucket: Bucket; members: Node[] }>();
    for (const n of members.get(g.id)!) {
      const bucket = bucketOf(n, facets, 0);
      const id = summaryGroupId(g.kind, bucket);
      const b = buckets.get(id) ?? { bucket, members: [] };
      b.members.push(n);
      buckets.set(id, b);
    }
    if (buckets.size < 2) continue;
    const singles = [...buckets.values()].filter((b) => b.members.length < 2);
    const drawnSingles = singles.reduce((s, b) => s + units(b.members[0]!), 0);
    const added = buckets.size - singles.length + drawnSingles - 1;
    if (plan.size + added > target) continue;
    plan.groups.splice(plan.groups.indexOf(g), 1);
    for (const [id, b] of [...buckets].sort(([x], [y]) => (x < y ? -1 : 1))) {
      if (b.members.length < 2) {
        plan.groupOf.delete(b.members[0]!.data.id);
        continue;
      }
      const sub: SummaryGroupT = {
        id,
        kind: g.kind,
        label: b.bucket.label,
        count: b.members.length,
        ...(b.bucket.stance ? { stance: b.bucket.stance } : {}),
      };
      plan.groups.push(sub);
      for (const m of b.members) plan.groupOf.set(m.data.id, sub);
    }
    plan.size += added;
  }
}

/**
 * Which nodes a big neighbourhood shows one by one and which it folds into groups. Past `budget`
 * drawn nodes, kinds are folded the most numerous first, per committee (else per kind) until about
 * SUMMARY_DRAWN remain; then the groups nearest the start are split into years while that holds.
 * Decided without regard to what the visitor opened, so opening a group changes no other group and
 * shows exactly its count.
 */
export function planSummary(data: ElementsT, protect: ReadonlySet<string>, facets: Facets, budget: number): Plan {
  const total = data.nodes.reduce((s, n) => s + units(n), 0);
  if (total <= budget) return { groupOf: new Map(), groups: [] };
  const target = Math.min(budget, SUMMARY_DRAWN);
  const foldable = data.nodes.filter((n) => !protect.has(n.data.id));
  const kinds = new Map<string, Node[]>();
  for (const n of foldable) {
    const list = kinds.get(n.data.kind);
    if (list) list.push(n);
    else kinds.set(n.data.kind, [n]);
  }
  const byCount = [...kinds].sort(([ka, a], [kb, b]) => b.length - a.length || (ka < kb ? -1 : 1));
  let plan = foldKinds(byCount, facets, 1, total, target);
  if (plan.size > target) plan = foldKinds(byCount, facets, 2, total, target);
  refineByYear(plan, data, protect, facets, target);
  return { groupOf: plan.groupOf, groups: plan.groups };
}

/**
 * The neighbourhood as drawn: the members of each closed group replaced by the group, their edges
 * redirected to it and merged (with `count`); the members of an `open` group shown, each naming
 * it (`group`), so the panel and the tests can tell what opening it showed.
 */
export function applySummary(data: ElementsT, plan: Plan, open: ReadonlySet<string>): ElementsT {
  if (!plan.groups.length) return data;
  const closed = (id: string) => {
    const g = plan.groupOf.get(id);
    return g && !open.has(g.id) ? g : undefined;
  };
  const nodes: Node[] = [];
  for (const n of data.nodes) {
    const g = plan.groupOf.get(n.data.id);
    if (!g) nodes.push(n);
    else if (open.has(g.id)) nodes.push({ ...n, data: { ...n.data, group: g.id } });
  }
  const edges = new Map<string, Edge>();
  for (const e of data.edges) {
    const gs = closed(e.data.source);
    const gt = closed(e.data.target);
    if (!gs && !gt) {
      edges.set(`${edges.size}`, e);
      continue;
    }
    const source = gs?.id ?? e.data.source;
    const target = gt?.id ?? e.data.target;
    if (source === target) continue;
    // One edge per type between a group and another node: the count says how many it stands for.
    const key = `${e.data.type}|${source}|${target}`;
    const merged = edges.get(key);
    const sourceCount = Number(e.data.sourceCount ?? 1);
    if (merged)
      merged.data = {
        ...merged.data,
        count: Number(merged.data.count) + 1,
        sourceCount: Number(merged.data.sourceCount) + sourceCount,
      };
    else edges.set(key, { group: 'edges', data: { source, target, type: e.data.type, count: 1, sourceCount } });
  }
  return {
    ...data,
    nodes,
    edges: [...edges.values()],
    groups: plan.groups.map((g) => (open.has(g.id) ? { ...g, open: true } : g)),
  };
}

/** Ids that stay single: the start nodes, and the neighbours of a start that has few. */
export function protectedIds(data: ElementsT, starts: readonly string[]): Set<string> {
  const keep = new Set(starts);
  for (const s of starts) {
    const around = new Set<string>();
    for (const e of data.edges)
      if (e.data.source === s) around.add(e.data.target);
      else if (e.data.target === s) around.add(e.data.source);
    if (around.size <= KEEP_NEIGHBOURS) for (const id of around) keep.add(id);
  }
  return keep;
}
