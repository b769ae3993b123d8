import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import * as api from '../../graph/api/index.js';

/** OpenAPI entries of the documents, changes, brief and action-item routes. */
export function registerLivingRecordPaths(registry: OpenAPIRegistry, errors: Record<number, unknown>) {
  const problem = {
    description: 'Problem details',
    content: { 'application/problem+json': { schema: api.ProblemSchema } },
  };
  const ok = (schema: z.ZodType, description: string) => ({
    200: { description, content: { 'application/json': { schema } } },
    ...(errors as Record<number, typeof problem>),
  });
  const bearer = [{ adminToken: [] }];
  // The paging parameters as a client sends them (the route decodes the cursor into its sort key).
  const paging = (def: number) => ({
    limit: z
      .number()
      .int()
      .min(1)
      .max(api.PAGE_LIMIT_MAX)
      .optional()
      .meta({ description: `Items per page (default ${def}, at most ${api.PAGE_LIMIT_MAX})` }),
    cursor: z
      .string()
      .max(2000)
      .regex(/^p[A-Za-z0-9_-]{4,}$/)
      .optional()
      .meta({
        description:
          "The `nextCursor` of the page before (keyset: the sort key of its last item, so pages neither repeat nor skip while documents are loaded); another list's cursor is a 400 naming `cursor`",
      }),
  });
  registry.registerComponent('securitySchemes', 'adminToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'SAKSKART_ADMIN_TOKEN, or the token generated into SAKSKART_HOME/admin-token at first start',
  });
  registry.registerPath({
    method: 'get',
    path: '/api/documents',
    summary:
      'The loaded documents, newest first and paged, with committee, meeting, status, parser version, warnings and counts',
    description:
      '`total` is how many documents every page together holds; `failed` (files that could not be loaded) comes whole on every page.',
    request: { query: z.object(paging(api.PAGE_LIMIT_DEFAULT)) },
    responses: ok(api.DocumentList, 'One page of documents'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/documents/{id}',
    summary: 'One document: its full text with line numbers and the passages that became facts',
    request: { params: api.DocumentIdParam },
    responses: ok(api.DocumentDetail, 'The document'),
  });
  registry.registerPath({
    method: 'post',
    path: '/api/documents',
    summary: 'Load PDF or text files (multipart field "file", several allowed) with the CLI loader',
    description:
      'The answer streams as NDJSON: one UploadFileResult line per file as soon as it is loaded, then an UploadDone line.',
    security: bearer,
    request: {
      body: {
        content: {
          'multipart/form-data': { schema: z.object({ file: z.array(z.string().meta({ format: 'binary' })) }) },
        },
      },
    },
    responses: {
      200: {
        description: 'Per-file results, streamed',
        content: { 'application/x-ndjson': { schema: z.union([api.UploadFileResult, api.UploadDone]) } },
      },
      400: problem,
      401: problem,
      413: problem,
      415: problem,
      // An upload is a heavy request: it spends the client's per-minute budget like a big query.
      429: problem,
      503: problem,
    },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/documents/{id}',
    summary: 'Remove exactly what a document (or, given a file hash, every document of that file) contributed',
    security: bearer,
    request: { params: api.DocumentIdParam },
    responses: { ...ok(api.DocumentRemoval, 'Removed'), 401: problem },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/changes',
    summary:
      'What changed since a date or a meeting: meetings, new cases, decisions, statements, due plans, action items',
    description:
      "Each list is paged on its own: the answer holds the first `limit` items of every list and, in `pages`, each list's `total` and `nextCursor`. Ask for more of one list with `section=<list>&cursor=<its nextCursor>`: that answer holds that list only.",
    request: { query: api.ChangesQuery.omit({ limit: true, cursor: true }).extend(paging(api.CHANGES_PAGE_DEFAULT)) },
    responses: ok(api.Changes, 'Changes'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/meetings/{id}/brief',
    summary:
      'Meeting brief: per case its history, earlier concerns and objections, who raised what, open action items, related cases',
    description: 'With ?format=md (or Accept: text/markdown) the brief comes as a Markdown handout.',
    request: { params: api.BriefParams, query: api.BriefQuery },
    responses: {
      ...ok(api.Brief, 'The brief'),
      200: {
        description: 'The brief, as JSON or (with ?format=md) as a Markdown handout',
        content: {
          'application/json': { schema: api.Brief },
          'text/markdown': { schema: z.string() },
        },
      },
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/action-items',
    summary:
      'The action items, newest meeting first and paged, with responsible, origin case and meeting, and follow-up status',
    description: '`total` is how many items every page together holds after the filters.',
    request: { query: api.ActionItemQuery.omit({ limit: true, cursor: true }).extend(paging(api.PAGE_LIMIT_DEFAULT)) },
    responses: ok(api.ActionItemList, 'One page of action items'),
  });
}
