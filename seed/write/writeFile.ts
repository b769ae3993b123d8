import type { Executor } from '../../graph/executor.js';
import {
  recomputeNodes,
  removeDocuments,
  upsertDocuments,
  upsertNodes,
  upsertRels,
  type DocMeta,
} from './graphWrites.js';
import { bumpGraphVersion } from '../../graph/version.js';
import type { FileRecords } from './records.js';
import { caseStates, citationsOfDocuments, relinkScoped } from './relink.js';
import { meetingsOfDocuments, relinkMeetingRefs } from './relinkMeetingRefs.js';

/**
 * Bump when parsing or link resolution changes what a document yields: files loaded by an older
 * version are then read again on the next ingest (or start), instead of being skipped as unchanged.
 * 4: one relationship per fact with its sources (was one per stating document).
 * 6: meeting references without a case number ("drøftet i forrige NUIT") and their REFERS_TO.
 */
export const PARSER_VERSION = 6;

export interface WriteOutcome {
  status: 'loaded' | 'replaced' | 'unchanged';
  links: number;
  linkWarnings: string[];
  /** Values this file gives that another document contradicts (kept per source, both named). */
  conflicts: string[];
}

/**
 * Writes one file's records in one transaction: all of it or none of it. A file whose content was
 * loaded before changes nothing; a file loaded before under the same name with other content is
 * replaced, leaving nothing of the old version behind. The transaction touches what the file
 * states and what it can link to (relink.ts), never the whole graph.
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
    if (Number(loaded[0]?.n) > 0 && sameParser)
      return { status: 'unchanged', links: 0, linkWarnings: [], conflicts: [] };
    // An edited file under the same name, or this file read by an older parser, is replaced.
    const previous = await tx.run(
      `MATCH (d:Document) WHERE d.file = $file OR d.fileSha256 = $sha256
       OPTIONAL MATCH (d)-[:SOURCE_OF]->(c:Case)
       RETURN collect(DISTINCT d.id) AS ids, collect(DISTINCT c.id) AS cases`,
      { file, sha256 },
    );
    const previousIds = (previous[0]?.ids as string[]) ?? [];
    const caseIds = [
      ...new Set([
        ...((previous[0]?.cases as string[]) ?? []),
        ...records.nodes.filter((n) => n.label === 'Case').map((n) => n.key),
      ]),
    ];
    const before = await caseStates(tx, caseIds);
    const gone = await citationsOfDocuments(tx, previousIds);
    const goneMeetings = await meetingsOfDocuments(tx, previousIds);
    const touchedByOld = await removeDocuments(tx, previousIds);
    const docs = records.documents.map((d) => ({ ...d, parserVersion: PARSER_VERSION }));
    await upsertDocuments(tx, docs);
    const meta = new Map<string, DocMeta>(docs.map((d) => [d.id, { date: d.date, kind: d.kind, file: d.file }]));
    const changed = await upsertNodes(tx, records.nodes);
    await upsertRels(tx, records.rels, meta);
    const conflicts = await recomputeNodes(tx, [...touchedByOld, ...changed], new Set(meta.keys()));
    const ownDocs = [...meta.keys()];
    const cited = await relinkScoped(tx, { cases: caseIds, before, ownDocs, gone });
    const referred = await relinkMeetingRefs(tx, { ownDocs, gone, meetings: goneMeetings, cases: caseIds, before });
    const links = cited.links + referred.links;
    const warnings = [...cited.warnings, ...referred.warnings];
    await bumpGraphVersion(tx);
    return { status: previousIds.length ? 'replaced' : 'loaded', links, linkWarnings: warnings, conflicts };
  }, 'ingest');
}
