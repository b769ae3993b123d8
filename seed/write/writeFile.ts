import type { Executor } from '../../graph/executor.js';
import { bumpGraphVersion } from '../../graph/version.js';
import { recomputeNodes, removeDocuments, upsertDocuments, upsertNodes, upsertRels } from './graphWrites.js';
import type { FileRecords } from './records.js';
import { relinkAll } from './relink.js';

/**
 * Bump when parsing or link resolution changes what a document yields: files loaded by an older
 * version are then read again on the next ingest (or start), instead of being skipped as unchanged.
 */
export const PARSER_VERSION = 3;

export interface WriteOutcome {
  status: 'loaded' | 'replaced' | 'unchanged';
  links: number;
  linkWarnings: string[];
}

/**
 * Writes one file's records in one transaction: all of it or none of it. A file whose content was
 * loaded before changes nothing; a file loaded before under the same name with other content is
 * replaced, leaving nothing of the old version behind.
 */
export async function writeFileRecords(
  executor: Executor,
  file: string,
  sha256: string,
  records: FileRecords,
): Promise<WriteOutcome> {
  return executor.writeTx(async (tx) => {
    const loaded = await tx.run(
      'MATCH (d:Document {fileSha256: $sha256}) RETURN count(d) AS n, collect(DISTINCT coalesce(d.parserVersion, 0)) AS versions',
      { sha256 },
    );
    const sameParser = (loaded[0]?.versions as unknown[] | undefined)?.every((v) => v === PARSER_VERSION);
    if (Number(loaded[0]?.n) > 0 && sameParser) return { status: 'unchanged', links: 0, linkWarnings: [] };
    // An edited file under the same name, or this file read by an older parser, is replaced.
    const previous = await tx.run(
      'MATCH (d:Document) WHERE d.file = $file OR d.fileSha256 = $sha256 RETURN collect(d.id) AS ids',
      { file, sha256 },
    );
    const previousIds = (previous[0]?.ids as string[]) ?? [];
    const touchedByOld = await removeDocuments(tx, previousIds);
    await upsertDocuments(
      tx,
      records.documents.map((d) => ({ ...d, parserVersion: PARSER_VERSION })),
    );
    const touched = await upsertNodes(tx, records.nodes);
    await upsertRels(tx, records.rels);
    await recomputeNodes(tx, [...touchedByOld, ...touched]);
    const { links, warnings } = await relinkAll(tx);
    await bumpGraphVersion(tx);
    return { status: previousIds.length ? 'replaced' : 'loaded', links, linkWarnings: warnings };
  }, 'ingest');
}
