import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { ingestFiles } from '../../seed/ingest.js';
import { createApp } from '../../server/app.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';

/* Issue 8 against a real Neo4j: documents of other shapes load and nothing readable is lost (topics on the corpus: api.int.test.ts). */
const EVAL = fileURLToPath(new URL('../eval/documents/', import.meta.url));
const FLAT = path.join(EVAL, 'ehelserad-2023-06-flat.txt');
const NOTE = path.join(EVAL, 'notat-helseplattformen.txt');
const NUIT_2019 = path.join(EVAL, 'nuit-2019-09-referat.txt');

let ex: Executor;
let app: Express;
let extra: Awaited<ReturnType<typeof ingestFiles>>;
beforeAll(async () => {
  ex = testExecutor();
  await resetGraph(ex);
  extra = await ingestFiles(ex, [FLAT, NOTE, NUIT_2019]);
  app = createApp({ executor: ex, logger: pino({ level: 'silent' }), rateLimitPerMinute: 10_000 });
});
afterAll(async () => {
  await resetGraph(ex);
  await ex.close();
});

describe('a one-line flattened agenda', () => {
  it('loads with its committee, date and all cases', async () => {
    expect(extra[0]!.status).toBe('loaded');
    const rows = await ex.read(
      `MATCH (c:Case)-[t:TREATED_AT]->(m:Meeting)-[:OF]->(:Committee {key: 'EHELSERAD'})
       WHERE m.startDate = '2023-06-07' RETURN m.number AS number, collect(c.number) AS cases`,
    );
    expect(rows[0]!.number).toBe('3/2023');
    expect([...(rows[0]!.cases as string[])].sort()).toEqual(['12/23', '13/23', '14/23', '15/23', '16/23', '17/23']);
  });
});

describe('a text that is no committee document', () => {
  it('loads as a partial Document that says what is missing', async () => {
    expect(extra[1]).toMatchObject({ status: 'partial', missing: [expect.stringContaining('no case table')] });
    const [d] = await ex.read(
      `MATCH (d:Document {kind: 'text'})-[:SOURCE_OF]->(p:Passage) RETURN d.status AS status, count(p) AS passages`,
    );
    expect(d).toMatchObject({ status: 'partial' });
    expect(Number(d!.passages)).toBeGreaterThanOrEqual(3);
  });

  it('is found by search, with the line it came from', async () => {
    const res = await request(app).get('/api/search?q=opsjonsavtale').expect(200);
    const hit = res.body.hits.find((h: { kind: string }) => h.kind === 'Passage');
    expect(hit.snippet.toLowerCase()).toContain('opsjonsavtale');
    const entity = await request(app)
      .get(`/api/entities/${encodeURIComponent(hit.id)}`)
      .expect(200);
    expect(entity.body.sources[0]).toMatchObject({ file: 'notat-helseplattformen.txt', lineStart: 9 });
  });
});

describe('registry and people', () => {
  it('has the successions of the registry, dated only where a source says so', async () => {
    const rows = await ex.read(
      'MATCH (a)-[r:SUCCEEDED_BY]->(b) RETURN coalesce(a.key, a.id) AS from, coalesce(b.key, b.id) AS to, r.date AS date ORDER BY from',
    );
    expect(rows).toEqual([
      { from: 'EHELSESTYRE', to: 'EHELSERAD', date: null },
      { from: 'NASJONAL-IKT', to: 'NASJONAL-IKT-HF', date: '2014-01-01' },
    ]);
    // The directorate was merged into Helsedirektoratet, not succeeded by it.
    expect(
      await ex.read(
        'MATCH (a)-[r:MERGED_INTO]->(b) RETURN coalesce(a.key, a.id) AS from, coalesce(b.key, b.id) AS to, r.date AS date',
      ),
    ).toEqual([{ from: 'ehelse', to: 'helsedirektoratet', date: '2024-01-01' }]);
  });

  it('keeps "Karl S. Vestli" and "Karl Vestli" as one person with both spellings, and dates what he represents', async () => {
    const [p] = await ex.read(
      `MATCH (p:Person {id: 'karl-vestli'})-[r:REPRESENTS]->(o:Organization {id: 'ehelse'})
       RETURN p.aliases AS aliases, collect(DISTINCT r.date) AS dates`,
    );
    expect(p!.aliases).toEqual(expect.arrayContaining(['Karl S. Vestli', 'Karl Vestli']));
    expect(p!.dates).toEqual(['2019-09-18']);
  });
});
