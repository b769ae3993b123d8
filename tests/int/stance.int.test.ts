import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { classifyStoredStatements } from '../../seed/write/classifyStoredStatements.js';
import { testApp } from '../helpers/app.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';

/* Stance of statements in the graph and the API, on the bundled corpus in a real Neo4j. */
let ex: Executor;
let app: Express;
beforeAll(async () => {
  ex = await corpusGraph();
  app = testApp(ex);
  // Loading the corpus on a machine shared by several test runs can take minutes.
}, 600_000);
afterAll(() => closeGraph(ex));
const get = (url: string) => request(app).get(url);

describe('stance in the graph', () => {
  it('gives every loaded statement a stance, its cue as written and the rule', async () => {
    const rows = await ex.read(
      'MATCH (s:Statement) RETURN s.text AS text, s.stance AS stance, s.stanceCue AS cue, s.stanceRule AS rule',
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      expect(['concern', 'objection', 'request', 'question', 'support', 'information']).toContain(r.stance);
      // A cue as written in the text; only the default rule (no cue word at all) has none.
      if (r.cue === null) expect(String(r.rule)).toMatch(/^default\./);
      else expect(String(r.text)).toContain(String(r.cue));
      expect(String(r.rule)).toMatch(/^[a-z]+\.[a-z-]+/);
    }
    const [alt3] = await ex.read(
      "MATCH (s:Statement) WHERE s.text = 'Helse Vest RHF støttet anbefalingen om alternativ 3.' RETURN s.stance AS stance, s.stanceCue AS cue",
    );
    expect(alt3).toEqual({ stance: 'support', cue: 'støttet' });
  });

  it('classifies the statements of a graph loaded before stances, and keeps it in the contributions', async () => {
    await ex.write('MATCH (s:Statement) REMOVE s.stance, s.stanceCue, s.stanceRule');
    const n = await classifyStoredStatements(ex);
    expect(n).toBeGreaterThan(100);
    const [left] = await ex.read('MATCH (s:Statement) WHERE s.stance IS NULL RETURN count(s) AS n');
    expect(Number(left!.n)).toBe(0);
    const [src] = await ex.read('MATCH (:Document)-[r:SOURCE_OF]->(:Statement) RETURN r.contributed AS c LIMIT 1');
    expect(JSON.parse(String(src!.c))).toHaveProperty('stance');
    expect(await classifyStoredStatements(ex)).toBe(0);
  });
});

describe('stance in the API', () => {
  it('the matrix with stance=concern holds only concern statements, counted by stance', async () => {
    const all = await get('/api/matrix').expect(200);
    const only = await get('/api/matrix?stance=concern').expect(200);
    expect(only.body.cells.length).toBeGreaterThan(0);
    expect(only.body.cells.length).toBeLessThan(all.body.cells.length);
    for (const c of only.body.cells) {
      expect(c.stances).toEqual({ concern: c.count });
      for (const id of c.statements) {
        const e = await get(`/api/entities/${encodeURIComponent(id)}`).expect(200);
        expect(e.body.properties.stance).toBe('concern');
        expect(String(e.body.properties.text)).toContain(e.body.properties.stanceCue);
      }
    }
  });

  it('refuses an unknown stance with 400 problem+json naming the parameter', async () => {
    for (const url of [
      '/api/matrix?stance=angry',
      '/api/changes?since=2022-01-01&stance=angry',
      '/api/topics/ehds/voices?stance=x',
      '/api/organizations/ks/concerns?stance=x',
    ]) {
      const res = await get(url).expect(400);
      expect(res.type).toBe('application/problem+json');
      expect(JSON.stringify(res.body)).toContain('stance');
    }
  });

  it('carries stance and cue in changes, concerns, voices and the brief', async () => {
    const ch = await get('/api/changes?since=2022-01-01&stance=support').expect(200);
    const sts = ch.body.statementsByActor.flatMap((a: { statements: unknown[] }) => a.statements);
    expect(sts.length).toBeGreaterThan(0);
    for (const s of sts) expect(s).toMatchObject({ stance: 'support' });
    const ks = await get('/api/organizations/ks/concerns').expect(200);
    const ksStatements = ks.body.cases.flatMap((c: { statements: unknown[] }) => c.statements);
    expect(
      ksStatements.every((s: { stance: string; stanceCue: string }) => s.stance && typeof s.stanceCue === 'string'),
    ).toBe(true);
    expect(ks.body.topics.some((t: { stances: object }) => Object.keys(t.stances).length > 0)).toBe(true);
    const voices = await get('/api/topics/ehds/voices').expect(200);
    for (const v of voices.body.voices)
      expect(Object.values(v.stances).reduce((a: number, b) => a + Number(b), 0)).toBe(v.statements);
    const brief = await get('/api/meetings/NUIT-2022-09-14/brief').expect(200);
    const raised = brief.body.cases.flatMap((c: { raised: unknown[] }) => c.raised);
    expect(raised.length).toBeGreaterThan(0);
    for (const r of raised) expect(r).toHaveProperty('stanceCue');
  });
});
