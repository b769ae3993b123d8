import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import * as api from '../../graph/api/index.js';
import { ConcernParams, VoiceParams } from '../routes/concerns/concerns.js';

/** Paths for strategists: typed dependencies, the topic landscape, an organisation's concerns. */
export function registerStrategyPaths(
  registry: OpenAPIRegistry,
  ok: (schema: z.ZodType, description: string) => RouteConfig['responses'],
): void {
  const kinds = z.string().optional().meta({
    description: 'Comma-separated kinds: prerequisite, builds-on, linked, conflicts, co-occurrence (map only)',
  });
  const at = z.string().optional().meta({ description: 'Only evidence stated on or before this date, YYYY-MM-DD' });
  registry.registerPath({
    method: 'get',
    path: '/api/dependencies/map',
    summary: 'Typed, directed topic dependencies with their evidence, and topic co-occurrence',
    request: {
      query: z.object({
        at,
        kinds,
        role: api.TopicRoleFilter.optional().meta({
          description:
            'Co-occurrence from cases where both topics are the main subject (main) or also mentioned (any, default)',
        }),
      }),
    },
    responses: ok(api.DependencyMap, 'Nodes and evidenced edges'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/dependencies/traverse',
    summary: 'What a topic needs (upstream) or what needs it (downstream), each chain told in words',
    request: {
      query: z.object({
        from: api.NodeId,
        direction: z.enum(['upstream', 'downstream']).optional(),
        depth: z.number().int().min(1).max(5).optional(),
        kinds,
        at,
        lang: z.enum(['nb', 'en']).optional(),
      }),
    },
    responses: ok(api.DependencyTraversal, 'Reached topics and cases'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/landscape',
    summary: 'Topic communities (Louvain), central topics, bridges and actors across communities',
    responses: ok(api.Landscape, 'The landscape, cached per graph version'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/organizations/{id}/concerns',
    summary: "An organisation's statements per topic over time, and the cases it spoke on",
    request: {
      params: ConcernParams,
      query: z.object({ lang: z.enum(['nb', 'en']).optional(), stance: api.StanceParam }),
    },
    responses: ok(api.ConcernTimeline, 'Concern timeline'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/topics/{key}/voices',
    summary: 'Who spoke on a topic, and when, by stance',
    request: { params: VoiceParams, query: api.VoicesQuery },
    responses: ok(api.TopicVoices, 'Voices on the topic'),
  });
}
