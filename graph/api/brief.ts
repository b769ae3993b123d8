import { z } from 'zod';
import { StanceFields } from './stance.js';
import { SourceRef } from './responses.js';

export const BriefParams = z.object({
  id: z.string().regex(/^[A-Z0-9-]+-\d{4}-\d{2}-\d{2}$/, 'must look like NUIT-2022-09-14'),
});

const Source = SourceRef.nullable();

/** A statement as the brief lists it: who, what, with which stance, on which case, when, from where. */
const RaisedStatement = z.object({
  statement: z.string(),
  actor: z.string().nullable(),
  actorName: z.string().nullable(),
  text: z.string(),
  ...StanceFields,
  case: z.string().nullable(),
  date: z.string().nullable(),
  source: Source,
});

/** `?format=md` asks for the Markdown handout; `json` (the default) for the data. */
export const BriefQuery = z.object({
  format: z.enum(['json', 'md']).optional(),
});

export const BriefCase = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  order: z.number().nullable(),
  proposedDecision: z.string().nullable(),
  decision: z.string().nullable(),
  topics: z.array(z.object({ key: z.string(), name: z.string() })),
  /** Earlier treatments across committees, oldest first, with what was decided. */
  history: z.array(
    z.object({
      id: z.string(),
      committee: z.string(),
      number: z.string(),
      title: z.string(),
      date: z.string().nullable(),
      kind: z.string(),
      decision: z.string().nullable(),
      source: Source,
    }),
  ),
  /** Who raised what on the case or its topics, and when. */
  raised: z.array(RaisedStatement),
  /**
   * Concerns and objections voiced before this meeting on the case, its earlier treatments
   * (`via: case`) or its topics (`via: topic`): the case's own first, then the newest.
   */
  earlierConcerns: z.array(RaisedStatement.extend({ via: z.enum(['case', 'topic']) })),
  openActionItems: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      case: z.string(),
      responsible: z.string().nullable(),
      source: Source,
    }),
  ),
  related: z.array(
    z.object({
      id: z.string(),
      committee: z.string(),
      number: z.string(),
      title: z.string(),
      date: z.string().nullable(),
      topic: z.string(),
    }),
  ),
});

export const Brief = z
  .object({
    meeting: z.object({
      id: z.string(),
      committee: z.string(),
      committeeName: z.string(),
      number: z.string().nullable(),
      startDate: z.string(),
      place: z.string().nullable(),
    }),
    cases: z.array(BriefCase),
  })
  .meta({ id: 'Brief' });

export type BriefT = z.infer<typeof Brief>;
export type BriefCaseT = z.infer<typeof BriefCase>;
