import { z } from 'zod';

/**
 * Bookkeeping about the graph itself, not a fact from a document: one node, `(:GraphMeta {key:
 * 'graph'})`. Kept out of NODE_LABELS so exports, counts and search never see it.
 */
export const GRAPH_META_LABEL = 'GraphMeta';
export const GraphMeta = z.object({
  key: z.literal('graph'),
  /** Bumped in the same transaction as every ingest write: HTTP caches key on it. */
  version: z.number().int().nonnegative(),
  updatedAt: z.string(),
  /** Hash of the schema statements last applied; an unchanged schema is not applied again. */
  schemaHash: z.string().optional(),
});
export type GraphMetaT = z.infer<typeof GraphMeta>;
