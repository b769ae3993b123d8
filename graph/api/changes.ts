import { z } from 'zod';
import { StanceFields, StanceParam } from './stance.js';
import { SourceRef } from './responses.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const meetingId = /^[A-Z0-9-]+-\d{4}-\d{2}-\d{2}$/;

export const ChangesQuery = z.object({
  since: z
    .string()
    .refine(
      (s) => isoDate.test(s) || meetingId.test(s),
      'must be a date YYYY-MM-DD or a meeting id such as NUIT-2022-09-14',
    )
    .meta({ description: 'A date (YYYY-MM-DD) or a meeting id: changes after that meeting' }),
  committee: z.string().max(40).optional(),
  topic: z.string().max(60).optional(),
  organization: z.string().max(120).optional(),
  stance: StanceParam,
});

const CaseLine = z.object({
  id: z.string(),
  committee: z.string(),
  number: z.string(),
  title: z.string(),
  decision: z.string().nullable(),
  meeting: z.string().nullable(),
  date: z.string().nullable(),
});

export const Changes = z
  .object({
    since: z.string(),
    /** The date `since` resolved to; for a meeting id, that meeting's date (changes come after it). */
    sinceDate: z.string(),
    today: z.string(),
    meetings: z.array(
      z.object({
        id: z.string(),
        committee: z.string(),
        number: z.string().nullable(),
        startDate: z.string(),
        cases: z.array(CaseLine),
      }),
    ),
    newCases: z.array(CaseLine),
    decisions: z.array(CaseLine.extend({ source: SourceRef.nullable() })),
    statementsByActor: z.array(
      z.object({
        /** Null for statements the minutes do not attribute to anyone. */
        actor: z.string().nullable(),
        name: z.string().nullable(),
        statements: z.array(
          z.object({
            id: z.string(),
            text: z.string(),
            ...StanceFields,
            case: z.string().nullable(),
            date: z.string().nullable(),
            source: SourceRef.nullable(),
          }),
        ),
      }),
    ),
    plannedDue: z.array(
      z.object({
        case: z.string(),
        title: z.string(),
        committee: z.string(),
        date: z.string(),
        /** True when a later case in that committee builds on it. */
        treated: z.boolean(),
        overdue: z.boolean(),
      }),
    ),
    actionItemsOpened: z.array(
      z.object({ id: z.string(), text: z.string(), case: z.string(), responsible: z.string().nullable() }),
    ),
    actionItemsFollowedUp: z.array(
      z.object({ id: z.string(), text: z.string(), case: z.string(), followedUpBy: z.string() }),
    ),
  })
  .meta({ id: 'Changes' });

export type ChangesQueryT = z.infer<typeof ChangesQuery>;
export type ChangesT = z.infer<typeof Changes>;
