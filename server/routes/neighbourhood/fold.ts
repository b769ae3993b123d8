/**
 * Above this many nodes a neighbourhood folds its outermost nodes into groups: about what a
 * canvas shows with legible labels, and an answer of a few hundred kB at most.
 */
export const FOLD_ABOVE = 300;
/** Fewer siblings than this are drawn one by one: a group of two saves nothing worth the click. */
export const FOLD_MIN = 3;

/**
 * A node the last step reached from `parent` (a node shown, not a start node) over `type`, in
 * the relationship's direction (`outgoing`: from the parent); a node reached from several parents
 * is one leaf per parent.
 */
export interface Leaf {
  id: string;
  parent: string;
  type: string;
  outgoing: boolean;
  kind: string;
}

// Direction is part of a set: a case's earlier and later linked cases are two groups, each drawn
// with its own arrow.
export const foldKey = (l: Omit<Leaf, 'id'>) => `${l.kind}@${l.parent}/${l.type}/${l.outgoing ? 'out' : 'in'}`;

export interface FoldGroup {
  /** foldKey of the set. */
  key: string;
  kind: string;
  parent: string;
  type: string;
  outgoing: boolean;
  count: number;
}

/**
 * Which outermost nodes to fold, and into which groups: one group per parent, relationship type
 * and kind ("NUIT 2013-08-19: 7 cases"), the biggest sets first, until the answer (`total` nodes)
 * has at most `budget`. A group counts every node its parent reaches that way, also one that is
 * in an earlier group too (a case treated at two meetings); such a node belongs to (`groupOf`)
 * the first. Decided on ids alone, before any property is read, so folded nodes cost the server
 * one row each and the answer nothing but their group's count.
 */
export function planFold(
  leaves: Leaf[],
  total: number,
  budget = FOLD_ABOVE,
): { groupOf: Map<string, FoldGroup>; groups: FoldGroup[] } {
  const groupOf = new Map<string, FoldGroup>();
  const groups: FoldGroup[] = [];
  if (total <= budget) return { groupOf, groups };
  const sets = new Map<string, Leaf[]>();
  const seen = new Set<string>();
  for (const l of leaves) {
    const key = foldKey(l);
    if (seen.has(`${key}|${l.id}`)) continue;
    seen.add(`${key}|${l.id}`);
    const set = sets.get(key);
    if (set) set.push(l);
    else sets.set(key, [l]);
  }
  const bySize = [...sets].filter(([, ls]) => ls.length >= FOLD_MIN);
  bySize.sort(([ka, a], [kb, b]) => b.length - a.length || (ka < kb ? -1 : 1));
  let size = total;
  for (const [key, members] of bySize) {
    if (size <= budget) break;
    const { kind, parent, type, outgoing } = members[0]!;
    const g: FoldGroup = { key, kind, parent, type, outgoing, count: members.length };
    groups.push(g);
    const fresh = members.filter((m) => !groupOf.has(m.id));
    for (const m of fresh) groupOf.set(m.id, g);
    size -= fresh.length - 1;
  }
  return { groupOf, groups };
}
