import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import * as api from '../../graph/api/index.js';
import { NODE_LABELS } from '../../graph/schema/index.js';
import { EntityParams } from '../routes/entities/entities.js';
import { MeetingParams } from '../routes/meetings/meetings.js';
import { registerLivingRecordPaths } from './livingRecord.js';
import { registerStrategyPaths } from './strategy.js';
import { registerActorRecordPaths } from './actorRecord.js';
import { registerMembershipPaths } from './memberships.js';
import { registerIdentityPaths } from './identity.js';
import { registerExportPaths } from './exports.js';

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with and the
 * client renders from. Query schemas with list transforms are described by their input shape.
 */
/*
 * Query values as the server reads them, with patterns a fuzzer can generate from: a list is
 * comma-separated, items trimmed, empty items skipped, at least one item. Character classes are
 * spelled out ([0-9], ' ') because \d and \s differ between regex engines.
 */
const oneOf = (values: readonly string[]) => `(?:${values.join('|')})`;
const csvParam = (values: readonly string[], description: string) =>
  z
    .string()
    .regex(new RegExp(`^(?: *,)* *${oneOf(values)} *(?:, *(?:${oneOf(values)})? *)*$`))
    .optional()
    .meta({ description });
/** Up to 20 ids; keys documented as printable characters without spaces or commas (a subset). */
const idItem = `${oneOf(Object.keys(NODE_LABELS))}:[!-+\\--~\u00c0-\u024f]{1,200}`;
const idList = z
  .string()
  .regex(new RegExp(`^${idItem}(?:,${idItem}){0,19}$`))
  .meta({
    description: 'Comma-separated node ids (at most 20), e.g. Topic:ehds,Case:NUIT-37/22',
    example: 'Topic:ehds,Case:NUIT-37/22',
  });
const text = (max: number, description: string, example?: string) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/[^\s\ufeff]/)
    .optional()
    .meta({ description, example });
const date = (description: string) =>
  z
    .string()
    .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/)
    .optional()
    .meta({ description });

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
    kinds: csvParam(api.EXPLORABLE_KINDS, `Comma-separated node kinds: ${api.EXPLORABLE_KINDS.join(', ')}`),
    rels: csvParam(
      api.ExplorableRel.options,
      `Comma-separated relationship types: ${api.ExplorableRel.options.join(', ')}`,
    ),
    committee: text(40, 'Committee key, e.g. NUIT', 'NUIT'),
    from: date('Earliest date, YYYY-MM-DD'),
    to: date('Latest date, YYYY-MM-DD'),
    topic: text(60, 'Topic key, e.g. ehds', 'ehds'),
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
    summary: 'Liveness: the process serves requests (false only when restarts of the local Neo4j gave up)',
    responses: {
      200: {
        description: 'The process is up',
        content: { 'application/json': { schema: z.object({ live: z.boolean() }) } },
      },
      503: {
        description: 'Restarting the local Neo4j failed repeatedly; restart Sakskart',
        content: {
          'application/json': {
            schema: z.object({ live: z.boolean(), neo4j: z.string(), reason: z.string() }),
          },
        },
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
        description: 'Neo4j unreachable (down or being restarted)',
        content: {
          'application/json': { schema: z.object({ ready: z.boolean(), neo4j: z.string().optional() }) },
        },
      },
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search (Norwegian analyzer, typo- and acronym-tolerant)',
    request: {
      query: z.object({
        q: z
          .string()
          .min(1)
          .max(200)
          .regex(/[^\s\ufeff]/)
          .meta({ description: 'What to look for' }),
        kinds: filters.kinds,
        limit: z.number().int().min(1).max(50).optional(),
        stance: api.StanceParam.meta({
          description: 'Only statements of these stances (comma-separated); hits of other kinds are left out',
        }),
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
        ids: idList,
        depth: z.number().int().min(1).max(3).optional(),
        limit: z.number().int().min(1).max(2000).optional(),
        fold: z.enum(['auto', 'none']).optional(),
        ...filters,
      }),
    },
    responses: ok(
      api.Elements,
      'Nodes and edges (each with the count of its sources); truncated when capped. Attendance (ATTENDED) is followed only from or to the given ids unless `rels` names it; what was left out is counted in `omitted`. Past 300 nodes (unless fold=none) the nodes of the last step are folded: not sent, but counted per kind, relationship and direction in `folded` of the node that reached them (their anchor), and shown by asking for the neighbourhood of that anchor.. Past 150 drawn nodes (unless fold=none) it comes as a summary: nodes of one kind and committee-year, organisation (people) or topic (statements) are sent as `groups` (each with its count) instead of as nodes, their edges leading to the group id with `count`; `open` lists groups to send one by one (each member names its group in `group`); the start nodes, and the neighbours of a start with at most 40, are never folded Edges come without id and label (see EdgeElement)',
    ),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/edges/sources',
    summary: 'The documents that state an edge of a neighbourhood, the most authoritative first',
    request: { query: api.EdgeSourcesQuery },
    responses: ok(api.EdgeSources, 'Sources (at most 200) and their total'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/paths',
    summary: 'Shortest paths between two entities, told in words',
    request: {
      query: z.object({
        from: api.NodeId.meta({ example: 'Organization:ks' }),
        to: api.NodeId.meta({ example: 'Topic:ehds' }),
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
    description:
      'Give exactly one of topic or case. Cases come in date order, `limit` per page; `nextCursor` of an ' +
      'answer asks for the next page, `total` counts the cases of every page. A link comes with the page ' +
      'of its later case, planned treatments and meeting references with the page of the case that makes them.',
    request: {
      query: z.object({
        topic: text(60, 'Topic key, e.g. ehds', 'ehds'),
        case: text(60, 'Case id, e.g. NUIT-37/22', 'NUIT-37/22'),
        role: z.enum(['main', 'any']).optional().meta({ description: 'Topic as main subject only, or any mention' }),
        from: z
          .string()
          .optional()
          .meta({ description: 'Only cases treated on or after this date', example: '2019-01-01' }),
        to: z
          .string()
          .optional()
          .meta({ description: 'Only cases treated on or before this date', example: '2022-12-31' }),
        committees: z
          .string()
          .optional()
          .meta({ description: 'Only these committees (keys, comma separated)', example: 'NUFA,NUIT' }),
        limit: z.number().int().min(1).max(500).optional().meta({ description: 'Cases per page (default 100)' }),
        cursor: z.string().optional().meta({ description: 'nextCursor of the previous page' }),
      }),
    },
    responses: ok(api.Flow, 'Cases by committee and date, with links, planned treatments and meetings referred to'),
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
    request: { query: z.object({ minWeight: z.number().int().min(1).max(100).optional() }) },
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
  registerLivingRecordPaths(registry, errors);
  registerStrategyPaths(registry, ok);
  registerActorRecordPaths(registry, ok);
  registerMembershipPaths(registry, ok);
  registerIdentityPaths(registry, ok);
  registerExportPaths(
    registry,
    errors,
    z.object({
      ids: idList,
      depth: z.number().int().min(1).max(3).optional(),
      limit: z.number().int().min(1).max(2000).optional(),
      ...filters,
    }),
  );

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
