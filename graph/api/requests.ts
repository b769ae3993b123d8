import { z } from 'zod';
import { BodiesMode } from './lineage.js';
import { NodeLabelSchema } from '../schema/nodes.js';
import { RelTypeSchema } from '../schema/relationships.js';
import { StanceParam } from './stance.js';
import { NodeId } from './ids.js';
import { SummaryGroupId } from './responses.js';

/*
 * Request parameters of the explorer API, shared by the server (validation, OpenAPI) and the
 * client (building URLs). Lists travel as comma-separated query values.
 */

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    // "kinds=" is a mistake, not a wish for everything: an empty list is refused.
    .pipe(z.array(item).min(1, 'must list at least one value'));

// [0-9], not \d: the OpenAPI pattern is read by other regex engines where \d means any digit.
const isoDate = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'must be a date YYYY-MM-DD');
/** An optional text parameter: absent is fine, given but empty is an error naming it. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty', abort: true })
    .max(max)
    // Redundant after trim here, but tells OpenAPI readers (and fuzzers) that blanks are refused.
    .regex(/[^\s\ufeff]/, 'must not be blank');

/** Kinds a visitor can ask for: documents and citations are provenance, shown in details instead. */
export const ExplorableKind = NodeLabelSchema.exclude(['Document', 'Citation']);
export const EXPLORABLE_KINDS = ExplorableKind.options;
export const ExplorableRel = RelTypeSchema.exclude(['SOURCE_OF']);

/**
 * Followed only from or to a node the visitor opened, unless `rels` names them: a meeting has
 * 10–30 attendees and a person attends dozens of meetings, so attendance followed from every
 * meeting and person of a neighbourhood fills it with edges between nodes already shown (2,000 of
 * 3,182 edges around a committee at depth 2 on ten years of minutes). The answer counts what was
 * left out (`omitted`).
 */
export const START_ONLY_RELS = ['ATTENDED'] as const satisfies readonly z.infer<typeof ExplorableRel>[];

export const SearchQuery = z.object({
  q: text(200),
  kinds: csv(ExplorableKind).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** Only statements of these stances: with it, hits of other kinds are left out. */
  stance: StanceParam,
});

export const GraphFilters = z.object({
  kinds: csv(ExplorableKind).optional(),
  rels: csv(ExplorableRel).optional(),
  committee: text(40).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  topic: text(60).optional(),
});

export const NeighbourhoodQuery = GraphFilters.extend({
  ids: csv(NodeId).pipe(z.array(z.string()).min(1, 'give at least one id').max(20)),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  limit: z.coerce.number().int().min(1).max(2000).default(300),
  /**
   * `auto`: past 300 nodes, the nodes of the last step are folded by the node that reached them:
   * not sent, counted in that node's `folded` (kind, rel, outgoing, count); `none`: never.
   */
  fold: z.enum(['auto', 'none']).default('auto'),
  /**
   * Summary groups (see `groups` of the answer) to show one by one: past 150 drawn nodes a
   * neighbourhood opens as a summary unless fold=none.
   */
  open: csv(SummaryGroupId).pipe(z.array(z.string()).max(100)).optional(),
});

/** The sources of one edge of a neighbourhood: its ends and its relationship type. */
export const EdgeSourcesQuery = z.object({
  source: NodeId,
  target: NodeId,
  type: ExplorableRel,
  /** Only relationships of this kind (an edge of kind "same-matter" between two cases). */
  kind: z.string().min(1).max(100).optional(),
});

export const PathQuery = z.object({
  from: NodeId,
  to: NodeId,
  maxLength: z.coerce.number().int().min(1).max(8).default(6),
  limit: z.coerce.number().int().min(1).max(10).default(5),
});

/** `main`: only cases whose main subject is the topic; `any`: also cases that mention it. */
export const TopicRoleFilter = z.enum(['main', 'any']);

/** Committee keys, comma separated ("NUFA,NUIT"). */
const committeeList = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+(,[A-Za-z0-9_-]+)*$/, 'must be committee keys separated by commas')
  .transform((v) => v.split(','));

export const FlowQuery = z
  .object({
    topic: text(60).optional(),
    case: text(60).optional(),
    role: TopicRoleFilter.default('any'),
    /** Only cases treated within the period (any of their meeting dates). */
    from: isoDate.optional(),
    to: isoDate.optional(),
    committees: committeeList.optional(),
    /** Cases per page, in date order; `cursor` (from `nextCursor`) asks for the next page. */
    limit: z.coerce.number().int().min(1).max(500).default(100),
    cursor: z
      .string()
      .max(40)
      .regex(/^o[0-9]{1,7}$/, 'must be a nextCursor of an earlier answer')
      .optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    // Each issue names the field it is about, so "case=" and "topic=…&case=…" point at case.
    if (q.topic !== undefined && q.case !== undefined)
      ctx.addIssue({ code: 'custom', path: ['case'], message: 'give either topic or case, not both' });
    if (q.topic === undefined && q.case === undefined)
      for (const field of ['topic', 'case'])
        ctx.addIssue({ code: 'custom', path: [field], message: 'give exactly one of topic or case' });
  });

export const MatrixQuery = z.object({
  committee: text(40).optional(),
  /** `today`: a committee includes its predecessors' cases and organisations count under their successor. */
  bodies: BodiesMode,
  role: TopicRoleFilter.default('main'),
  from: isoDate.optional(),
  to: isoDate.optional(),
  stance: StanceParam,
});

export const DependencyQuery = z.object({
  minWeight: z.coerce.number().int().min(1).max(100).default(1),
  role: TopicRoleFilter.default('main'),
});

export const MeetingListQuery = z.object({
  committee: text(40).optional(),
});

export const WhosWhoQuery = z.object({
  committee: text(40).optional(),
});

export type SearchQueryT = z.infer<typeof SearchQuery>;
export type NeighbourhoodQueryT = z.infer<typeof NeighbourhoodQuery>;
export type GraphFiltersT = z.infer<typeof GraphFilters>;
export type PathQueryT = z.infer<typeof PathQuery>;
export type FlowQueryT = z.infer<typeof FlowQuery>;
export type MatrixQueryT = z.infer<typeof MatrixQuery>;
