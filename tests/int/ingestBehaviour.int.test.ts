import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { exportGraph } from '../../seed/exportGraph.js';
import { ingestFiles } from '../../seed/ingest.js';
import { Gazetteer } from '../../seed/parse/gazetteer.js';
import { parseText } from '../../seed/parse/parseFile.js';
import { toRecords } from '../../seed/write/records.js';
import { writeFileRecords, writeFilesTogether } from '../../seed/write/writeFile.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';
import { NUFA_FILE, NUIT_FILE, scratchCorpus } from '../helpers/ingest.js';
import { minimalPdf } from '../helpers/minimalPdf.js';

let ex: Executor;
let dir: string;
beforeEach(async () => {
  ex ??= testExecutor();
  await resetGraph(ex);
  dir = await scratchCorpus();
});
afterAll(async () => {
  await resetGraph(ex);
  await ex.close();
});

const files = () => [path.join(dir, NUFA_FILE), path.join(dir, NUIT_FILE)];

describe('loading is idempotent', () => {
  it('loading the same corpus twice changes nothing', async () => {
    await ingestFiles(ex, files());
    const first = await exportGraph(ex);
    const again = await ingestFiles(ex, files());
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(await exportGraph(ex)).toEqual(first);
  });

  it('reads a file again when it was loaded by an older parser', async () => {
    await ingestFiles(ex, files());
    const current = await exportGraph(ex);
    // As left by a version before parser versions were recorded.
    await ex.write('MATCH (d:Document) REMOVE d.parserVersion');
    const again = await ingestFiles(ex, files());
    expect(again.map((r) => r.status)).toEqual(['replaced', 'replaced']);
    expect(await exportGraph(ex)).toEqual(current);
  });

  it('gives the same graph whichever file loads first', async () => {
    await ingestFiles(ex, files());
    const forward = await exportGraph(ex);
    await resetGraph(ex);
    await ingestFiles(ex, [...files()].reverse());
    const backward = await exportGraph(ex);
    const shape = (g: typeof forward) => ({
      nodes: g.nodes.map((n) => n.id).sort(),
      rels: g.relationships
        .filter((r) => r.type !== 'SOURCE_OF')
        .map((r) => `${r.start} ${r.type} ${r.end} ${String(r.properties.kind ?? '')}`)
        .sort(),
    });
    expect(shape(backward)).toEqual(shape(forward));
  });
});

describe('bulk loads commit files in batches', () => {
  it('gives the same graph and the same per-file summaries as one transaction per file', async () => {
    const one = await ingestFiles(ex, files(), { batchSize: 1 });
    const alone = await exportGraph(ex);
    await resetGraph(ex);
    const together = await ingestFiles(ex, files(), { batchSize: 2 });
    expect(together).toEqual(one);
    expect(await exportGraph(ex)).toEqual(alone);
  });

  it('writes nothing of a batch in which one file fails', async () => {
    const gaz = Gazetteer.load();
    const good = toRecords(
      gaz,
      parseText(gaz, await readFile(path.join(dir, NUIT_FILE), 'utf8')),
      NUIT_FILE,
      'e'.repeat(64),
    );
    const bad = toRecords(
      gaz,
      parseText(gaz, await readFile(path.join(dir, NUFA_FILE), 'utf8')),
      NUFA_FILE,
      'f'.repeat(64),
    );
    bad.rels.push({
      ...bad.rels[0]!,
      to: { label: 'Topic', key: 'no-such-topic' },
      type: 'ABOUT',
      from: { label: 'Case', key: 'NUFA-24/22' },
    });
    await expect(
      writeFilesTogether(ex, [
        { file: NUIT_FILE, sha256: 'e'.repeat(64), records: good },
        { file: NUFA_FILE, sha256: 'f'.repeat(64), records: bad },
      ]),
    ).rejects.toThrow(/point at nodes that do not exist/);
    const left = await ex.read('MATCH (d:Document) RETURN count(d) AS n');
    expect(left[0]!.n).toBe(0);
  });
});

describe('an edited document replaces what it contributed', () => {
  it('leaves nothing stale behind', async () => {
    await ingestFiles(ex, files());
    const nufa = path.join(dir, NUFA_FILE);
    const text = await readFile(nufa, 'utf8');
    const edited = text
      .replace('26/22 Kunstig intelligens Drøfting', '26/22 Kunstig intelligens i helsetjenesten Drøfting')
      .replace('• Lovverket må det jobbes med.  \n', '');
    expect(edited).not.toBe(text);
    await writeFile(nufa, edited);
    const [result] = await ingestFiles(ex, [nufa]);
    expect(result!.status).toBe('replaced');
    const title = await ex.read("MATCH (c:Case {id: 'NUFA-26/22'}) RETURN c.title AS title");
    expect(title).toEqual([{ title: 'Kunstig intelligens i helsetjenesten' }]);
    const gone = await ex.read(
      "MATCH (s:Statement) WHERE s.text = 'Lovverket må det jobbes med.' RETURN count(s) AS n",
    );
    expect(gone[0]!.n).toBe(0);
    const docs = await ex.read('MATCH (d:Document {file: $file}) RETURN count(DISTINCT d.fileSha256) AS versions', {
      file: NUFA_FILE,
    });
    expect(docs[0]!.versions).toBe(1);
    // Links through the edited file are re-resolved, not duplicated.
    const links = await ex.read(
      "MATCH (:Case {id: 'NUFA-24/22'})-[l:LINKED]->(:Case {id: 'NUIT-37/22'}) RETURN count(l) AS n",
    );
    expect(links[0]!.n).toBe(1);
  });
});

describe('bad input', () => {
  it('names the file and problem, and still loads the good files', async () => {
    const bad = {
      empty: path.join(dir, 'empty.txt'),
      binary: path.join(dir, 'binary.txt'),
      latin1: path.join(dir, 'latin1.txt'),
      nodoc: path.join(dir, 'notes.txt'),
      pdf: path.join(dir, 'broken.pdf'),
    };
    await writeFile(bad.empty, '');
    await writeFile(bad.binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10, 0x00]));
    await writeFile(
      bad.latin1,
      Buffer.concat([
        Buffer.from('Referat fra møte i NUIT\nDato 1. mars 2022\n', 'utf8'),
        Buffer.from('Sted Tromsø\n', 'latin1'),
      ]),
    );
    await writeFile(bad.nodoc, 'Handleliste\nmelk\nbrød\n');
    await writeFile(bad.pdf, '%PDF-1.4\nthis is not really a pdf\n');
    const results = await ingestFiles(ex, [
      bad.empty,
      path.join(dir, NUFA_FILE),
      bad.binary,
      bad.latin1,
      bad.nodoc,
      bad.pdf,
    ]);
    const byFile = Object.fromEntries(results.map((r) => [path.basename(r.file), r]));
    expect(byFile['empty.txt']).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/empty\.txt: empty file/),
    });
    expect(byFile['binary.txt']).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/binary\.txt:1: binary file/),
    });
    expect(byFile['latin1.txt']).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/latin1\.txt:3: not UTF-8/),
    });
    // Readable text is never thrown away: a text that is no committee document loads as partial.
    expect(byFile['notes.txt']).toMatchObject({
      status: 'partial',
      missing: [expect.stringMatching(/^Handleliste: .*no case table/)],
    });
    expect(byFile['broken.pdf']).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/broken\.pdf: unreadable PDF/),
    });
    expect(byFile[NUFA_FILE]!.status).toBe('loaded');
    const docs = await ex.read('MATCH (d:Document) RETURN collect(DISTINCT d.file) AS files');
    expect([...(docs[0]!.files as string[])].sort()).toEqual([NUFA_FILE, 'notes.txt'].sort());
  });

  it('writes a document in one transaction or not at all', async () => {
    const gaz = Gazetteer.load();
    const text = await readFile(path.join(dir, NUFA_FILE), 'utf8');
    const records = toRecords(gaz, parseText(gaz, text), NUFA_FILE, 'f'.repeat(64));
    // A relationship to a node that does not exist makes the write fail part-way through.
    records.rels.push({
      ...records.rels[0]!,
      to: { label: 'Topic', key: 'no-such-topic' },
      type: 'ABOUT',
      from: { label: 'Case', key: 'NUFA-24/22' },
    });
    await expect(writeFileRecords(ex, NUFA_FILE, 'f'.repeat(64), records)).rejects.toThrow(
      /point at nodes that do not exist/,
    );
    const left = await ex.read(
      'MATCH (n) WHERE NOT n:Committee AND NOT n:Topic AND NOT n:Organization AND NOT n:GraphMeta RETURN count(n) AS n',
    );
    expect(left[0]!.n).toBe(0);
  });
});

describe('PDF input', () => {
  it('reads a PDF with pdfjs and parses it like text', async () => {
    const pdf = path.join(dir, 'ehelseraad.pdf');
    await writeFile(
      pdf,
      minimalPdf([
        'Referat fra møte i Nasjonalt e-helseråd',
        'Dato 2. desember 2022',
        'Sted Oslo',
        'Sak Tema Sakstype',
        'Sak 12/22 Ny nasjonal e-helsestrategi Tilslutning',
        'Sak 12/22 Ny nasjonal e-helsestrategi',
        'Følgende innspill og spørsmål ble tatt med fra møtet:',
        '• KS mener strategien må følges opp med tiltak.',
        'Vedtak:',
        'Nasjonalt e-helseråd slutter seg til strategien.',
      ]),
    );
    const [r] = await ingestFiles(ex, [pdf]);
    expect(r).toMatchObject({ status: 'loaded', cases: 1, statements: 1 });
    const rows = await ex.read(
      "MATCH (o:Organization)-[:RAISED]->(:Statement)-[:ON]->(c:Case {id: 'EHELSERAD-12/22'}) RETURN c.title AS title, c.type AS type, c.decision AS decision, o.id AS org",
    );
    expect(rows).toEqual([
      {
        title: 'Ny nasjonal e-helsestrategi',
        type: 'Tilslutning',
        decision: 'Nasjonalt e-helseråd slutter seg til strategien.',
        org: 'ks',
      },
    ]);
  });
});
