import type { Request, Response } from 'express';
import { EdgeSources, EdgeSourcesQuery, parseNodeId, type EdgeSourcesT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { NODE_LABELS } from '../../../graph/schema/index.js';
import { rankOf } from '../../../seed/write/contributions.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { documentNames } from './queries.js';

/** Sources listed per answer; `total` says how many there are in all. */
const MAX_SOURCES = 200;

interface StoredSource {
  doc: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
  date?: string | null;
  kind?: string;
}

/**
 * GET /api/edges/sources: every document that states the edge between two nodes (all parallel
 * relationships of the type), the most authoritative first. Neighbourhood answers carry only the
 * count, so a big graph stays small; the details panel asks here when an edge is opened. Labels
 * and the relationship type come from the schema (validated), never from the request text.
 */
export function edgeSourcesHandler(executor: Executor) {
  return async (req: Request, res: Response) => {
    const q = validate(EdgeSourcesQuery, req.query);
    const a = parseNodeId(q.source);
    const b = parseNodeId(q.target);
    const body = await consistentBody(
      EdgeSources,
      async (): Promise<EdgeSourcesT> => {
        const rows = await executor.read(
          `MATCH (a:${a.label} {${NODE_LABELS[a.label].key}: $a})-[r:${q.type}]->(b:${b.label} {${NODE_LABELS[b.label].key}: $b})
           WHERE $kind IS NULL OR r.kind = $kind OR r.status = $kind
           RETURN r.sources AS sources, r.doc AS doc, r.lineStart AS lineStart, r.lineEnd AS lineEnd, r.quote AS quote`,
          { a: a.key, b: b.key, kind: q.kind ?? null },
          'edge-sources',
        );
        const seen = new Set<string>();
        const all: StoredSource[] = [];
        for (const r of rows) {
          const stated = Array.isArray(r.sources)
            ? (r.sources as string[]).map((s) => JSON.parse(s) as StoredSource)
            : r.doc
              ? [
                  {
                    doc: String(r.doc),
                    lineStart: Number(r.lineStart),
                    lineEnd: Number(r.lineEnd),
                    quote: String(r.quote ?? ''),
                  },
                ]
              : [];
          for (const s of stated) {
            const id = `${s.doc}\u0000${s.lineStart}`;
            if (seen.has(id)) continue;
            seen.add(id);
            all.push(s);
          }
        }
        const rank = (s: StoredSource) => rankOf({ docDate: s.date, docKind: s.kind ?? 'x', docId: s.doc });
        const shown = all.sort((x, y) => rank(y).localeCompare(rank(x))).slice(0, MAX_SOURCES);
        const docs = await documentNames(executor, [...new Set(shown.map((s) => s.doc))]);
        return {
          total: all.length,
          sources: shown.map((s) => ({
            document: docs.get(s.doc)?.name ?? s.doc,
            docId: s.doc,
            file: docs.get(s.doc)?.file ?? '',
            kind: s.kind ?? '',
            lineStart: Number(s.lineStart),
            lineEnd: Number(s.lineEnd),
            quote: String(s.quote ?? ''),
          })),
        };
      },
      req.log,
    );
    res.json(body);
  };
}
