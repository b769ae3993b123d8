import { Router, type Request } from 'express';
import { z } from 'zod';
import { NeighbourhoodQuery } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { validate } from '../../http/validate.js';
import { explore } from '../neighbourhood/explore.js';
import { gexfWriter, type GraphMeta } from './gexf.js';
import { graphmlWriter } from './graphml.js';
import { exportDocuments, viewGraph } from './queries.js';
import { csvExport, ftmExport, graphExport } from './run.js';
import { attachment, responseSink, slug } from './stream.js';

/** The view's export: the neighbourhood request's own parameters, unfolded unless asked. */
export const ViewExportQuery = NeighbourhoodQuery.extend({
  format: z.enum(['gexf', 'graphml']),
  fold: z.enum(['auto', 'none']).default('none'),
});
export const GraphExportQuery = z.object({ format: z.enum(['gexf', 'graphml', 'ftm', 'csv']) });

const TYPES = {
  gexf: { type: 'application/gexf+xml; charset=utf-8', ext: 'gexf' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', ext: 'graphml' },
  ftm: { type: 'application/x-ndjson; charset=utf-8', ext: 'ftm.json' },
  csv: { type: 'application/zip', ext: 'zip' },
} as const;

const WRITERS = { gexf: gexfWriter, graphml: graphmlWriter };
const today = () => new Date().toISOString().slice(0, 10);

/** The origin people reach the app at, for links back into the source viewer. */
const origin = (req: Request) => `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`;

/**
 * GET /api/exports/view (GEXF/GraphML of a neighbourhood) and /api/exports/graph (the whole graph
 * as GEXF, GraphML, FollowTheMoney JSON lines or a CSV bundle with datapackage.json). Errors before
 * the first byte are problem+json; a failure mid-stream cuts the download (no valid end tag).
 */
export function exportsRouter(executor: Executor): Router {
  const router = Router();
  router.get('/exports/view', async (req, res) => {
    const q = validate(ViewExportQuery, req.query);
    const { format, ...nq } = q;
    const [elements, docs] = await Promise.all([explore(executor, nq), exportDocuments(executor)]);
    const graph = await viewGraph(executor, elements, docs);
    const meta: GraphMeta = {
      description: `Utsnitt rundt ${q.ids.join(', ')} (dybde ${q.depth})${elements.truncated ? ', avkortet' : ''}`,
      date: today(),
    };
    res.type(TYPES[format].type);
    res.set('Content-Disposition', attachment(`sakskart-utsnitt-${slug(q.ids[0]!)}-${meta.date}.${TYPES[format].ext}`));
    let out = '';
    const w = WRITERS[format]((c) => (out += c), meta);
    w.nodes(graph.nodes);
    w.edges(graph.edges);
    w.end();
    res.send(out);
  });
  router.get('/exports/graph', async (req, res) => {
    const { format } = validate(GraphExportQuery, req.query);
    // Read before the first byte: an unreachable database is still a 503 problem, not a cut file.
    const docs = await exportDocuments(executor);
    const date = today();
    res.type(TYPES[format].type);
    res.set('Content-Disposition', attachment(`sakskart-graf-${date}.${TYPES[format].ext}`));
    const sink = responseSink(res);
    try {
      if (format === 'ftm') await ftmExport(executor, docs, { baseUrl: origin(req) }, sink);
      else if (format === 'csv') await csvExport(executor, docs, date, sink);
      else await graphExport(executor, docs, WRITERS[format], { description: 'Hele grafen', date }, sink);
      res.end();
    } catch (err) {
      req.log?.error({ err }, 'export stopped');
      res.destroy(err as Error);
    }
  });
  return router;
}
