import { z } from 'zod';
import { StanceFields, StanceParam } from './stance.js';
import { SourceRef } from './responses.js';
import { keyCursorParam, PageInfo, pageLimitParam } from './paging.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const meetingId = /^[A-Z0-9-]+-\d{4}-\d{2}-\d{2}$/;

/**
 * The lists of an answer that are paged, each on its own: the first answer holds the first page of
 * every one; "Vis flere" asks for one list with `section` and that list's `cursor`.
 */
export const CHANGES_SECTIONS = [
  'meetings',
  'newCases',
  'decisions',
  'statementsByActor',
  'plannedDue',
  'actionItemsOpened',
  'actionItemsFollowedUp',
] as const;
export type ChangesSectionT = (typeof CHANGES_SECTIONS)[number];

/**
 * Seven lists come in the first answer, so each holds fewer than a list of its own: on a generated
 * 1,000-document archive the first answer is 136 kB (457 kB whole, 209 kB with 100 per list).
 */
export const CHANGES_PAGE_DEFAULT = 50;

/** How many parts each list's sort key has: a cursor of another list (or a forged one) is refused. */
const CHANGES_CURSOR_KEYS: Record<ChangesSectionT, number> = {
  meetings: 2,
  newCases: 2,
  decisions: 2,
  statementsByActor: 5,
  plannedDue: 3,
  actionItemsOpened: 2,
  actionItemsFollowedUp: 3,
};

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
  section: z
    .enum(CHANGES_SECTIONS)
    .optional()
    .meta({ description: 'Only this list (the one a `cursor` continues); without it, the first page of every list' }),
  limit: pageLimitParam(CHANGES_PAGE_DEFAULT),
  cursor: keyCursorParam(CHANGES_CURSOR_KEYS),
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
    /**
     * Per list answered: how many items all its pages hold and the cursor of its next page. With
     * `section`, only that list is answered (the others are empty and absent here).
     */
    pages: z.partialRecord(z.enum(CHANGES_SECTIONS), PageInfo),
  })
  .meta({ id: 'Changes' });

export const ChangesQueryChecked = ChangesQuery.superRefine((q, ctx) => {
  if (q.cursor && q.section && q.cursor.tag !== q.section)
    ctx.addIssue({ code: 'custom', path: ['cursor'], message: `is a cursor of ${q.cursor.tag}, not of ${q.section}` });
});

export type ChangesQueryT = z.infer<typeof ChangesQuery>;
export type ChangesT = z.infer<typeof Changes>;
