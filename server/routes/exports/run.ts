import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { Executor } from '../../../graph/executor.js';
import {
  DOCUMENTS_TABLE,
  EDGE_SOURCES_TABLE,
  EDGES_TABLE,
  NODE_SOURCES_TABLE,
  NODES_TABLE,
  dataPackage,
  header,
  rowOf,
  sourceRows,
  type SourceRow,
  type Table,
} from './csvBundle.js';
import { documentEntity, ftmLine, membershipEntity, meetingEntity, partyEntity, type FtmContext } from './ftm.js';
import type { GraphMeta, GraphWriter } from './gexf.js';
import type { ExportDocument, ExportEdge, ExportNode } from './model.js';
import { edgePages, meetingPages, membershipPages, nodePages } from './queries.js';

/* Whole-graph exports: pages from queries.ts through a pure writer into a sink, as they come. */

export interface Sink {
  write(chunk: string | Uint8Array): void;
  flush(force?: boolean): Promise<void>;
}

type Docs = Map<string, ExportDocument>;

export async function graphExport(
  ex: Executor,
  docs: Docs,
  writer: (write: (c: string) => void, meta: GraphMeta) => GraphWriter,
  meta: GraphMeta,
  sink: Sink,
) {
  const w = writer((c) => sink.write(c), meta);
  for await (const page of nodePages(ex, docs)) {
    w.nodes(page);
    await sink.flush();
  }
  for await (const page of edgePages(ex, docs)) {
    w.edges(page);
    await sink.flush();
  }
  w.end();
  await sink.flush(true);
}

export async function ftmExport(ex: Executor, docs: Docs, ctx: FtmContext, sink: Sink) {
  for (const d of docs.values()) sink.write(ftmLine(documentEntity(d, ctx)));
  await sink.flush();
  for await (const page of nodePages(ex, docs, ['Committee', 'Organization', 'Person'])) {
    for (const n of page)
      sink.write(
        ftmLine(
          partyEntity(
            {
              id: n.id,
              kind: n.kind as 'Committee' | 'Organization' | 'Person',
              name: n.name ?? n.label,
              aliases: [...(n.aliases ?? []), ...(n.name && n.name !== n.label ? [n.label] : [])],
              category: n.category,
              description: n.description,
              sources: n.sources,
            },
            ctx,
          ),
        ),
      );
    await sink.flush();
  }
  for await (const page of meetingPages(ex, docs)) {
    for (const m of page) sink.write(ftmLine(meetingEntity(m, ctx)));
    await sink.flush();
  }
  for await (const page of membershipPages(ex, docs)) {
    for (const m of page) sink.write(ftmLine(membershipEntity(m, ctx)));
    await sink.flush();
  }
  await sink.flush(true);
}

/**
 * The CSV bundle as a zip, streamed: datapackage.json, documents, then each table followed by its
 * provenance table. A provenance table is written during its table's pass; the zip holds its
 * compressed bytes until the table before it is closed (about a tenth of its text).
 */
export async function csvExport(ex: Executor, docs: Docs, created: string, sink: Sink) {
  let failed: Error | undefined;
  const zip = new Zip((err, chunk, final) => {
    if (err) failed = err;
    else if (chunk.length) sink.write(chunk);
    void final;
  });
  const file = (name: string) => {
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    return { push: (s: string) => f.push(strToU8(s)), end: () => f.push(new Uint8Array(0), true) };
  };
  const check = () => {
    if (failed) throw failed;
  };
  /** A table's file in the zip, opened with its header row. */
  const table = <T>(t: Table<T>) => {
    const f = file(t.path);
    f.push(header(t));
    return { row: (item: T) => f.push(rowOf(t, item)), end: f.end };
  };
  /** One pass over nodes or edges: the table and its provenance table side by side. */
  const withSources = async <T extends ExportNode | ExportEdge>(
    t: Table<T>,
    sourcesTable: Table<SourceRow>,
    pages: AsyncIterable<T[]>,
  ) => {
    const items = table(t);
    const sources = table(sourcesTable);
    for await (const page of pages) {
      for (const item of page) {
        items.row(item);
        for (const s of sourceRows(item, docs)) sources.row(s);
      }
      check();
      await sink.flush();
    }
    items.end();
    sources.end();
  };
  const pkg = file('datapackage.json');
  pkg.push(JSON.stringify(dataPackage(created), null, 2));
  pkg.end();
  const documents = table(DOCUMENTS_TABLE);
  for (const d of docs.values()) documents.row(d);
  documents.end();
  await withSources(NODES_TABLE, NODE_SOURCES_TABLE, nodePages(ex, docs));
  await withSources(EDGES_TABLE, EDGE_SOURCES_TABLE, edgePages(ex, docs));
  zip.end();
  check();
  await sink.flush(true);
}
