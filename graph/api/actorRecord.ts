import { z } from 'zod';
import { StanceCounts, StanceFields, StanceParam } from './stance.js';

/*
 * An actor's record: the statements an organisation or a person raised, grouped (by year, topic or
 * committee) and paged. KS raises ~250 points on a 1,000-document archive: a panel shows the groups
 * with their counts and pages one group (or all) at a time, newest first.
 */

export const RECORD_GROUPINGS = ['year', 'topic', 'committee'] as const;
export const RecordGrouping = z.enum(RECORD_GROUPINGS);
export type RecordGroupingT = z.infer<typeof RecordGrouping>;

/** The group key of statements that have no year, topic or committee. */
export const NO_GROUP = '-';

/** Where a page ends: the sort key (date, id) of its last statement. Keyset, so stable under new loads. */
export interface RecordCursor {
  date: string;
  id: string;
}

// base64url of UTF-8 JSON, with the codecs both Node and browsers have (ids hold æ, ø, å).
const toBase64Url = (s: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(s)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (s: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (ch) => ch.charCodeAt(0)),
  );

export const encodeRecordCursor = (c: RecordCursor) => `k${toBase64Url(JSON.stringify([c.date, c.id]))}`;

function decodeRecordCursor(v: string): RecordCursor | undefined {
  try {
    const parsed: unknown = JSON.parse(fromBase64Url(v.slice(1)));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((x) => typeof x === 'string'))
      return { date: parsed[0] as string, id: parsed[1] as string };
  } catch {
    // not JSON: reported below as a bad cursor
  }
  return undefined;
}

export const RecordCursorParam = z
  .string()
  .max(600)
  .regex(/^k[A-Za-z0-9_-]{4,}$/, 'must be a nextCursor of an earlier answer')
  .transform((v, ctx) => {
    const c = decodeRecordCursor(v);
    if (!c) {
      ctx.addIssue({ code: 'custom', message: 'must be a nextCursor of an earlier answer' });
      return z.NEVER;
    }
    return c;
  })
  .meta({ description: 'Continue after the page that gave this `nextCursor`' });

export const ActorStatementsQuery = z.object({
  /** How the answer's `groups` are formed; `key` narrows the page to one of them. */
  group: RecordGrouping.default('year').meta({ description: 'Group statements by year, topic or committee' }),
  key: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: `Only the statements of this group (a key from \`groups\`; "${NO_GROUP}" for none)` }),
  stance: StanceParam,
  limit: z.coerce.number().int().min(1).max(200).default(20).meta({ description: 'Statements per page' }),
  cursor: RecordCursorParam.optional(),
});
export type ActorStatementsQueryT = z.infer<typeof ActorStatementsQuery>;

export const RecordStatement = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.enum(['input', 'response']),
  ...StanceFields,
  /** The stating document's meeting date, else the case's first treatment. */
  date: z.string().nullable(),
  committee: z.string().nullable(),
  case: z.object({ id: z.string(), title: z.string() }).nullable(),
  /** The statement's main topic (its own, else its case's): the one it is grouped under. */
  topic: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type RecordStatementT = z.infer<typeof RecordStatement>;

export const RecordGroup = z.object({
  key: z.string(),
  /** A year, a topic's name or a committee key; null for the statements with none. */
  label: z.string().nullable(),
  count: z.number().int().positive(),
  stances: StanceCounts,
  first: z.string().nullable(),
  last: z.string().nullable(),
});
export type RecordGroupT = z.infer<typeof RecordGroup>;

export const ActorStatements = z
  .object({
    actor: z.object({ id: z.string(), name: z.string(), kind: z.enum(['Organization', 'Person']) }),
    group: RecordGrouping,
    key: z.string().nullable(),
    /** Statements after the stance filter and `key`: the sum of every page's statements. */
    total: z.number().int().nonnegative(),
    /** Every group after the stance filter (not `key`), newest first for years, largest first otherwise; each statement is in one. */
    groups: z.array(RecordGroup),
    /** All the actor's statements by stance, before any filter: what a stance filter would leave. */
    stances: StanceCounts,
    statements: z.array(RecordStatement),
    /** Ask for the next page with `cursor=<nextCursor>`; null on the last page. */
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'ActorStatements' });
export type ActorStatementsT = z.infer<typeof ActorStatements>;
