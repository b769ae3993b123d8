import { Router } from 'express';
import {
  Elements,
  EXPLORABLE_KINDS,
  ExplorableRel,
  NeighbourhoodQuery,
  START_ONLY_RELS,
  parseNodeId,
  type ElementsT,
} from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { nodeElement, publicId, type RawNode } from '../../graph/present.js';
import { NotFoundError } from '../../http/problem.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { edgeSourcesHandler } from './edgeSources.js';
import { EDGE_LABELS, edgeId } from './edges.js';
import { findNodes, nodeProps, omittedBy, relProps, step } from './queries.js';

export function neighbourhoodRouter(executor: Executor): Router {
  const router = Router();
  router.get('/neighbourhood', async (req, res) => {
    const q = validate(NeighbourhoodQuery, req.query);
    const body = await consistentBody(
      Elements,
      async () => {
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
        const edges = new Map<string, { el: ElementsT['edges'][number]; sourceCount: number }>();
        const filters = {
          ...q,
          kinds: q.kinds ?? [...EXPLORABLE_KINDS],
          rels: q.rels ?? [...ExplorableRel.options],
        };
        // Named in `rels`, a start-only type is followed everywhere: the visitor asked for it.
        const only = {
          rels: q.rels ? [] : [...START_ONLY_RELS],
          starts: new Set(starts.map((s) => s.element!)),
        };
        const omitted = new Map<string, number>();
        const expanded = new Set<string>();
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
          // The nodes reached that join the answer: the first met, up to the limit.
          const fresh: string[] = [];
          const joining = new Set<string>();
          const labelsOf = new Map<string, string[]>();
          for (const h of hops) {
            if (h.labels) labelsOf.set(h.b, h.labels);
            if (byElement.has(h.b) || joining.has(h.b)) continue;
            if (nodes.size + fresh.length >= q.limit) {
              truncated = true;
              continue;
            }
            joining.add(h.b);
            fresh.push(h.b);
          }
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
            const raw: RawNode = { labels: labelsOf.get(b) ?? [], props: p };
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
            const a = byElement.get(frontier[h.i]!)!;
            const [source, target] = h.outgoing ? [a, id] : [id, a];
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
            const eid = edgeId(h.type, source, target, props.kind ?? props.status);
            // Parallel relationships of one fact (other `k`) merge into one edge; their sources are
            // counted here and listed by GET /api/edges/sources when the edge is opened.
            const entry = edges.get(eid) ?? {
              el: {
                group: 'edges' as const,
                data: {
                  ...props,
                  id: eid,
                  source,
                  target,
                  type: h.type,
                  label: String(props.kind ?? EDGE_LABELS[h.type] ?? h.type),
                },
              },
              sourceCount: 0,
            };
            entry.sourceCount += Number(sourceCount ?? 0);
            edges.set(eid, entry);
          }
          frontier = next;
        }
        const body: ElementsT = {
          nodes: [...nodes.values()],
          edges: [...edges.values()]
            .filter((e) => nodes.has(e.el.data.source) && nodes.has(e.el.data.target))
            .map((e) => ({ ...e.el, data: { ...e.el.data, sourceCount: e.sourceCount } })),
          truncated,
          ...(omitted.size && { omitted: [...omitted].map(([type, count]) => ({ type, count })) }),
        };
        return body;
      },
      req.log,
    );
    res.json(body);
  });
  router.get('/edges/sources', edgeSourcesHandler(executor));
  return router;
}
