import { z } from 'zod';

/*
 * The lineage of bodies (committees, organisations): who took over from whom, when, on whose
 * word, and the lanes a flow or a count groups them into ("NUIT (tidl. …)").
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const BodyKind = z.enum(['Committee', 'Organization']);

export const LineageBody = z.object({
  /** Public node id, "Committee:NUIT" or "Organization:ehelse". */
  id: z.string(),
  kind: BodyKind,
  key: z.string(),
  name: z.string(),
  shortName: z.string().optional(),
  formerNames: z.array(z.string()),
  from: isoDate.optional(),
  to: isoDate.optional(),
  periodSource: z.string().optional(),
  /** Key of the lane (today's body) this body's history runs into. */
  lane: z.string(),
});

export const LineageLink = z.object({
  type: z.enum(['SUCCEEDED_BY', 'MERGED_INTO']),
  /** Keys of the predecessor and the successor. */
  from: z.string(),
  to: z.string(),
  date: isoDate.optional(),
  source: z.string(),
  /** The document that states it, when a document does (registry data names its own source). */
  document: z.object({ id: z.string(), lineStart: z.number(), lineEnd: z.number() }).optional(),
});

export const LineageLane = z.object({
  /** The key of today's body: the end of every succession in the lane. */
  key: z.string(),
  kind: BodyKind,
  /** Today's body's short name, and the names it had or its predecessors had, oldest first. */
  name: z.string(),
  formerNames: z.array(z.string()),
  /** Keys of the lane's bodies, oldest first (by `from`, else by succession order), today's last. */
  members: z.array(z.string()),
});

export const Lineage = z
  .object({
    bodies: z.array(LineageBody),
    links: z.array(LineageLink),
    /** Lanes with more than one body, or a body with former names. */
    lanes: z.array(LineageLane),
    /** Links left out because they would close a cycle, named. */
    warnings: z.array(z.string()),
  })
  .meta({ id: 'Lineage' });

export const BodiesMode = z.enum(['then', 'today']).default('then').meta({
  description: '`then`: bodies as they were at the time; `today`: each counted under the body that took over its work',
});

export type LineageT = z.infer<typeof Lineage>;
export type LineageBodyT = z.infer<typeof LineageBody>;
export type LineageLinkT = z.infer<typeof LineageLink>;
export type LineageLaneT = z.infer<typeof LineageLane>;
export type BodiesModeT = z.infer<typeof BodiesMode>;
