import { z } from 'zod';
import { CaseLinkKind } from '../schema/relationships.js';
import { Stance } from '../schema/nodes.js';
import { StanceCounts } from './stance.js';

/* Response shapes of the explorer API: the server produces them, the client renders them. */

const Props = z.record(z.string(), z.unknown());

export const SourceRef = z
  .object({
    document: z.string(),
    /** The Document's id, for opening the source viewer at these lines. */
    docId: z.string().optional(),
    file: z.string(),
    kind: z.string(),
    lineStart: z.number(),
    lineEnd: z.number(),
    quote: z.string(),
  })
  .meta({ id: 'SourceRef', description: 'Where a fact was read: document, file, lines and the quoted text' });

export const SearchHit = z
  .object({
    id: z.string(),
    kind: z.string(),
    label: z.string(),
    snippet: z.string(),
    /** [start, end) character ranges of `snippet` that matched the query. */
    highlights: z.array(z.tuple([z.number(), z.number()])),
    score: z.number(),
    /** A statement's stance and the words that decided it; only on statement hits. */
    stance: Stance.optional(),
    stanceCue: z.string().optional(),
    /** For a body that others took over from: the body that carries on its work today (see /api/lineage). */
    became: z
      .object({
        id: z.string(),
        name: z.string(),
        type: z.enum(['SUCCEEDED_BY', 'MERGED_INTO']),
        date: z.string().optional(),
      })
      .optional(),
  })
  .meta({ id: 'SearchHit' });
export const SearchResult = z.object({ query: z.string(), hits: z.array(SearchHit) }).meta({ id: 'SearchResult' });

export const FoldedSet = z
  .object({
    kind: z.string(),
    rel: z.string(),
    outgoing: z.boolean().describe('The relationship points from this node to the folded ones'),
    count: z.number().int().positive(),
  })
  .meta({
    id: 'FoldedSet',
    description:
      'Nodes this node reaches that a big neighbourhood folded: counted, not sent (ask for this node to see them)',
  });
export const NodeElement = z
  .object({
    group: z.literal('nodes'),
    data: z
      .object({ id: z.string(), kind: z.string(), label: z.string(), folded: z.array(FoldedSet).optional() })
      .catchall(z.unknown()),
  })
  .meta({ id: 'NodeElement', description: 'A Cytoscape.js node element' });
export const EdgeElement = z
  .object({
    group: z.literal('edges'),
    data: z.object({ source: z.string(), target: z.string(), type: z.string() }).catchall(z.unknown()),
  })
  .meta({
    id: 'EdgeElement',
    description:
      'A Cytoscape.js edge element; parallel statements of one fact are merged. Its id is not sent: it is `TYPE|source|target`, or `TYPE:kind|source|target` for an edge with a `kind` (or `status`)',
  });
/** Summary groups' ids: `Group:<kind>~<bucket>`, e.g. `Group:Case~NUIT~2019`, `Group:Topic~`. */
export const SUMMARY_GROUP_PREFIX = 'Group:';
export const SummaryGroupId = z
  .string()
  .max(200)
  .regex(/^Group:[A-Za-z]+~[^,]*$/, 'must be a group id from a neighbourhood, e.g. Group:Case~NUIT~2019')
  .meta({ id: 'SummaryGroupId', example: 'Group:Case~NUIT~2019' });
export const isSummaryGroupId = (id: string | undefined) => !!id && /^Group:[A-Za-z]+~/.test(id);

export const SummaryGroup = z
  .object({
    id: SummaryGroupId,
    kind: z.string().describe('Kind of the nodes it holds'),
    label: z
      .string()
      .nullable()
      .describe('What they share, as a label prefix ("NUIT 2019", "KS", "EHDS"); null: only their kind'),
    count: z.number().int().positive(),
    stance: Stance.optional().describe('A group of statements of one stance ("EHDS: 12 concerns"); absent: any stance'),
    open: z.literal(true).optional().describe('Opened (`open`): its members are sent, each naming it in `group`'),
  })
  .meta({
    id: 'SummaryGroup',
    description:
      'Nodes of one kind and period, organisation or topic that a big neighbourhood shows as one node; its edges carry `count`',
  });

export const Elements = z
  .object({
    nodes: z.array(NodeElement),
    edges: z.array(EdgeElement),
    truncated: z.boolean(),
    /** A big neighbourhood's summary groups, drawn as nodes with the group's id; absent when none. */
    groups: z.array(SummaryGroup).optional(),
    /** Relationships not followed (see START_ONLY_RELS), counted per type; absent when none. */
    omitted: z.array(z.object({ type: z.string(), count: z.number().int().positive() })).optional(),
  })
  .meta({ id: 'Elements' });

export const EdgeSources = z
  .object({ total: z.number().int(), sources: z.array(SourceRef) })
  .meta({ id: 'EdgeSources', description: 'Every document that states the relationship(s) between two nodes' });

export const Entity = z
  .object({
    id: z.string(),
    kind: z.string(),
    label: z.string(),
    properties: Props,
    relationshipCounts: z.array(z.object({ type: z.string(), direction: z.enum(['out', 'in']), count: z.number() })),
    sources: z.array(SourceRef),
  })
  .meta({ id: 'Entity' });

export const PathStep = z.object({ from: z.string(), to: z.string(), type: z.string(), forward: z.boolean() });
export const PathResult = z
  .object({
    paths: z.array(
      z.object({
        length: z.number(),
        nodes: z.array(NodeElement),
        steps: z.array(PathStep),
        explanation: z.string(),
        explanationNb: z.string(),
      }),
    ),
  })
  .meta({ id: 'PathResult' });

export const FlowCase = z.object({
  id: z.string(),
  committee: z.string(),
  number: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  /** Every meeting date that treated the case, ascending (a postponed case has several). */
  dates: z.array(z.string()),
  type: z.string().nullable(),
  stub: z.boolean(),
});
export const Flow = z
  .object({
    lanes: z.array(z.object({ committee: z.string(), name: z.string(), shortName: z.string() })),
    cases: z.array(FlowCase),
    links: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        kind: z.union([CaseLinkKind, z.literal('follow-up'), z.literal('referred')]),
        quote: z.string().nullable(),
      }),
    ),
    planned: z.array(
      z.object({ from: z.string(), committee: z.string(), date: z.string().nullable(), quote: z.string().nullable() }),
    ),
    /**
     * Meetings a case refers to without a case number ("drøftet i forrige NUIT", "legges frem for
     * Nasjonalt e-helseråd den 2. desember"): a loaded meeting, or a placeholder for one that is not.
     * A reference resolved to a case of that meeting is a `referred` link instead.
     */
    referred: z
      .array(
        z.object({
          from: z.string(),
          /** Meeting id, or ReferencedMeeting id for a placeholder. */
          to: z.string(),
          kind: z.enum(['meeting', 'placeholder']),
          committee: z.string(),
          /** Where the meeting sits on the time axis; null when only "forrige/neste" or a number says when. */
          date: z.string().nullable(),
          /** As written: a date, month(s) ("2022-05/2022-06") or meeting number. */
          when: z.string().nullable(),
          relative: z.enum(['previous', 'next']).nullable(),
          direction: z.enum(['earlier', 'later']),
          quote: z.string().nullable(),
        }),
      )
      .default([]),
    /** Cases of the whole answer (every page), after the period and committee filters. */
    total: z.number().int(),
    /** Ask for the next page with `cursor=<nextCursor>`; null on the last page. */
    nextCursor: z.string().nullable(),
    /** First and last date over every page, so the time axis is drawn whole from the first page. */
    span: z.object({ from: z.string(), to: z.string() }).nullable(),
  })
  .meta({ id: 'Flow' });

export const Matrix = z
  .object({
    organizations: z.array(z.object({ id: z.string(), name: z.string() })),
    topics: z.array(z.object({ id: z.string(), name: z.string() })),
    cells: z.array(
      z.object({
        organization: z.string(),
        topic: z.string(),
        count: z.number(),
        statements: z.array(z.string()),
        /** The cell's statements by stance. */
        stances: StanceCounts,
      }),
    ),
  })
  .meta({ id: 'Matrix' });

export const Dependencies = z
  .object({
    topics: z.array(z.object({ id: z.string(), name: z.string(), cases: z.number() })),
    links: z.array(
      z.object({ source: z.string(), target: z.string(), weight: z.number(), cases: z.array(z.string()) }),
    ),
  })
  .meta({ id: 'Dependencies' });

export const MeetingSummary = z.object({
  id: z.string(),
  committee: z.string(),
  number: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  place: z.string().nullable(),
  cases: z.number(),
});
export const MeetingList = z.object({ meetings: z.array(MeetingSummary) }).meta({ id: 'MeetingList' });
export const MeetingDetail = MeetingSummary.extend({
  agenda: z.array(
    z.object({
      order: z.number().nullable(),
      id: z.string(),
      number: z.string(),
      title: z.string(),
      type: z.string().nullable(),
      time: z.string().nullable(),
      decision: z.string().nullable(),
      proposedDecision: z.string().nullable(),
    }),
  ),
  attendance: z.array(
    z.object({
      person: z.string(),
      name: z.string(),
      organization: z.string().nullable(),
      status: z.string(),
      days: z.array(z.number()),
      substituteFor: z.string().nullable(),
    }),
  ),
  actionItems: z.array(
    z.object({ id: z.string(), case: z.string(), text: z.string(), responsible: z.string().nullable() }),
  ),
}).meta({ id: 'MeetingDetail' });

export const Glossary = z
  .object({
    entries: z.array(z.object({ term: z.string(), meaning: z.string(), kind: z.string(), id: z.string() })),
    organizations: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        aliases: z.array(z.string()),
        committees: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'Glossary' });
export const WhosWho = z
  .object({
    committees: z.array(
      z.object({
        committee: z.string(),
        name: z.string(),
        people: z.array(
          z.object({ id: z.string(), name: z.string(), organizations: z.array(z.string()), meetings: z.number() }),
        ),
      }),
    ),
  })
  .meta({ id: 'WhosWho' });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export type SearchResultT = z.infer<typeof SearchResult>;
export type ElementsT = z.infer<typeof Elements>;
export type FoldedSetT = z.infer<typeof FoldedSet>;
export type SummaryGroupT = z.infer<typeof SummaryGroup>;
export type EdgeSourcesT = z.infer<typeof EdgeSources>;
export type EntityT = z.infer<typeof Entity>;
export type PathResultT = z.infer<typeof PathResult>;
export type FlowT = z.infer<typeof Flow>;
export type MatrixT = z.infer<typeof Matrix>;
export type DependenciesT = z.infer<typeof Dependencies>;
export type MeetingListT = z.infer<typeof MeetingList>;
export type MeetingDetailT = z.infer<typeof MeetingDetail>;
export type GlossaryT = z.infer<typeof Glossary>;
export type WhosWhoT = z.infer<typeof WhosWho>;
