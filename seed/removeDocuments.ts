import type { Executor } from '../graph/executor.js';
import { bumpGraphVersion } from '../graph/version.js';
import { recomputeNodes, removeDocuments } from './write/graphWrites.js';
import { caseStates, citationsOfDocuments, relinkScoped } from './write/relink.js';
import { meetingsOfDocuments, relinkMeetingRefs } from './write/relinkMeetingRefs.js';

/**
 * Removes what documents contributed, in one transaction: their facts and provenance, nodes no
 * other document states, and links derived from them (re-resolved for the cases they touched,
 * the same scoped relinking an ingest does).
 */
export async function removeDocumentsByIds(executor: Executor, docIds: string[]): Promise<void> {
  await executor.writeTx(async (tx) => {
    const rows = await tx.run(
      `UNWIND $ids AS id MATCH (d:Document {id: id})
       OPTIONAL MATCH (d)-[:SOURCE_OF]->(c:Case)
       RETURN collect(DISTINCT c.id) AS cases`,
      { ids: docIds },
    );
    const cases = (rows[0]?.cases as string[] | undefined) ?? [];
    const before = await caseStates(tx, cases);
    const gone = await citationsOfDocuments(tx, docIds);
    const goneMeetings = await meetingsOfDocuments(tx, docIds);
    const touched = await removeDocuments(tx, docIds);
    await recomputeNodes(tx, touched);
    await relinkScoped(tx, { cases, before, ownDocs: [], gone });
    await relinkMeetingRefs(tx, { ownDocs: [], gone, meetings: goneMeetings, cases, before });
    await bumpGraphVersion(tx);
  }, 'remove-documents');
}
