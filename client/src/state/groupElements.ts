import { GROUP_PREFIX, type DrawnEdge, type DrawnElements, type DrawnNode, type GroupLabel } from './drawnElements.js';

/*
 * A big neighbourhood (a committee at depth 2 holds hundreds of people and statements) is
 * unreadable as single nodes. Past a threshold, people are shown as one node per organisation
 * they represent, and statements as one node per case they were made on, each with its count;
 * a group opens on demand and then shows its members again.
 */

/** Past this many nodes (about what a 1440 px canvas shows with legible labels) groups form. */
export const GROUP_THRESHOLD = 60;

type Node = DrawnNode;
type Edge = DrawnEdge;

/** What each grouped kind is grouped by: the edge that leads to its anchor, and its direction. */
const GROUPING: Record<string, { via: string }> = {
  Person: { via: 'REPRESENTS' },
  Statement: { via: 'ON' },
};

export interface Group {
  id: string;
  memberKind: string;
  anchor: string;
  members: string[];
}

export const isGroupId = (id: string | undefined) => !!id?.startsWith(GROUP_PREFIX);

/**
 * Returns the elements to draw: members of collapsed groups replaced by their group node, their
 * edges redirected to it and merged (with `count`). Nodes in `keep` (the ones the user opened or
 * selected) and groups in `expanded` stay as they are; a group of one is not a group.
 */
export function groupElements(
  data: DrawnElements,
  opts: { expanded: ReadonlySet<string>; keep: ReadonlySet<string>; label: GroupLabel; threshold?: number },
): DrawnElements & { groups: Group[] } {
  // A summary from the server is grouped already: grouping it again would hide what a group holds.
  if (data.summary?.length || data.nodes.length <= (opts.threshold ?? GROUP_THRESHOLD)) return { ...data, groups: [] };
  const byId = new Map(data.nodes.map((n) => [n.data.id, n]));
  const members = new Map<string, Group>();
  const assigned = new Set<string>();
  for (const e of data.edges) {
    const member = byId.get(e.data.source);
    const rule = member && GROUPING[member.data.kind];
    if (!rule || e.data.type !== rule.via || !byId.has(e.data.target) || opts.keep.has(member.data.id)) continue;
    // A person representing two organisations joins the first group only (edges are in a stable order).
    if (assigned.has(member.data.id)) continue;
    assigned.add(member.data.id);
    const id = `${GROUP_PREFIX}${member.data.kind}@${e.data.target}`;
    const g = members.get(id) ?? { id, memberKind: member.data.kind, anchor: e.data.target, members: [] };
    g.members.push(member.data.id);
    members.set(id, g);
  }
  const groups = [...members.values()].filter((g) => g.members.length > 1).sort((a, b) => a.id.localeCompare(b.id));
  const groupOf = new Map<string, string>();
  for (const g of groups) if (!opts.expanded.has(g.id)) for (const m of g.members) groupOf.set(m, g.id);

  const nodes: Node[] = data.nodes.filter((n) => !groupOf.has(n.data.id));
  for (const g of groups) {
    if (opts.expanded.has(g.id)) continue;
    const anchor = byId.get(g.anchor)!;
    nodes.push({
      group: 'nodes',
      data: {
        id: g.id,
        kind: 'Group',
        label: opts.label(g.memberKind, g.members.length, anchor.data.label),
        memberKind: g.memberKind,
        count: g.members.length,
      },
    });
  }
  const edges = new Map<string, Edge>();
  for (const e of data.edges) {
    const source = groupOf.get(e.data.source) ?? e.data.source;
    const target = groupOf.get(e.data.target) ?? e.data.target;
    if (source === e.data.source && target === e.data.target) {
      edges.set(e.data.id, e);
      continue;
    }
    if (source === target) continue;
    const id = `${e.data.type}|${source}|${target}`;
    const merged = edges.get(id);
    if (merged) merged.data.count = Number(merged.data.count ?? 1) + 1;
    else
      edges.set(id, { group: 'edges', data: { id, source, target, type: e.data.type, label: e.data.label, count: 1 } });
  }
  return { ...data, nodes, edges: [...edges.values()], groups };
}

/** A group the server folded (see `fold` of GET /api/neighbourhood): opened by expanding its anchor. */
export interface ServerGroup {
  id: string;
  memberKind: string;
  count: number;
  anchor: string;
}

const asServerGroup = (n: Node): ServerGroup | undefined =>
  isGroupId(n.data.id) && typeof n.data.anchor === 'string'
    ? { id: n.data.id, memberKind: String(n.data.memberKind), count: Number(n.data.count), anchor: n.data.anchor }
    : undefined;

export function serverGroup(data: DrawnElements, id: string | undefined): ServerGroup | undefined {
  const n = id && isGroupId(id) ? data.nodes.find((x) => x.data.id === id) : undefined;
  return n && asServerGroup(n);
}
