import type { Executor } from '../../graph/executor.js';
import type { Gazetteer } from '../parse/gazetteer.js';

const UPSERT_COMMITTEES = `
UNWIND $rows AS row
MERGE (n:Committee {key: row.key})
SET n += row, n.curated = true`;
const UPSERT_ORGS = `
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
SET n += row, n.curated = true`;
const UPSERT_TOPICS = `
UNWIND $rows AS row
MERGE (n:Topic {key: row.key})
SET n += row, n.curated = true`;

/**
 * Committees, organisations and topics from the data files in seed/data. They are curated, not
 * extracted: replacing a document never deletes them. `aliasText` mirrors the aliases for the
 * full-text index, which cannot index lists.
 */
export async function upsertReferenceData(executor: Executor, gaz: Gazetteer): Promise<void> {
  const withAliasText = <T extends { aliases: string[] }>(rows: T[]) =>
    rows.map((r) => ({ ...r, aliasText: r.aliases.join(' ') }));
  await executor.writeTx(async (tx) => {
    await tx.run(UPSERT_COMMITTEES, { rows: withAliasText(gaz.committees) });
    await tx.run(UPSERT_ORGS, { rows: withAliasText(gaz.organizations) });
    await tx.run(UPSERT_TOPICS, { rows: withAliasText(gaz.topics) });
  }, 'reference-data');
}
