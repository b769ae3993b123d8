import { z } from 'zod';
import { StanceCounts, StanceFields, StanceParam } from './stance.js';
import { DependencyKind } from '../schema/relationships.js';
import { NodeId } from './ids.js';
import { TopicRoleFilter } from './requests.js';

/* Request and response shapes for strategists: typed topic dependencies, the structure of the
 * topic landscape, and how an organisation's concerns moved over time. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');
const csvKinds = z
  .string()
  .max(200)
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(z.enum([...DependencyKind.options, 'co-occurrence'])));

export const DependencyMapQuery = z.object({
  /** Only evidence stated on or before this date: the map as it was then. */
  at: isoDate.optional(),
  kinds: csvKinds.optional(),
  /** Co-occurrence from cases whose main subject is both topics, or also from cases that mention them. */
  role: TopicRoleFilter.default('any'),
});

export const DependencyTraverseQuery = z.object({
  from: NodeId,
  /** upstream: what the start needs; downstream: what needs the start (what it enables). */
  direction: z.enum(['upstream', 'downstream']).default('downstream'),
  depth: z.coerce.number().int().min(1).max(5).default(3),
  kinds: csvKinds.optional(),
  at: isoDate.optional(),
  lang: z.enum(['nb', 'en']).default('nb'),
});

export const ConcernQuery = z.object({ lang: z.enum(['nb', 'en']).default('nb'), stance: StanceParam });
export const VoicesQuery = z.object({ stance: StanceParam });

const Actor = z.object({ id: z.string(), name: z.string() });

export const DependencyEvidence = z
  .object({
    document: z.string(),
    file: z.string(),
    case: z.string().nullable(),
    date: z.string().nullable(),
    lineStart: z.number(),
    lineEnd: z.number(),
    quote: z.string(),
    statedBy: z.array(Actor),
    confirmedBy: z.array(Actor),
    contestedBy: z.array(Actor),
    inReplyTo: z.array(Actor),
  })
  .meta({ id: 'DependencyEvidence' });

export const DependencyEdge = z
  .object({
    id: z.string(),
    /** What is needed, built on or in the way. */
    source: z.string(),
    /** What needs it, builds on it or is held back. */
    target: z.string(),
    kind: z.union([DependencyKind, z.literal('co-occurrence')]),
    directed: z.boolean(),
    evidence: z.number(),
    firstDate: z.string().nullable(),
    lastDate: z.string().nullable(),
    sources: z.array(DependencyEvidence),
  })
  .meta({ id: 'DependencyEdge' });

export const DependencyMap = z
  .object({
    nodes: z.array(z.object({ id: z.string(), kind: z.enum(['Topic', 'Case']), name: z.string() })),
    edges: z.array(DependencyEdge),
    /** Earliest and latest date of any evidence: the range of the time slider. */
    dates: z.object({ first: z.string().nullable(), last: z.string().nullable() }),
  })
  .meta({ id: 'DependencyMap' });

export const DependencyTraversal = z
  .object({
    from: z.object({ id: z.string(), name: z.string() }),
    direction: z.enum(['upstream', 'downstream']),
    reached: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        depth: z.number(),
        /** Edge ids from the start to this node. */
        via: z.array(z.string()),
        /** The chain told in words. */
        text: z.string(),
      }),
    ),
  })
  .meta({ id: 'DependencyTraversal' });

export const Landscape = z
  .object({
    /** Changes whenever the loaded documents change; the analysis is cached per version. */
    version: z.string(),
    communities: z.array(z.object({ id: z.number(), topics: z.array(z.string()), label: z.string() })),
    topics: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        community: z.number(),
        degree: z.number(),
        betweenness: z.number(),
        /** Linked to topics of more than one other community. */
        bridge: z.boolean(),
      }),
    ),
    actors: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        statements: z.number(),
        topics: z.number(),
        communities: z.number(),
      }),
    ),
  })
  .meta({ id: 'Landscape' });

/** An actor's statements of one meeting date, by stance. */
const TimelinePoint = z.object({ date: z.string(), count: z.number(), stances: StanceCounts });

export const ConcernTimeline = z
  .object({
    organization: z.object({ id: z.string(), name: z.string() }),
    topics: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        first: z.string().nullable(),
        last: z.string().nullable(),
        /** Statements on the topic per meeting date, by stance. */
        points: z.array(TimelinePoint),
        /** The organisation's statements on the topic by stance. */
        stances: StanceCounts,
        /** started: first raised after the organisation's first statement; stopped: not raised at its last meeting dates. */
        trend: z.enum(['started', 'stopped', 'steady', 'once']),
      }),
    ),
    /** Every statement once, per meeting date and stance (a statement on two topics counts once here). */
    timeline: z.array(TimelinePoint),
    cases: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        date: z.string().nullable(),
        statements: z.array(z.object({ id: z.string(), text: z.string(), ...StanceFields })),
        decision: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ConcernTimeline' });

export const TopicVoices = z
  .object({
    topic: z.object({ id: z.string(), name: z.string() }),
    voices: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        dates: z.array(z.string()),
        statements: z.number(),
        /** Who supports, who is concerned: the organisation's statements on the topic by stance. */
        stances: StanceCounts,
      }),
    ),
  })
  .meta({ id: 'TopicVoices' });

export type DependencyMapT = z.infer<typeof DependencyMap>;
export type DependencyEdgeT = z.infer<typeof DependencyEdge>;
export type DependencyTraversalT = z.infer<typeof DependencyTraversal>;
export type LandscapeT = z.infer<typeof Landscape>;
export type ConcernTimelineT = z.infer<typeof ConcernTimeline>;
export type TopicVoicesT = z.infer<typeof TopicVoices>;
