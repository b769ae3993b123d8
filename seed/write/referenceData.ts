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
// The registry's lineage is small and replaced whole: an edge the data files no longer hold (a
// succession later found to be a merger) must not linger. Lineage stated by documents is kept.
const CLEAR_SUCCESSIONS = `
MATCH ()-[r:SUCCEEDED_BY|MERGED_INTO]->() WHERE r.curated = true DELETE r`;
// Registry edges are curated too: `doc` names the data file, which no document removal matches.
const UPSERT_SUCCESSIONS = (type: 'SUCCEEDED_BY' | 'MERGED_INTO', label: 'Committee' | 'Organization', key: string) => `
UNWIND $rows AS row
MATCH (a:${label} {${key}: row.from}) MATCH (b:${label} {${key}: row.to})
CREATE (a)-[r:${type}]->(b)
SET r.k = 'registry', r.source = row.source, r.date = row.date, r.curated = true, r.doc = row.doc, r.quote = row.source,
    r.lineStart = 1, r.lineEnd = 1`;

/**
 * Committees, organisations and topics from the data files in seed/data. They are curated, not
 * extracted: replacing a document never deletes them. `aliasText` mirrors the aliases for the
 * full-text index, which cannot index lists.
 */
export async function upsertReferenceData(executor: Executor, gaz: Gazetteer): Promise<void> {
  // Former names are searchable too: a body is found by any name it had.
  const withAliasText = <T extends { aliases: string[]; formerNames?: string[] }>(rows: T[]) =>
    rows.map((r) => ({ ...r, aliasText: [...new Set([...r.aliases, ...(r.formerNames ?? [])])].join(' ') }));
  await executor.writeTx(async (tx) => {
    await tx.run(UPSERT_COMMITTEES, { rows: withAliasText(gaz.committees) });
    await tx.run(UPSERT_ORGS, { rows: withAliasText(gaz.organizations) });
    await tx.run(UPSERT_TOPICS, { rows: withAliasText(gaz.topics) });
    await tx.run(CLEAR_SUCCESSIONS, {});
    for (const type of ['SUCCEEDED_BY', 'MERGED_INTO'] as const) {
      for (const [label, key, file] of [
        ['Committee', 'key', 'seed/data/committees.json'],
        ['Organization', 'id', 'seed/data/organizations.json'],
      ] as const) {
        const rows = gaz.successions
          .filter((s) => s.label === label && s.type === type)
          .map((s) => ({ from: s.from, to: s.to, source: s.source, date: s.date ?? null, doc: file }));
        if (rows.length) await tx.run(UPSERT_SUCCESSIONS(type, label, key), { rows });
      }
    }
  }, 'reference-data');
}
