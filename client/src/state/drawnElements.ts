import { edgeId } from '../../../graph/api/edgeId.js';
import type { ElementsT } from '../../../graph/api/responses.js';
import type { StanceT } from '../../../graph/schema/nodes.js';

/*
 * A neighbourhood as the canvas draws it. The API sends edges without id and label (both follow
 * from type, ends and kind: a third of a big answer's bytes) and folded nodes as counts on the node
 * that reached them; here edges get their id and a label in the reader's language, and each count
 * becomes a group node hanging on that node.
 */

type WireEdge = ElementsT['edges'][number];
export type DrawnNode = ElementsT['nodes'][number];
export interface DrawnEdge {
  group: 'edges';
  data: WireEdge['data'] & { id: string; label: string };
}
export interface DrawnElements {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  truncated: boolean;
  omitted?: ElementsT['omitted'];
  /** The summary groups of a big neighbourhood, open ones too (see GET /api/neighbourhood). */
  summary?: ElementsT['groups'];
}

export const GROUP_PREFIX = 'Group:';

type EdgeLabel = (type: string, kind?: unknown) => string;
/** `stance`: a group of statements of one stance, named by it ("EHDS: 12 bekymringer"). */
export type GroupLabel = (memberKind: string, count: number, anchorLabel: string, stance?: StanceT) => string;
/** "NUIT 2019: 78 saker", or "15 temaer" for a group of one kind alone. */
const summaryLabel = (
  label: string | null,
  memberKind: string,
  count: number,
  groupLabel: GroupLabel,
  stance?: StanceT,
) =>
  label ? groupLabel(memberKind, count, label, stance) : groupLabel(memberKind, count, '', stance).replace(/^: /, '');

/** The id of the group standing for what `anchor` reaches of `kind` over `rel`, in one direction. */
const serverGroupId = (kind: string, anchor: string, rel: string, outgoing: boolean) =>
  `${GROUP_PREFIX}${kind}@${anchor}/${rel}/${outgoing ? 'out' : 'in'}`;

export function drawable(data: ElementsT, edgeLabel: EdgeLabel, groupLabel: GroupLabel): DrawnElements {
  const edges: DrawnEdge[] = data.edges.map((e) => ({
    group: 'edges',
    data: { ...e.data, id: edgeId(e.data), label: edgeLabel(e.data.type, e.data.kind) },
  }));
  const nodes: DrawnNode[] = [...data.nodes];
  for (const n of data.nodes)
    for (const f of n.data.folded ?? []) {
      const id = serverGroupId(f.kind, n.data.id, f.rel, f.outgoing);
      nodes.push({
        group: 'nodes',
        data: {
          id,
          kind: 'Group',
          label: groupLabel(f.kind, f.count, n.data.label),
          memberKind: f.kind,
          count: f.count,
          anchor: n.data.id,
          rel: f.rel,
        },
      });
      const [source, target] = f.outgoing ? [n.data.id, id] : [id, n.data.id];
      edges.push({
        group: 'edges',
        data: {
          id: edgeId({ type: f.rel, source, target }),
          source,
          target,
          type: f.rel,
          label: edgeLabel(f.rel),
          count: f.count,
        },
      });
    }
  // A summary group is drawn as a node with the group's id; the answer's edges already lead to it.
  for (const g of data.groups ?? [])
    if (!g.open)
      nodes.push({
        group: 'nodes',
        data: {
          id: g.id,
          kind: 'Group',
          label: summaryLabel(g.label, g.kind, g.count, groupLabel, g.stance),
          memberKind: g.kind,
          count: g.count,
          ...(g.stance && { stance: g.stance }),
          summary: true,
        },
      });
  return {
    nodes,
    edges,
    truncated: data.truncated,
    ...(data.omitted && { omitted: data.omitted }),
    ...(data.groups && { summary: data.groups }),
  };
}
