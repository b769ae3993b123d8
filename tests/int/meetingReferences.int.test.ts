import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { CORPUS_DIR } from '../../seed/bundledCorpus.js';
import { exportGraph } from '../../seed/exportGraph.js';
import { ingestFiles } from '../../seed/ingest.js';
import { removeDocumentsByIds } from '../../seed/removeDocuments.js';
import { testApp } from '../helpers/app.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';
import { NUFA_FILE, NUIT_FILE } from '../helpers/ingest.js';

/*
 * Meeting references without a case number ("drøftet i forrige NUIT", "legges frem for Nasjonalt
 * e-helseråd den 2. desember", "presentert i Nasjonalt e-helseråd og NUIT i mai/juni møtene"),
 * loaded with the bundled corpus and three small documents of other meetings.
 */

const FIXTURES = path.resolve('tests/fixtures/documents');
const SEEDS = [path.join(CORPUS_DIR, NUFA_FILE), path.join(CORPUS_DIR, NUIT_FILE)];
/** Nasjonalt e-helseråd 8 June 2022: the June meeting NUIT 38/22 says EHDS was presented at. */
const JUNE = path.join(FIXTURES, 'ehelseraad-referat-2022-06.txt');
/** NUFA 26 October 2022: "drøftet i forrige NUFA-møte", "legges frem for Nasjonalt e-helseråd den 2. desember". */
const OCTOBER = path.join(FIXTURES, 'nufa-innkalling-2022-10.txt');
/** Nasjonalt e-helseråd 2 December 2022: the meeting NUIT 34/22 and NUFA 42/22 plan for. */
const DECEMBER = path.join(FIXTURES, 'ehelseraad-innkalling-2022-12.txt');

/** Loading the corpus and a few documents takes a minute on a busy two-core machine. */
const LOAD_TIMEOUT = 180_000;

let ex: Executor;
let app: Express;
beforeEach(async () => {
  ex ??= testExecutor();
  app ??= testApp(ex);
  await resetGraph(ex);
});
afterAll(async () => {
  await resetGraph(ex);
  await ex.close();
});

async function refersTo(): Promise<string[]> {
  const rows = await ex.read(
    `MATCH (a:Case)-[r:REFERS_TO]->(t)
     RETURN a.id + ' -> ' + labels(t)[0] + ':' + t.id + ' ' + r.direction + ' ' + r.resolution AS line`,
  );
  return rows.map((r) => String(r.line)).sort();
}
const placeholders = async () =>
  (await ex.read('MATCH (p:ReferencedMeeting) RETURN p.id AS id ORDER BY id')).map((r) => String(r.id));

describe('meeting references without a case number', () => {
  it(
    'resolve to the loaded meeting and its case on the same topic, else to one shared placeholder',
    async () => {
      const results = await ingestFiles(ex, [...SEEDS, JUNE, OCTOBER]);
      expect(results.map((r) => r.status)).toEqual(['loaded', 'loaded', 'loaded', 'loaded']);
      const links = await refersTo();
      expect(links).toEqual([
        // "drøftet i forrige NUFA-møte" (26 October): NUFA's meeting of 31 August, its case on KI.
        'NUFA-41/22 -> Case:NUFA-26/22 earlier same-topic',
        'NUFA-41/22 -> Meeting:NUFA-2022-08-31 earlier meeting',
        // Two documents planning for "Nasjonalt e-helseråd den 2. desember" meet in one placeholder.
        'NUFA-42/22 -> ReferencedMeeting:ref-EHELSERAD-2022-12-02 later placeholder',
        'NUIT-34/22 -> ReferencedMeeting:ref-EHELSERAD-2022-12-02 later placeholder',
        // "Tiltak for 2023 ble drøftet i forrige NUIT": the minutes of 19 May are in the NUIT file.
        'NUIT-35/22 -> Case:NUIT-21/22 earlier same-topic',
        'NUIT-35/22 -> Meeting:NUIT-2022-05-19 earlier meeting',
        // "NUFA behandlet saken 31.8.2022": the dated reference also names the meeting.
        'NUIT-37/22 -> Case:NUFA-24/22 earlier same-topic',
        'NUIT-37/22 -> Meeting:NUFA-2022-08-31 earlier meeting',
        // "ble kort presentert i Nasjonalt e-helseråd og NUIT i mai/juni møtene" (NUIT 38/22, EHDS).
        'NUIT-38/22 -> Case:EHELSERAD-6/22 earlier same-topic',
        'NUIT-38/22 -> Case:NUIT-18/22 earlier same-topic',
        'NUIT-38/22 -> Meeting:EHELSERAD-2022-06-08 earlier meeting',
        'NUIT-38/22 -> Meeting:NUIT-2022-05-19 earlier meeting',
      ]);
      // Only the meeting no loaded document holds is a placeholder.
      expect(await placeholders()).toEqual(['ref-EHELSERAD-2022-12-02']);

      const [p] = await ex.read(
        `MATCH (p:ReferencedMeeting {id: 'ref-EHELSERAD-2022-12-02'})
       OPTIONAL MATCH (d:Document)-[:SOURCE_OF]->(p)
       RETURN p.committee AS committee, p.when AS when, count(DISTINCT d) AS docs`,
      );
      expect(p).toEqual({ committee: 'EHELSERAD', when: '2022-12-02', docs: 2 });
      // Each link keeps the sentence it was read from and the document and lines that state it.
      const [r] = await ex.read(
        `MATCH (:Case {id: 'NUIT-38/22'})-[r:REFERS_TO]->(:Meeting {id: 'EHELSERAD-2022-06-08'})
       RETURN r.quote AS quote, r.lineStart AS line, size(r.sourceIds) AS sources, r.doc AS doc`,
      );
      expect(String(r!.quote)).toContain('mai/juni møtene');
      expect(r!.line).toBeGreaterThan(1);
      expect(r!.sources).toBe(1);
      expect(String(r!.doc)).toMatch(/^[0-9a-f]{64}:\d+$/);
    },
    LOAD_TIMEOUT,
  );

  it(
    'replace the placeholder by the meeting when its document is loaded after',
    async () => {
      await ingestFiles(ex, [...SEEDS, OCTOBER]);
      expect(await placeholders()).toContain('ref-EHELSERAD-2022-12-02');
      const [dec] = await ingestFiles(ex, [DECEMBER]);
      expect(dec!.status).toBe('loaded');
      expect(await placeholders()).not.toContain('ref-EHELSERAD-2022-12-02');
      const links = await refersTo();
      expect(links).toContain('NUIT-34/22 -> Meeting:EHELSERAD-2022-12-02 later meeting');
      expect(links).toContain('NUIT-34/22 -> Case:EHELSERAD-13/22 later same-topic');
      expect(links).toContain('NUFA-42/22 -> Meeting:EHELSERAD-2022-12-02 later meeting');
      expect(links).toContain('NUFA-42/22 -> Case:EHELSERAD-14/22 later same-topic');
      expect(links.filter((l) => l.includes('ref-EHELSERAD-2022-12-02'))).toEqual([]);

      // Removing the meeting's document again brings the placeholder back.
      const docs = await ex.read("MATCH (d:Document) WHERE d.date = '2022-12-02' RETURN d.id AS id");
      await removeDocumentsByIds(
        ex,
        docs.map((d) => String(d.id)),
      );
      expect(await placeholders()).toContain('ref-EHELSERAD-2022-12-02');
      const back = await refersTo();
      expect(back).toContain('NUIT-34/22 -> ReferencedMeeting:ref-EHELSERAD-2022-12-02 later placeholder');
      expect(back.filter((l) => l.includes('EHELSERAD-2022-12-02 later meeting'))).toEqual([]);
    },
    LOAD_TIMEOUT,
  );

  it(
    'give the same graph in any load order, and loading again changes nothing',
    async () => {
      const all = [...SEEDS, JUNE, OCTOBER, DECEMBER];
      await ingestFiles(ex, all);
      const forward = await exportGraph(ex);
      const forwardLinks = await refersTo();
      await resetGraph(ex);
      await ingestFiles(ex, [DECEMBER, OCTOBER, SEEDS[1]!, JUNE, SEEDS[0]!]);
      const shape = (g: typeof forward) => ({
        nodes: g.nodes.map((n) => n.id).sort(),
        rels: g.relationships
          .filter((r) => r.type !== 'SOURCE_OF')
          .map((r) => `${r.start} ${r.type} ${r.end} ${String(r.properties.kind ?? r.properties.resolution ?? '')}`)
          .sort(),
      });
      const backward = await exportGraph(ex);
      expect(shape(backward)).toEqual(shape(forward));
      expect(await refersTo()).toEqual(forwardLinks);

      const again = await ingestFiles(ex, all);
      expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
      expect(await exportGraph(ex)).toEqual(backward);
      // Read again by a newer parser: replaced, and the same graph.
      await ex.write('MATCH (d:Document) REMOVE d.parserVersion');
      await ingestFiles(ex, all);
      expect(shape(await exportGraph(ex))).toEqual(shape(forward));
      expect(await refersTo()).toEqual(forwardLinks);
    },
    4 * LOAD_TIMEOUT,
  );

  it(
    'the issue flow shows e-helserådet’s part of a topic on the bundled corpus',
    async () => {
      await ingestFiles(ex, SEEDS);
      const ehds = (await request(app).get('/api/flow?topic=ehds').expect(200)).body;
      expect(ehds.lanes.map((l: { committee: string }) => l.committee)).toContain('EHELSERAD');
      expect(ehds.referred).toContainEqual(
        expect.objectContaining({
          from: 'NUIT-38/22',
          to: 'ref-EHELSERAD-2022-05_2022-06',
          kind: 'placeholder',
          committee: 'EHELSERAD',
          when: '2022-05/2022-06',
          direction: 'earlier',
        }),
      );
      const strategy = (await request(app).get('/api/flow?topic=e-helsestrategi').expect(200)).body;
      expect(strategy.referred).toContainEqual(
        expect.objectContaining({ from: 'NUIT-34/22', committee: 'EHELSERAD', date: '2022-12-02', direction: 'later' }),
      );
      // The planned treatment the reference stands for is not drawn a second time.
      expect(
        strategy.planned.filter(
          (p: { from: string; committee: string }) => p.from === 'NUIT-34/22' && p.committee === 'EHELSERAD',
        ),
      ).toEqual([]);

      // With e-helserådet's June minutes loaded, its EHDS case takes the placeholder's place.
      await ingestFiles(ex, [JUNE]);
      const after = (await request(app).get('/api/flow?topic=ehds').expect(200)).body;
      expect(after.cases.map((c: { id: string }) => c.id)).toContain('EHELSERAD-6/22');
      expect(after.links).toContainEqual(
        expect.objectContaining({ from: 'EHELSERAD-6/22', to: 'NUIT-38/22', kind: 'referred' }),
      );
      expect(after.referred.map((r: { to: string }) => r.to)).not.toContain('ref-EHELSERAD-2022-05_2022-06');
      // A case's chain includes the cases it refers to.
      const chain = (
        await request(app)
          .get(`/api/flow?case=${encodeURIComponent('NUIT-38/22')}`)
          .expect(200)
      ).body;
      expect(chain.cases.map((c: { id: string }) => c.id)).toContain('EHELSERAD-6/22');
    },
    LOAD_TIMEOUT,
  );
});
