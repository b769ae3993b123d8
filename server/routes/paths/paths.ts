import { Router } from 'express';
import { PathQuery, PathResult, parseNodeId, type PathResultT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { NODE_LABELS } from '../../../graph/schema/index.js';
import { nodeElement } from '../../graph/present.js';
import { NotFoundError } from '../../http/problem.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { explainPath } from './explain.js';

export function pathsRouter(executor: Executor): Router {
  const router = Router();
  router.get('/paths', async (req, res) => {
    const q = validate(PathQuery, req.query);
    const a = parseNodeId(q.from);
    const b = parseNodeId(q.to);
    // Labels come from the schema registry; the maximum length is a validated integer (Cypher
    // cannot take it as a parameter). Provenance nodes are not part of paths.
    const cypher = `
OPTIONAL MATCH (a:${a.label} {${NODE_LABELS[a.label].key}: $a})
OPTIONAL MATCH (b:${b.label} {${NODE_LABELS[b.label].key}: $b})
WITH a, b
OPTIONAL MATCH p = allShortestPaths((a)-[*..${q.maxLength}]-(b))
WHERE a <> b AND none(n IN nodes(p) WHERE n:Document OR n:Citation)
  AND none(r IN relationships(p) WHERE type(r) = 'SOURCE_OF')
WITH a, b, p LIMIT $fetch
RETURN a IS NOT NULL AS hasA, b IS NOT NULL AS hasB,
       CASE WHEN p IS NULL THEN null ELSE [n IN nodes(p) | {element: elementId(n), labels: labels(n), props: properties(n)}] END AS nodes,
       CASE WHEN p IS NULL THEN null ELSE [r IN relationships(p) | {type: type(r), start: elementId(startNode(r))}] END AS rels`;
    const body = await consistentBody(
      PathResult,
      async () => {
        const rows = await executor.read(cypher, { a: a.key, b: b.key, fetch: q.limit * 10 }, 'paths');
        if (!rows[0]?.hasA) throw new NotFoundError(`Unknown id: ${q.from}`);
        if (!rows[0]?.hasB) throw new NotFoundError(`Unknown id: ${q.to}`);
        const seen = new Set<string>();
        const body: PathResultT = { paths: [] };
        for (const row of rows) {
          if (!row.nodes || body.paths.length >= q.limit) continue;
          const ns = row.nodes as { element: string; labels: string[]; props: Record<string, unknown> }[];
          const rs = row.rels as { type: string; start: string }[];
          const els = ns.map((n) => nodeElement(n));
          const steps = rs.map((r, i) => ({
            from: els[i]!.data.id,
            to: els[i + 1]!.data.id,
            type: r.type,
            forward: r.start === ns[i]!.element,
          }));
          // The same path through parallel statements of one fact (one per document) is one path.
          const sig = steps.map((s) => `${s.from}>${s.type}>${s.to}`).join(' ');
          if (seen.has(sig)) continue;
          seen.add(sig);
          const plain = els.map((e) => ({ kind: e.data.kind, label: e.data.label }));
          body.paths.push({
            length: steps.length,
            nodes: els,
            steps,
            explanation: explainPath(plain, steps, 'en'),
            explanationNb: explainPath(plain, steps, 'nb'),
          });
        }
        return body;
      },
      req.log,
    );
    res.json(body);
  });
  return router;
}
