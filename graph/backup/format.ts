import { z } from 'zod';
import { NodeLabelSchema, RelTypeSchema } from '../schema/index.js';

/*
 * A backup is JSON Lines: a header, then one line per node, then one per relationship. Every
 * property carries its Neo4j type (`valueType()`), and values JSON cannot hold exactly (integers
 * beyond 2^53, floats such as 2.0, dates, durations) are kept as Neo4j's own string form, so a
 * restore writes back the same types. Nodes are numbered in the file; relationships refer to them.
 */

export const BACKUP_FORMAT = 'sakskart-backup';
export const BACKUP_VERSION = 1;

/** Property types a backup can carry (every type Neo4j stores except POINT), without " NOT NULL". */
export const SCALAR_KINDS = [
  'STRING',
  'BOOLEAN',
  'INTEGER',
  'FLOAT',
  'DATE',
  'LOCAL DATETIME',
  'ZONED DATETIME',
  'LOCAL TIME',
  'ZONED TIME',
  'DURATION',
] as const;
export type ScalarKind = (typeof SCALAR_KINDS)[number];

/** Splits Neo4j's `valueType()` ("LIST<INTEGER NOT NULL> NOT NULL") into kind and list-ness. */
export function parseValueType(t: string): { kind: ScalarKind | 'NOTHING'; list: boolean } | undefined {
  const bare = t.replace(/ NOT NULL/g, '');
  const m = /^LIST<(.+)>$/.exec(bare);
  const inner = m ? m[1]! : bare;
  if (m && inner === 'NOTHING') return { kind: 'NOTHING', list: true };
  return (SCALAR_KINDS as readonly string[]).includes(inner)
    ? { kind: inner as ScalarKind, list: Boolean(m) }
    : undefined;
}

const Property = z
  .object({ k: z.string().min(1), t: z.string(), v: z.unknown() })
  .refine((p) => parseValueType(p.t) !== undefined, { message: 'unsupported property type', path: ['t'] });
export type BackupProperty = z.infer<typeof Property>;

export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  nodes: z.number().int().nonnegative(),
  relationships: z.number().int().nonnegative(),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const BackupNode = z.object({
  i: z.number().int().nonnegative(),
  labels: z.array(NodeLabelSchema),
  props: z.array(Property),
});
export type BackupNode = z.infer<typeof BackupNode>;

export const BackupRelationship = z.object({
  type: RelTypeSchema,
  s: z.number().int().nonnegative(),
  e: z.number().int().nonnegative(),
  props: z.array(Property),
});
export type BackupRelationship = z.infer<typeof BackupRelationship>;

/** A stable order for properties and records, so two backups of the same graph are byte-identical. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
