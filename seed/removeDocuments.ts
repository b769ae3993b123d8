import type { Executor } from '../graph/executor.js';
import { recomputeNodes, removeDocuments } from './write/graphWrites.js';
import { relinkAll } from './write/relink.js';

/**
 * Removes what documents contributed, in one transaction: their facts and provenance, nodes no
 * other document states, and links derived from them (recomputed against what remains).
 */
export async function removeDocumentsByIds(executor: Executor, docIds: string[]): Promise<void> {
  await executor.writeTx(async (tx) => {
    const touched = await removeDocuments(tx, docIds);
    await recomputeNodes(tx, touched);
    await relinkAll(tx);
  }, 'remove-documents');
}
