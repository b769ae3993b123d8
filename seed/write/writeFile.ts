import type { Executor, Row, WriteTx } from '../../graph/executor.js';
import {
  recomputeNodes,
  recomputeNodesFor,
  removeDocuments,
  upsertNodes,
  upsertRels,
  type DocMeta,
} from './graphWrites.js';
import { bumpGraphVersion } from '../../graph/version.js';
import type { FileRecords } from './records.js';
import { citationsOfDocuments, relinkScoped, toCaseStates, type CaseState, type RelinkResult } from './relink.js';
import { meetingsOfDocuments, relinkMeetingRefs } from './relinkMeetingRefs.js';

/**
 * Bump when parsing or link resolution changes what a document yields: files loaded by an older
 * version are then read again on the next ingest (or start), instead of being skipped as unchanged.
 * 4: one relationship per fact with its sources (was one per stating document).
 * 6: meeting references without a case number ("drøftet i forrige NUIT") and their REFERS_TO.
 * 7: a case title stops where its text starts on the next line; short case texts are read as text.
 * 8: ATTENDED carries the role and the organisation represented at that meeting (memberships with periods).
 * 9: "Name, Org Name, Org" attendance entries that a PDF ran into one line are read as one per person.
 */
export const PARSER_VERSION = 9;

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
 * Writes several files in ONE transaction: all of them or none. One commit instead of one per file.
 *
 * Files new to the graph (nothing loaded under their name or with their content, and no other file
 * of the batch sharing either) are written together: one set of statements for all of them, then
 * one relinking. Each is told its own share: its documents' counts, the links and warnings of its
 * own citations as they stand once the batch is in (a citation a later file of the batch resolves
 * is not reported unresolved), and the conflicts with the documents loaded before it. Replacements
 * and repeated contents follow, one after the other, each as if alone. If any file fails, none is
 * written: the caller then writes them one transaction each, so the bad file is named.
 */
export async function writeFilesTogether(executor: Executor, files: FileToWrite[]): Promise<WriteOutcome[]> {
  return executor.writeTx(async (tx) => {
    const states = files.length > 1 ? await readStates(tx, files) : [];
    const seen = (key: (f: FileToWrite) => string) => {
      const n = new Map<string, number>();
      for (const f of files) n.set(key(f), (n.get(key(f)) ?? 0) + 1);
      return (f: FileToWrite) => n.get(key(f))!;
    };
    const byName = seen((f) => f.file);
    const byContent = seen((f) => f.sha256);
    const fresh = files
      .map((f, i) => ({ f, i, state: states[i] }))
      .filter(({ f, state }) => state && !state.loaded && !state.ids.length && byName(f) === 1 && byContent(f) === 1);
    const outcomes: (WriteOutcome | undefined)[] = new Array(files.length);
    if (fresh.length > 1) {
      const written = await writeFreshTogether(
        tx,
        fresh.map((x) => x.f),
        fresh.flatMap((x) => x.state!.states),
      );
      fresh.forEach((x, j) => (outcomes[x.i] = written[j]));
    }
    for (let i = 0; i < files.length; i++) outcomes[i] ??= await writeInTx(tx, files[i]!);
    if (outcomes.some((o) => o!.status !== 'unchanged')) await bumpGraphVersion(tx);
    return outcomes as WriteOutcome[];
  }, 'ingest');
}

const casesOf = (records: FileRecords) => [
  ...new Set(records.nodes.filter((n) => n.label === 'Case').map((n) => n.key)),
];
const citationsOf = (records: FileRecords) => [
  ...new Set(records.nodes.filter((n) => n.label === 'Citation').map((n) => n.key)),
];

interface FileState {
  /** This content is loaded, by this parser. */
  loaded: boolean;
  /** Documents loaded under this name or with this content. */
  ids: string[];
  /** Cases those documents and this file state, as they are now. */
  states: CaseState[];
}

/** The state of every file of a batch before any is written, in one read. */
async function readStates(tx: WriteTx, files: FileToWrite[]): Promise<FileState[]> {
  const rows = await tx.run(
    `UNWIND $files AS f
     CALL (f) {
       OPTIONAL MATCH (d:Document {fileSha256: f.sha256})
       RETURN count(d) AS n, collect(DISTINCT coalesce(d.parserVersion, 0)) AS versions
     }
     CALL (f) {
       CALL (f) {
         MATCH (d:Document {file: f.file}) RETURN d
         UNION
         MATCH (d:Document {fileSha256: f.sha256}) RETURN d
       }
       OPTIONAL MATCH (d)-[:SOURCE_OF]->(c:Case)
       RETURN collect(DISTINCT d.id) AS ids, collect(DISTINCT c.id) AS cases
     }
     CALL (f, cases) {
       UNWIND cases + f.cases AS id
       WITH DISTINCT id
       MATCH (c:Case {id: id})
       OPTIONAL MATCH (c)-[:TREATED_AT]->(m:Meeting)
       WITH c, collect(DISTINCT m.startDate) AS dates
       RETURN collect({id: c.id, committee: c.committee, number: c.number, dates: dates}) AS states
     }
     RETURN f.i AS i, n, versions, ids, states`,
    { files: files.map((f, i) => ({ i, file: f.file, sha256: f.sha256, cases: casesOf(f.records) })) },
  );
  const out: FileState[] = new Array(files.length);
  for (const r of rows)
    out[Number(r.i)] = {
      loaded: Number(r.n) > 0 && (r.versions as unknown[]).every((v) => v === PARSER_VERSION),
      ids: r.ids as string[],
      states: toCaseStates(r.states as Row[]),
    };
  return out;
}

/** Writes files new to the graph with one set of statements (see writeFilesTogether). */
async function writeFreshTogether(tx: WriteTx, files: FileToWrite[], states: CaseState[]): Promise<WriteOutcome[]> {
  const before = [...new Map(states.map((c) => [c.id, c])).values()];
  const docsOf = files.map((f) => f.records.documents.map((d) => ({ ...d, parserVersion: PARSER_VERSION })));
  const docs = docsOf.flat();
  const meta = new Map<string, DocMeta>(docs.map((d) => [d.id, { date: d.date, kind: d.kind, file: d.file }]));
  const changed = await upsertNodes(
    tx,
    files.flatMap((f) => f.records.nodes),
    docs,
  );
  await upsertRels(
    tx,
    files.flatMap((f) => f.records.rels),
    meta,
  );
  const owns = docsOf.map((ds) => new Set(ds.map((d) => d.id)));
  const conflicts = await recomputeNodesFor(
    tx,
    changed,
    owns.map((own, i) => ({ own, later: new Set(owns.slice(i + 1).flatMap((o) => [...o])) })),
  );
  const cases = [...new Set(files.flatMap((f) => casesOf(f.records)))];
  const ownDocs = [...meta.keys()];
  const ownCitations = files.flatMap((f) => citationsOf(f.records));
  const cited = await relinkScoped(tx, { cases, before, ownDocs, gone: [], ownCitations });
  const referred = await relinkMeetingRefs(tx, { ownDocs, gone: [], meetings: [], cases, before });
  return files.map((f, i) => {
    const mine = new Set(citationsOf(f.records));
    const share = (r: RelinkResult) => [...r.byCitation].filter(([id]) => mine.has(id)).map(([, o]) => o);
    const outcomes = [...share(cited), ...share(referred)];
    return {
      status: 'loaded',
      links: outcomes.reduce((n, o) => n + o.links, 0),
      linkWarnings: outcomes.flatMap((o) => (o.warning ? [o.warning] : [])),
      conflicts: conflicts[i]!.sort(),
    };
  });
}

async function writeInTx(tx: WriteTx, { file, sha256, records }: FileToWrite): Promise<WriteOutcome> {
  const recordCases = casesOf(records);
  // One read: is this content loaded (by this parser), what does it replace, and the state of
  // every case the file touches before it is written.
  const [state] = await tx.run(
    `CALL () {
       OPTIONAL MATCH (d:Document {fileSha256: $sha256})
       RETURN count(d) AS n, collect(DISTINCT coalesce(d.parserVersion, 0)) AS versions
     }
     CALL () {
       // A UNION of two seeks: "file = $file OR fileSha256 = $sha256" may be planned as a scan.
       CALL () {
         MATCH (d:Document {file: $file}) RETURN d
         UNION
         MATCH (d:Document {fileSha256: $sha256}) RETURN d
       }
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
  const ownCitations = citationsOf(records);
  const ownDocs = [...meta.keys()];
  const cited = await relinkScoped(tx, { cases: caseIds, before, ownDocs, gone, ownCitations });
  const referred = await relinkMeetingRefs(tx, { ownDocs, gone, meetings: goneMeetings, cases: caseIds, before });
  return {
    status: previousIds.length ? 'replaced' : 'loaded',
    links: cited.links + referred.links,
    linkWarnings: [...cited.warnings, ...referred.warnings],
    conflicts: conflicts.sort(),
  };
}
