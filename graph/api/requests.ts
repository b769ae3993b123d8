import { z } from 'zod';
import { NodeLabelSchema } from '../schema/nodes.js';
import { RelTypeSchema } from '../schema/relationships.js';
import { NodeId } from './ids.js';

/*
 * Request parameters of the explorer API, shared by the server (validation, OpenAPI) and the
 * client (building URLs). Lists travel as comma-separated query values.
 */

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** Kinds a visitor can ask for: documents and citations are provenance, shown in details instead. */
export const ExplorableKind = NodeLabelSchema.exclude(['Document', 'Citation']);
export const EXPLORABLE_KINDS = ExplorableKind.options;
export const ExplorableRel = RelTypeSchema.exclude(['SOURCE_OF']);

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(200),
  kinds: csv(ExplorableKind).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const GraphFilters = z.object({
  kinds: csv(ExplorableKind).optional(),
  rels: csv(ExplorableRel).optional(),
  committee: z.string().max(40).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  topic: z.string().max(60).optional(),
});

export const NeighbourhoodQuery = GraphFilters.extend({
  ids: csv(NodeId).pipe(z.array(z.string()).min(1, 'give at least one id').max(20)),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  limit: z.coerce.number().int().min(1).max(2000).default(300),
});

export const PathQuery = z.object({
  from: NodeId,
  to: NodeId,
  maxLength: z.coerce.number().int().min(1).max(8).default(6),
  limit: z.coerce.number().int().min(1).max(10).default(5),
});

/** `main`: only cases whose main subject is the topic; `any`: also cases that mention it. */
export const TopicRoleFilter = z.enum(['main', 'any']);

export const FlowQuery = z
  .object({
    topic: z.string().max(60).optional(),
    case: z.string().max(60).optional(),
    role: TopicRoleFilter.default('any'),
  })
  .refine((q) => Boolean(q.topic) !== Boolean(q.case), {
    message: 'give exactly one of topic or case',
    path: ['topic'],
  });

export const MatrixQuery = z.object({
  committee: z.string().max(40).optional(),
  role: TopicRoleFilter.default('main'),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const DependencyQuery = z.object({
  minWeight: z.coerce.number().int().min(1).max(100).default(1),
  role: TopicRoleFilter.default('main'),
});

export const MeetingListQuery = z.object({
  committee: z.string().max(40).optional(),
});

export const WhosWhoQuery = z.object({
  committee: z.string().max(40).optional(),
});

export type SearchQueryT = z.infer<typeof SearchQuery>;
export type NeighbourhoodQueryT = z.infer<typeof NeighbourhoodQuery>;
export type GraphFiltersT = z.infer<typeof GraphFilters>;
export type PathQueryT = z.infer<typeof PathQuery>;
export type FlowQueryT = z.infer<typeof FlowQuery>;
export type MatrixQueryT = z.infer<typeof MatrixQuery>;
