import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowT, LineageT, MatrixT, SearchResultT } from '../../graph/api/index.js';
import type { Executor } from '../../graph/executor.js';
import { expandInputs, ingestFiles } from '../../seed/ingest.js';
import { removeDocumentsByIds } from '../../seed/removeDocuments.js';
import { testApp } from '../helpers/app.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';

/** NUIT in 2016 takes up a matter Nasjonal IKT treated in 2013, and says it took over its work. */
const NUIT_2016 = `Referat fra møte i NUIT
Møte 1/2016
Dato 10. mars 2016
Sted Direktoratet for e-helse, Oslo

Til stede
Karl Vestli, Direktoratet for e-helse
Herlof Nilssen, Helse Vest RHF

Sak 01/16 Godkjenning av innkalling
Vedtak: Innkalling godkjent.

Sak 02/16 Ny nasjonal styringsmodell for e-helse
Direktoratet for e-helse orienterte om den nye styringsmodellen. NUIT overtar oppgavene til
styringsgruppen for Nasjonal IKT fra 1. januar 2016.
Vedtak: NUIT tar saken til orientering.

Sak 03/16 Felles løsning for kjernejournal i sykehusene
Styringsgruppen for Nasjonal IKT behandlet saken 12.12.2013 (sak 47/13).

Følgende innspill ble gitt:
• Direktoratet for e-helse mener kjernejournal bør tas i bruk i alle sykehus.
• Helsedirektoratet påpekte at finansieringen av kjernejournal må avklares.

Vedtak: NUIT anbefaler videre utprøving av kjernejournal i sykehusene.
`;

let ex: Executor;
let app: Express;
let nuitDoc: string;
beforeAll(async () => {
  ex = testExecutor();
  await resetGraph(ex);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-lineage-'));
  await copyFile(
    new URL('../eval/documents/nasjonal-ikt-2013-referat.txt', import.meta.url),
    path.join(dir, 'nasjonal-ikt-2013-referat.txt'),
  );
  await writeFile(path.join(dir, 'nuit-2016-03-referat.txt'), NUIT_2016);
  await ingestFiles(ex, await expandInputs([dir]));
  const rows = await ex.read("MATCH (d:Document) WHERE d.file ENDS WITH 'nuit-2016-03-referat.txt' RETURN d.id AS id");
  nuitDoc = String(rows[0]!.id);
  app = testApp(ex);
}, 600_000);
afterAll(async () => {
  await resetGraph(ex);
  await ex.close();
});

const lineage = async () => (await request(app).get('/api/lineage').expect(200)).body as LineageT;

describe('the lineage of bodies', () => {
  it("puts a Nasjonal IKT case of 2013 and its follow-up in NUIT 2016 in one lane, on the document's word", async () => {
    const flow = (await request(app).get('/api/flow').query({ case: 'NUIT-3/16' }).expect(200)).body as FlowT;
    const ids = flow.cases.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['NUIT-3/16', 'NASJONAL-IKT-47/13']));
    const l = await lineage();
    const laneOf = (key: string) => l.bodies.find((b) => b.key === key)?.lane;
    // Both committees of the flow run into one lane: NUIT's.
    const pair = flow.cases.filter((c) => ['NUIT-3/16', 'NASJONAL-IKT-47/13'].includes(c.id));
    expect(new Set(pair.map((c) => laneOf(c.committee)))).toEqual(new Set(['NUIT']));
    const lane = l.lanes.find((x) => x.key === 'NUIT')!;
    expect(lane.members).toEqual(['NASJONAL-IKT', 'NUIT']);
    expect(lane.formerNames).toEqual(['Nasjonal IKT', 'Nasjonalt utvalg for IKT-prioritering']);
    const link = l.links.find((x) => x.from === 'NASJONAL-IKT' && x.to === 'NUIT')!;
    expect(link).toMatchObject({ type: 'SUCCEEDED_BY', date: '2016-01-01', document: { id: nuitDoc, lineStart: 14 } });
    expect(link.source).toContain('linje 14');
  });

  it("keeps the registry's facts with their sources and periods", async () => {
    const l = await lineage();
    expect(l.links.find((x) => x.from === 'ehelse')).toMatchObject({
      type: 'MERGED_INTO',
      to: 'helsedirektoratet',
      date: '2024-01-01',
    });
    expect(l.bodies.find((b) => b.key === 'ehelse')).toMatchObject({
      from: '2016-01-01',
      to: '2023-12-31',
      lane: 'helsedirektoratet',
    });
    expect(l.links.find((x) => x.from === 'EHELSESTYRE')).toMatchObject({ to: 'EHELSERAD' });
    expect(l.links.find((x) => x.from === 'EHELSESTYRE')!.date).toBeUndefined();
    expect(l.warnings).toEqual([]);
  });

  it('finds a body by its name and says what it became', async () => {
    const res = (
      await request(app).get('/api/search').query({ q: 'Direktoratet for e-helse', kinds: 'Organization' }).expect(200)
    ).body as SearchResultT;
    const hit = res.hits.find((h) => h.id === 'Organization:ehelse')!;
    expect(hit.became).toEqual({
      id: 'Organization:helsedirektoratet',
      name: 'Helsedirektoratet',
      type: 'MERGED_INTO',
      date: '2024-01-01',
    });
    expect(res.hits.find((h) => h.id === 'Organization:helsedirektoratet')?.became).toBeUndefined();
  });

  it("counts the matrix as the bodies were then or as today's bodies", async () => {
    const then = (await request(app).get('/api/matrix').query({ bodies: 'then', role: 'any' }).expect(200))
      .body as MatrixT;
    const today = (await request(app).get('/api/matrix').query({ bodies: 'today', role: 'any' }).expect(200))
      .body as MatrixT;
    const total = (m: MatrixT, org: string) =>
      m.cells.filter((c) => c.organization === org).reduce((n, c) => n + c.count, 0);
    expect(total(then, 'Organization:ehelse')).toBeGreaterThan(0);
    expect(total(today, 'Organization:ehelse')).toBe(0);
    const then2 = new Set(
      then.cells
        .filter((c) => ['Organization:ehelse', 'Organization:helsedirektoratet'].includes(c.organization))
        .flatMap((c) => c.statements),
    );
    const today2 = new Set(
      today.cells.filter((c) => c.organization === 'Organization:helsedirektoratet').flatMap((c) => c.statements),
    );
    expect(today2).toEqual(then2);
  });

  it('forgets a succession when the document that states it is removed', async () => {
    await removeDocumentsByIds(ex, [nuitDoc]);
    const l = await lineage();
    expect(l.links.find((x) => x.from === 'NASJONAL-IKT' && x.to === 'NUIT')).toBeUndefined();
    expect(l.bodies.find((b) => b.key === 'NASJONAL-IKT')!.lane).toBe('NASJONAL-IKT-HF');
  });
});
