import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import * as api from '../../graph/api/index.js';

/** Paths of identity over time: the lineage of bodies. */
export function registerIdentityPaths(
  registry: OpenAPIRegistry,
  ok: (schema: z.ZodType, description: string) => RouteConfig['responses'],
): void {
  registry.registerPath({
    method: 'get',
    path: '/api/lineage',
    summary: 'Which committee or organisation took over from which (SUCCEEDED_BY, MERGED_INTO), when, on whose word',
    description:
      'Bodies with their validity period and the lane (today\'s body) their history runs into; lanes name the former names, oldest first ("NUIT (tidl. …)"). A flow can draw each lane as one row.',
    responses: ok(api.Lineage, 'Bodies, successions with their sources, lanes'),
  });
}
