import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

/** OpenAPI entries of GET /api/exports/view and /api/exports/graph (server/routes/exports). */
export function registerExportPaths(
  registry: OpenAPIRegistry,
  errors: Record<number, unknown>,
  neighbourhoodQuery: z.ZodObject,
) {
  const problems = errors as Record<number, { description: string }>;
  registry.registerPath({
    method: 'get',
    path: '/api/exports/view',
    summary: 'GEXF 1.3 or GraphML of a neighbourhood (the same parameters as /api/neighbourhood)',
    description:
      'Nodes and edges with kind, category, committee, dates, weight and provenance (file:lines and document ids) as declared attributes, for Gephi and Gephi Lite. Not folded unless fold=auto.',
    request: {
      query: neighbourhoodQuery.extend({
        format: z.enum(['gexf', 'graphml']),
        fold: z.enum(['auto', 'none']).optional(),
      }),
    },
    responses: {
      200: {
        description: 'The graph file; Content-Disposition names it',
        content: {
          'application/gexf+xml': { schema: z.string() },
          'application/graphml+xml': { schema: z.string() },
        },
      },
      ...problems,
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/exports/graph',
    summary: 'The whole graph, streamed: GEXF 1.3, GraphML, FollowTheMoney JSON lines or a CSV bundle (zip)',
    description:
      "gexf/graphml: every node and relationship but the documents' passages, with provenance attributes. ftm: PublicBody, Organization, Person, Membership (startDate/endDate), Event (meetings) and Pages/Document entities, one JSON object per line, provenance in proof, notes and sourceUrl. csv: a zip of documents, nodes, edges and their provenance tables with a Frictionless datapackage.json.",
    request: { query: z.object({ format: z.enum(['gexf', 'graphml', 'ftm', 'csv']) }) },
    responses: {
      200: {
        description: 'The export; Content-Disposition names the file',
        content: {
          'application/gexf+xml': { schema: z.string() },
          'application/graphml+xml': { schema: z.string() },
          'application/x-ndjson': { schema: z.string() },
          'application/zip': { schema: z.string().meta({ format: 'binary' }) },
        },
      },
      ...problems,
    },
  });
}
