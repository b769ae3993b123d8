import type { Executor } from '../executor.js';
import { createHash } from 'node:crypto';
import { markSchemaApplied, readStartMarks } from '../version.js';
import { FAILED_LOAD_LABEL, GRAPH_META_LABEL } from './meta.js';
import { RELATIONSHIP_TYPES, type RelType } from './relationships.js';
import { FULLTEXT_INDEX, FULLTEXT_LABELS, FULLTEXT_PROPERTIES, NODE_LABELS, type NodeLabel } from './nodes.js';

/*
 * Schema DDL derived from the label registry. Labels and property names come from NODE_LABELS,
 * never from input, which is why interpolating them here is safe (DDL takes no parameters).
 */
export function constraintName(label: NodeLabel): string {
  return `${label.toLowerCase()}_key`;
}

export function schemaStatements(): string[] {
  const unique = (Object.keys(NODE_LABELS) as NodeLabel[]).map(
    (label) =>
      `CREATE CONSTRAINT ${constraintName(label)} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${NODE_LABELS[label].key} IS UNIQUE`,
  );
  return [
    ...unique,
    `CREATE CONSTRAINT graphmeta_key IF NOT EXISTS FOR (n:${GRAPH_META_LABEL}) REQUIRE n.key IS UNIQUE`,
    `CREATE CONSTRAINT failedload_file IF NOT EXISTS FOR (n:${FAILED_LOAD_LABEL}) REQUIRE n.file IS UNIQUE`,
    'CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.startDate)',
    'CREATE INDEX case_committee IF NOT EXISTS FOR (n:Case) ON (n.committee, n.number)',
    'CREATE INDEX document_file IF NOT EXISTS FOR (n:Document) ON (n.file)',
    'CREATE INDEX document_sha IF NOT EXISTS FOR (n:Document) ON (n.fileSha256)',
    'CREATE INDEX node_curated IF NOT EXISTS FOR (n:Organization) ON (n.curated)',
    // Incremental linking (seed/write/relink.ts) finds what a file can affect by these keys.
    'CREATE INDEX meeting_committee_date IF NOT EXISTS FOR (n:Meeting) ON (n.committee, n.startDate)',
    'CREATE INDEX citation_from_case IF NOT EXISTS FOR (n:Citation) ON (n.fromCase)',
    'CREATE INDEX citation_number IF NOT EXISTS FOR (n:Citation) ON (n.number)',
    'CREATE INDEX citation_date IF NOT EXISTS FOR (n:Citation) ON (n.date)',
    'CREATE INDEX citation_kind IF NOT EXISTS FOR (n:Citation) ON (n.kind)',
    // Meeting references without a case number are found by the meetings a file changes.
    'CREATE INDEX citation_window IF NOT EXISTS FOR (n:Citation) ON (n.committee, n.windowFrom)',
    // Every extracted relationship names its document: replacing a document finds them by index.
    ...(Object.keys(RELATIONSHIP_TYPES) as RelType[])
      .filter((t) => t !== 'SOURCE_OF')
      .map((t) => `CREATE INDEX rel_doc_${t.toLowerCase()} IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.doc)`),
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${FULLTEXT_LABELS.join('|')}) ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'norwegian', \`fulltext.eventually_consistent\`: false}}`,
  ];
}

/**
 * Applies constraints and indexes; safe to run at every start. Waits until indexes are online.
 * A start with the same schema as last time only checks that every index is online (two reads
 * instead of some thirty schema commands).
 */
export async function applySchema(executor: Executor): Promise<void> {
  const hash = createHash('sha256').update(schemaStatements().join('\n')).digest('hex');
  if ((await readStartMarks(executor)).schemaHash === hash) {
    const [notOnline] = await executor.read("SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n");
    if (Number(notOnline?.n) === 0) return;
  }
  // A full-text index made by an older version over other properties is rebuilt: CREATE … IF NOT
  // EXISTS would silently keep the old one.
  const [existing] = await executor.read(
    'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = $name RETURN labelsOrTypes, properties',
    { name: FULLTEXT_INDEX },
  );
  const same = (a: unknown, b: readonly string[]) =>
    JSON.stringify([...(a as string[])].sort()) === JSON.stringify([...b].sort());
  if (existing && !(same(existing.labelsOrTypes, FULLTEXT_LABELS) && same(existing.properties, FULLTEXT_PROPERTIES))) {
    await executor.autoCommit(`DROP INDEX ${FULLTEXT_INDEX}`);
  }
  for (const statement of schemaStatements()) await executor.autoCommit(statement);
  await executor.autoCommit('CALL db.awaitIndexes(60)');
  await markSchemaApplied(executor, hash);
}
