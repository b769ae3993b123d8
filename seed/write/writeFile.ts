import type { Executor, Row, WriteTx } from '../../graph/executor.js';
import { recomputeNodes, removeDocuments, upsertNodes, upsertRels, type DocMeta } from './graphWrites.js';
import { bumpGraphVersion } from '../../graph/version.js';
import type { FileRecords } from './records.js';
import { citationsOfDocuments, relinkScoped, toCaseStates } from './relink.js';
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

/** One file's content to write: its name, the sha256 of its bytes and what it states. */
export interface FileToWrite {
  file: string;
  sha256: string;
  records: FileRecords;
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
  const [outcome] = await writeFilesTogether(executor, [{ file, sha256, records }]);
  return outcome!;
}

/**
 * Writes several files in ONE transaction, one after the other, each exactly as if it had its own
 * (every file sees the ones before it, so outcomes, links and warnings are those of a load file by
 * file). One commit instead of one per file. If any file fails, none of them is written: the
 * caller then writes them one transaction each, so the bad file is named and the others load.
 */
export async function writeFilesTogether(executor: Executor, files: FileToWrite[]): Promise<WriteOutcome[]> {
  return executor.writeTx(async (tx) => {
    const outcomes: WriteOutcome[] = [];
    for (const f of files) outcomes.push(await writeInTx(tx, f));
    if (outcomes.some((o) => o.status !== 'unchanged')) await bumpGraphVersion(tx);
    return outcomes;
  }, 'ingest');
}

async function writeInTx(tx: WriteTx, { file, sha256, records }: FileToWrite): Promise<WriteOutcome> {
  const recordCases = [...new Set(records.nodes.filter((n) => n.label === 'Case').map((n) => n.key))];
  // One read: is this content loaded (by this parser), what does it replace, and the state of
  // every case the file touches before it is written.
  const [state] = await tx.run(
    `CALL () {
       OPTIONAL MATCH (d:Document {fileSha256: $sha256})
       RETURN count(d) AS n, collect(DISTINCT coalesce(d.parserVersion, 0)) AS versions
     }
     CALL () {
       OPTIONAL MATCH (d:Document) WHERE d.file = $file OR d.fileSha256 = $sha256
       OPTIONAL MATCH (d)-[:SOURCE_OF]->(c:Case)
       RETURN collect(DISTINCT d.id) AS ids, collect(DISTINCT c.id) AS cases
     }
     CALL (cases) {
       UNWIND cases + $cases AS id
       WITH DISTINCT id
       MATCH (c:Case {id: id})
       OPTIONAL MATCH (c)-[:TREATED_AT]->(m:Meeting)
       WITH c, collect(DISTINCT m.startDate) AS dates
       RETURN collect({id: c.id, committee: c.committee, number: c.number, dates: dates}) AS states
     }
     RETURN n, versions, ids, cases, states`,
    { sha256, file, cases: recordCases },
  );
  const sameParser = (state?.versions as unknown[] | undefined)?.every((v) => v === PARSER_VERSION);
  if (Number(state?.n) > 0 && sameParser) return { status: 'unchanged', links: 0, linkWarnings: [], conflicts: [] };
  // An edited file under the same name, or this file read by an older parser, is replaced.
  const previousIds = (state?.ids as string[]) ?? [];
  const caseIds = [...new Set([...((state?.cases as string[]) ?? []), ...recordCases])];
  const before = toCaseStates(state?.states as Row[]);
  const gone = await citationsOfDocuments(tx, previousIds);
  const goneMeetings = await meetingsOfDocuments(tx, previousIds);
  const touchedByOld = await removeDocuments(tx, previousIds);
  const docs = records.documents.map((d) => ({ ...d, parserVersion: PARSER_VERSION }));
  const meta = new Map<string, DocMeta>(docs.map((d) => [d.id, { date: d.date, kind: d.kind, file: d.file }]));
  const changed = await upsertNodes(tx, records.nodes, docs);
  await upsertRels(tx, records.rels, meta);
  const conflicts = await recomputeNodes(tx, [...touchedByOld, ...changed], new Set(meta.keys()));
  const ownCitations = [...new Set(records.nodes.filter((n) => n.label === 'Citation').map((n) => n.key))];
  const ownDocs = [...meta.keys()];
  const cited = await relinkScoped(tx, { cases: caseIds, before, ownDocs, gone, ownCitations });
  const referred = await relinkMeetingRefs(tx, { ownDocs, gone, meetings: goneMeetings, cases: caseIds, before });
  return {
    status: previousIds.length ? 'replaced' : 'loaded',
    links: cited.links + referred.links,
    linkWarnings: [...cited.warnings, ...referred.warnings],
    conflicts,
  };
}
