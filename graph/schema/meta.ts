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

/**
 * A file that could not be loaded (empty, binary, not decodable, too large, a failed write): kept
 * so the Documents view can say which files of an archive are missing and why. Bookkeeping like
 * GraphMeta: not in NODE_LABELS, not in backups; a later successful load of the file removes it.
 */
export const FAILED_LOAD_LABEL = 'FailedLoad';
export const FailedLoad = z.object({
  /** The file's identity, as a Document's `file`: its path relative to the folder loaded. */
  file: z.string().min(1),
  error: z.string(),
  /** When the load failed (ISO date-time). */
  at: z.string(),
});
export type FailedLoadT = z.infer<typeof FailedLoad>;

/** Cypher condition that `v` is a node of the graph proper, not bookkeeping about it. */
export const isGraphNode = (v: string) => `NOT ${v}:${GRAPH_META_LABEL} AND NOT ${v}:${FAILED_LOAD_LABEL}`;
