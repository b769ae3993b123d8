import {
  EXPLORABLE_KINDS,
  edgeId,
  ExplorableRel,
  START_ONLY_RELS,
  parseNodeId,
  type ElementsT,
  type FoldedSetT,
  type NeighbourhoodQueryT,
} from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { nodeElement, primaryLabel, publicId, type RawNode } from '../../graph/present.js';
import { stable } from '../../graph/stableOrder.js';
import { NotFoundError } from '../../http/problem.js';
import { FOLD_ABOVE, planFold, type Leaf } from './fold.js';
import { findNodes, nodeProps, omittedBy, relProps, step, type Hop } from './queries.js';

type Edge = ElementsT['edges'][number];

/** Provenance and bookkeeping a relationship carries that an edge does not show. */
function edgeProps(r: Record<string, unknown>) {
  const {
    doc: _doc,
    lineStart: _ls,
    lineEnd: _le,
    quote: _q,
    sources: _s,
    sourceCount,
    sourceIds: _ids,
    rank: _rank,
    k: _k,
    derived: _d,
    ...props
  } = r;
  return { props, sourceCount: Number(sourceCount ?? 0) };
}

/**
 * The neighbourhood of the start nodes, breadth first up to `depth` steps. Each step reads ids
 * first, then the properties of what the answer keeps. When the last step would make the answer
 * bigger than FOLD_ABOVE nodes, its nodes are folded into groups by parent (see planFold) before
 * their properties are read, and sent as counts on that parent; what the visitor opened is never
 * folded.
 */
export async function explore(
  executor: Executor,
  q: NeighbourhoodQueryT,
  opts: { foldAbove?: number } = {},
): Promise<ElementsT> {
  const starts = await findNodes(executor, q.ids.map(parseNodeId));
  const missing = starts.filter((s) => !s.element);
  if (missing.length)
    throw new NotFoundError(`Unknown id(s): ${missing.map((m) => `${m.ref.label}:${m.ref.key}`).join(', ')}`);

  const nodes = new Map<string, ElementsT['nodes'][number]>();
  const byElement = new Map<string, string>();
  for (const s of starts) {
    const el = nodeElement({ labels: s.labels!, props: s.props! });
    nodes.set(el.data.id, el);
    byElement.set(s.element!, el.data.id);
  }
  const startIds = new Set(nodes.keys());
  const edges = new Map<string, { el: Edge; sourceCount: number }>();
  const filters = { ...q, kinds: q.kinds ?? [...EXPLORABLE_KINDS], rels: q.rels ?? [...ExplorableRel.options] };
  // Named in `rels`, a start-only type is followed everywhere: the visitor asked for it.
  const only = { rels: q.rels ? [] : [...START_ONLY_RELS], starts: new Set(starts.map((s) => s.element!)) };
  const omitted = new Map<string, number>();
  const expanded = new Set<string>();
  const folded = new Map<string, FoldedSetT[]>();
  let frontier = starts.map((s) => s.element!);
  let truncated = false;
  for (let depth = 1; depth <= q.depth && frontier.length && !truncated; depth++) {
    const cap = q.limit * 4;
    const [hops, left] = await Promise.all([
      step(executor, frontier, filters, cap, new Set(byElement.keys()), only),
      omittedBy(executor, frontier, filters.kinds, only, expanded),
    ]);
    for (const f of frontier) expanded.add(f);
    for (const o of left) omitted.set(o.type, (omitted.get(o.type) ?? 0) + o.count);
    if (hops.length >= cap) truncated = true;

    // The nodes this step reached, each with the hop that first reached it.
    const firstHop = new Map<string, Hop>();
    const kindOf = new Map<string, string>();
    for (const h of hops)
      if (!byElement.has(h.b) && !firstHop.has(h.b)) {
        firstHop.set(h.b, h);
        kindOf.set(h.b, primaryLabel(h.labels ?? []) ?? '');
      }
    const parentOf = (h: Hop) => byElement.get(frontier[h.i]!)!;
    const folding =
      depth === q.depth && q.fold === 'auto'
        ? planFold(
            hops.flatMap((h): Leaf[] =>
              firstHop.has(h.b) && !startIds.has(parentOf(h))
                ? [
                    {
                      id: h.b,
                      parent: parentOf(h),
                      type: h.type,
                      outgoing: h.outgoing,
                      kind: kindOf.get(h.b)!,
                    },
                  ]
                : [],
            ),
            nodes.size + firstHop.size,
            opts.foldAbove ?? FOLD_ABOVE,
          )
        : planFold([], 0);
    // The others join the answer, the first met first, up to the limit.
    const fresh: string[] = [];
    for (const b of firstHop.keys()) {
      if (folding.groupOf.has(b)) continue;
      // A group counts as one node of the answer.
      if (nodes.size + folding.groups.length + fresh.length >= q.limit) {
        truncated = true;
        continue;
      }
      fresh.push(b);
    }
    const joining = new Set(fresh);
    const kept = hops.filter((h) => byElement.has(h.b) || joining.has(h.b));
    const [props, rprops] = await Promise.all([
      nodeProps(executor, fresh),
      relProps(
        executor,
        kept.map((h) => h.rel),
      ),
    ]);
    const next: string[] = [];
    for (const b of fresh) {
      const p = props.get(b);
      if (!p) continue; // deleted since the step met it
      const raw: RawNode = { labels: firstHop.get(b)!.labels ?? [], props: p };
      const id = publicId(raw);
      if (!nodes.has(id)) {
        nodes.set(id, nodeElement(raw));
        next.push(b);
      }
      byElement.set(b, id);
    }
    for (const h of kept) {
      const id = byElement.get(h.b);
      const r = rprops.get(h.rel);
      if (!id || !r) continue;
      const a = parentOf(h);
      const [source, target] = h.outgoing ? [a, id] : [id, a];
      const { props: p, sourceCount } = edgeProps(r);
      const eid = edgeId({ ...p, type: h.type, source, target });
      // Parallel relationships of one fact (other `k`) merge into one edge; their sources are
      // counted here and listed by GET /api/edges/sources when the edge is opened.
      const entry = edges.get(eid) ?? {
        el: {
          group: 'edges' as const,
          data: { ...p, source, target, type: h.type },
        },
        sourceCount: 0,
      };
      entry.sourceCount += sourceCount;
      edges.set(eid, entry);
    }
    // A folded set is sent as a count on the node that reached it (`folded` in its data), not as its
    // nodes: the client draws it as a group that opens on demand. A folded node also reached from
    // a node whose own set was not folded is simply not drawn there (it is counted in its group).
    for (const g of folding.groups) {
      const sets = folded.get(g.parent) ?? [];
      sets.push({ kind: g.kind, rel: g.type, outgoing: g.outgoing, count: g.count });
      folded.set(g.parent, sets);
    }
    frontier = next;
  }
  for (const [id, sets] of folded) {
    const n = nodes.get(id);
    if (!n) continue;
    nodes.set(id, { ...n, data: { ...n.data, folded: stable(sets, (f) => [f.rel, f.kind, String(f.outgoing)]) } });
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()]
      .filter((e) => nodes.has(e.el.data.source) && nodes.has(e.el.data.target))
      .map((e) => ({ ...e.el, data: { ...e.el.data, sourceCount: e.sourceCount } })),
    truncated,
    ...(omitted.size && { omitted: [...omitted].map(([type, count]) => ({ type, count })) }),
  };
}
