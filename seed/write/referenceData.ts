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
// Registry edges are curated too: `doc` names the data file, which no document removal matches.
const UPSERT_SUCCESSIONS = (label: 'Committee' | 'Organization', key: string) => `
UNWIND $rows AS row
MATCH (a:${label} {${key}: row.from}) MATCH (b:${label} {${key}: row.to})
MERGE (a)-[r:SUCCEEDED_BY]->(b)
SET r.source = row.source, r.date = row.date, r.curated = true, r.doc = row.doc, r.quote = row.source,
    r.lineStart = 1, r.lineEnd = 1`;

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
    for (const [label, key, file] of [
      ['Committee', 'key', 'seed/data/committees.json'],
      ['Organization', 'id', 'seed/data/organizations.json'],
    ] as const) {
      const rows = gaz.successions
        .filter((s) => s.label === label)
        .map((s) => ({ from: s.from, to: s.to, source: s.source, date: s.date ?? null, doc: file }));
      if (rows.length) await tx.run(UPSERT_SUCCESSIONS(label, key), { rows });
    }
  }, 'reference-data');
}
