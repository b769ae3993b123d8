import { z } from 'zod';
import { Stance, STANCES, type StanceT } from '../schema/nodes.js';

/*
 * Stance in the API: every statement payload carries `stance` and `stanceCue` (the words that
 * decided it), and statement lists take `stance=concern` or `stance=concern,objection`.
 */

/** `stance=`: one or more stances, comma-separated; an unknown value is a 400 naming `stance`. */
export const StanceParam = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(Stance).min(1, 'must list at least one stance'))
  .optional()
  .meta({ description: `Only statements of these stances (comma-separated): ${STANCES.join(', ')}` });

export const StanceFilterQuery = z.object({ stance: StanceParam });

/** The stance fields of a statement payload. */
export const StanceFields = {
  stance: Stance,
  /** The words of the statement that decided its stance, as written; '' when a default rule decided. */
  stanceCue: z.string(),
};

/** How many statements of each stance (stances with none left out). */
export const StanceCounts = z.partialRecord(Stance, z.number().int().nonnegative());
export type StanceCountsT = z.infer<typeof StanceCounts>;

/** A stored statement's stance fields; a statement from before stances reads as information. */
export function stanceOf(row: Record<string, unknown>): { stance: StanceT; stanceCue: string } {
  const stance = (STANCES as readonly unknown[]).includes(row.stance) ? (row.stance as StanceT) : 'information';
  return { stance, stanceCue: typeof row.stanceCue === 'string' ? row.stanceCue : '' };
}

export function countStances(stances: unknown[]): StanceCountsT {
  const counts: StanceCountsT = {};
  for (const s of stances) {
    const st = stanceOf({ stance: s }).stance;
    counts[st] = (counts[st] ?? 0) + 1;
  }
  return counts;
}

/** The Cypher parameter for a stance filter: null for "every stance". */
export const stanceParam = (stances: StanceT[] | undefined) => stances ?? null;
