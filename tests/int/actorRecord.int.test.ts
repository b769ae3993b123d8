import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { testApp } from '../helpers/app.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';
import { loadCorpus } from '../helpers/ingest.js';

/* An actor's record (GET /api/organizations/{id}/statements) on the bundled corpus in a real Neo4j. */
let ex: Executor;
let app: Express;
beforeAll(async () => {
  ex = testExecutor();
  await resetGraph(ex);
  await loadCorpus(ex);
  app = testApp(ex);
}, 600_000);
afterAll(async () => {
  await resetGraph(ex);
  await ex.close();
});
const get = (url: string) => request(app).get(url);

interface Page {
  total: number;
  groups: { key: string; label: string | null; count: number; stances: Record<string, number> }[];
  stances: Record<string, number>;
  statements: { id: string; text: string; stance: string; stanceCue: string; date: string | null }[];
  nextCursor: string | null;
}

/** Every page of a record, following nextCursor. */
async function pages(url: string): Promise<Page[]> {
  const got: Page[] = [(await get(url).expect(200)).body];
  while (got[got.length - 1]!.nextCursor)
    got.push((await get(`${url}&cursor=${got[got.length - 1]!.nextCursor}`).expect(200)).body);
  return got;
}

describe("an organisation's record", () => {
  it("sends KS's statements over its pages exactly once, as many as the graph holds, with stance and cue", async () => {
    const [n] = await ex.read("MATCH (:Organization {id: 'ks'})-[:RAISED]->(s:Statement) RETURN count(s) AS n");
    const inGraph = Number(n!.n);
    expect(inGraph).toBeGreaterThan(3);
    const all = await pages('/api/organizations/ks/statements?limit=2');
    expect(all.length).toBe(Math.ceil(inGraph / 2));
    const ids = all.flatMap((p) => p.statements.map((s) => s.id));
    expect(new Set(ids).size).toBe(inGraph);
    for (const p of all) expect(p.total).toBe(inGraph);
    for (const s of all.flatMap((p) => p.statements)) {
      expect(['concern', 'objection', 'request', 'question', 'support', 'information']).toContain(s.stance);
      if (s.stanceCue) expect(s.text).toContain(s.stanceCue);
    }
    const rows = await ex.read(
      "MATCH (:Organization {id: 'ks'})-[:RAISED]->(s:Statement) RETURN s.stance AS stance, count(*) AS n",
    );
    expect(all[0]!.stances).toEqual(Object.fromEntries(rows.map((r) => [String(r.stance), Number(r.n)])));
  });

  it('counts each statement in one group per grouping, and a group pages to its count', async () => {
    for (const group of ['year', 'topic', 'committee']) {
      const first: Page = (await get(`/api/organizations/ks/statements?group=${group}`).expect(200)).body;
      expect(first.groups.reduce((s, g) => s + g.count, 0)).toBe(first.total);
      for (const g of first.groups) {
        const inGroup = await pages(
          `/api/organizations/ks/statements?group=${group}&key=${encodeURIComponent(g.key)}&limit=1`,
        );
        expect(inGroup.flatMap((p) => p.statements)).toHaveLength(g.count);
        expect(inGroup[0]!.total).toBe(g.count);
      }
    }
  });

  it('filters by stance: the total is the sum of the pages and of the groups', async () => {
    const all: Page = (await get('/api/organizations/ks/statements').expect(200)).body;
    const stance = Object.keys(all.stances)[0]!;
    const only = await pages(`/api/organizations/ks/statements?stance=${stance}&limit=1`);
    expect(only[0]!.total).toBe(all.stances[stance]);
    expect(only.flatMap((p) => p.statements).every((s) => s.stance === stance)).toBe(true);
    expect(only.flatMap((p) => p.statements)).toHaveLength(only[0]!.total);
    expect(only[0]!.groups.reduce((s, g) => s + g.count, 0)).toBe(only[0]!.total);
  });

  it('keeps the cursor stable when a newer statement is stored between two pages', async () => {
    const url = '/api/organizations/ks/statements?limit=2';
    const first: Page = (await get(url).expect(200)).body;
    const second: Page = (await get(`${url}&cursor=${first.nextCursor}`).expect(200)).body;
    await ex.write(
      `MATCH (o:Organization {id: 'ks'})-[:RAISED]->(:Statement)-[:ON]->(c:Case) WITH o, c LIMIT 1
       CREATE (o)-[:RAISED]->(s:Statement {id: 'test-newer', text: 'KS er bekymret for framdriften.', kind: 'input', stance: 'concern', stanceCue: 'er bekymret for'})-[:ON]->(c)`,
    );
    try {
      const again: Page = (await get(`${url}&cursor=${first.nextCursor}`).expect(200)).body;
      expect(again.statements.map((s) => s.id)).toEqual(second.statements.map((s) => s.id));
      expect(again.total).toBe(first.total + 1);
    } finally {
      await ex.write("MATCH (s:Statement {id: 'test-newer'}) DETACH DELETE s");
    }
  });

  it("gives a person's record by the same rules", async () => {
    const [p] = await ex.read(
      'MATCH (p:Person)-[:RAISED]->(s:Statement) RETURN p.id AS id, count(s) AS n ORDER BY n DESC, id LIMIT 1',
    );
    if (!p) return; // the corpus attributes statements to organisations only
    const all = await pages(`/api/persons/${encodeURIComponent(String(p.id))}/statements?limit=1`);
    expect(all.flatMap((x) => x.statements)).toHaveLength(Number(p.n));
  });

  it('refuses a bad limit, cursor, stance or group with 400 problem+json naming the field', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['limit=5000', 'limit'],
      ['cursor=o20', 'cursor'],
      ['cursor=kbm90IGpzb24', 'cursor'],
      ['stance=angry', 'stance'],
      ['group=month', 'group'],
    ]) {
      const res = await get(`/api/organizations/ks/statements?${query}`).expect(400);
      expect(res.type).toBe('application/problem+json');
      // A list parameter names the item too ("stance.0").
      const fields: string[] = res.body.errors.map((e: { field: string }) => e.field.split('.')[0]);
      expect(fields).toContain(field);
    }
    const missing = await get('/api/organizations/no-such-org/statements').expect(404);
    expect(missing.type).toBe('application/problem+json');
  });
});
