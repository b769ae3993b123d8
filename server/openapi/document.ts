import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import * as api from '../../graph/api/index.js';
import { EntityParams } from '../routes/entities/entities.js';
import { MeetingParams } from '../routes/meetings/meetings.js';
import { registerStrategyPaths } from './strategy.js';

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with and the
 * client renders from. Query schemas with list transforms are described by their input shape.
 */
const csvParam = (description: string) => z.string().optional().meta({ description });

const Health = z
  .object({
    status: z.literal('ok'),
    neo4j: z.object({ version: z.string(), edition: z.string(), address: z.string() }),
    nodes: z.record(z.string(), z.number()),
  })
  .meta({ id: 'Health' });

export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry();
  const problem = {
    description: 'Problem details',
    content: { 'application/problem+json': { schema: api.ProblemSchema } },
  };
  const errors = { 400: problem, 404: problem, 429: problem, 503: problem };
  const ok = (schema: z.ZodType, description: string) => ({
    200: { description, content: { 'application/json': { schema } } },
    ...errors,
  });
  const filters = {
    kinds: csvParam(`Comma-separated node kinds: ${api.EXPLORABLE_KINDS.join(', ')}`),
    rels: csvParam(`Comma-separated relationship types: ${api.ExplorableRel.options.join(', ')}`),
    committee: z.string().optional().meta({ description: 'Committee key, e.g. NUIT' }),
    from: z.string().optional().meta({ description: 'Earliest date, YYYY-MM-DD' }),
    to: z.string().optional().meta({ description: 'Latest date, YYYY-MM-DD' }),
    topic: z.string().optional().meta({ description: 'Topic key, e.g. ehds' }),
  };

  registry.registerPath({
    method: 'get',
    path: '/api/health',
    summary: 'Neo4j version and node counts by label',
    responses: ok(Health, 'Healthy'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/live',
    summary: 'Liveness',
    responses: {
      200: {
        description: 'The process is up',
        content: { 'application/json': { schema: z.object({ live: z.boolean() }) } },
      },
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/ready',
    summary: 'Readiness: false while Neo4j is unreachable',
    responses: {
      200: { description: 'Ready', content: { 'application/json': { schema: z.object({ ready: z.boolean() }) } } },
      503: {
        description: 'Neo4j unreachable',
        content: { 'application/json': { schema: z.object({ ready: z.boolean() }) } },
      },
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search (Norwegian analyzer, typo- and acronym-tolerant)',
    request: {
      query: z.object({
        q: z.string().meta({ description: 'What to look for' }),
        kinds: filters.kinds,
        limit: z.number().int().min(1).max(50).optional(),
      }),
    },
    responses: ok(api.SearchResult, 'Ranked hits'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/entities/{id}',
    summary: 'One node: properties, relationship counts, sources',
    request: { params: EntityParams },
    responses: ok(api.Entity, 'The entity'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/neighbourhood',
    summary: 'Cytoscape elements around nodes',
    request: {
      query: z.object({
        ids: z.string().meta({ description: 'Comma-separated node ids' }),
        depth: z.number().int().min(1).max(3).optional(),
        limit: z.number().int().min(1).max(2000).optional(),
        ...filters,
      }),
    },
    responses: ok(api.Elements, 'Nodes and edges; truncated when capped'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/paths',
    summary: 'Shortest paths between two entities, told in words',
    request: {
      query: z.object({
        from: api.NodeId,
        to: api.NodeId,
        maxLength: z.number().int().min(1).max(8).optional(),
        limit: z.number().int().min(1).max(10).optional(),
      }),
    },
    responses: ok(api.PathResult, 'Paths'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/flow',
    summary: 'How a topic or case moves between committees',
    request: { query: z.object({ topic: z.string().optional(), case: z.string().optional() }) },
    responses: ok(api.Flow, 'Cases by committee and date, with links'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/matrix',
    summary: 'Statements per organisation and topic',
    request: { query: api.MatrixQuery },
    responses: ok(api.Matrix, 'Matrix cells with statement ids'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/topics/dependencies',
    summary: 'Topics linked by shared cases',
    request: { query: z.object({ minWeight: z.number().int().min(1).optional() }) },
    responses: ok(api.Dependencies, 'Weighted topic links'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/meetings',
    summary: 'Meetings, newest first',
    request: { query: api.MeetingListQuery },
    responses: ok(api.MeetingList, 'Meetings'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/meetings/{id}',
    summary: 'A meeting: agenda in order, attendance, decisions, action items',
    request: { params: MeetingParams },
    responses: ok(api.MeetingDetail, 'The meeting'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/glossary',
    summary: 'Acronyms and organisations',
    responses: ok(api.Glossary, 'Glossary'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/whoswho',
    summary: 'People of each committee with their organisation',
    request: { query: api.WhosWhoQuery },
    responses: ok(api.WhosWho, "Who's who"),
  });
  registerStrategyPaths(registry, ok);

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Sakskart API',
      version: '1.0.0',
      description: 'Read-only explorer API over the Sakskart knowledge graph of Norwegian e-health governance.',
    },
    servers: [{ url: '/' }],
  });
}
