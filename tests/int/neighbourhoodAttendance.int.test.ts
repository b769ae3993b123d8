import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExplorableRel, type ElementsT } from '../../graph/api/index.js';
import type { Executor } from '../../graph/executor.js';
import { testApp } from '../helpers/app.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';
import { loadCorpus } from '../helpers/ingest.js';

let ex: Executor;
let app: Express;
beforeAll(async () => {
  ex = testExecutor();
  await resetGraph(ex);
  await loadCorpus(ex);
  app = testApp(ex);
}, 240_000);
afterAll(async () => {
  await resetGraph(ex);
  await ex.close();
});

const get = async (url: string) => (await request(app).get(url).expect(200)).body as ElementsT;
const attended = (e: ElementsT) => e.edges.filter((x) => x.data.type === 'ATTENDED');
const ALL_RELS = ExplorableRel.options.join(',');

describe('attendance in a neighbourhood', () => {
  it('around a committee at depth 2: not drawn between meetings and people, but counted', async () => {
    const body = await get('/api/neighbourhood?ids=Committee:NUIT&depth=2&limit=2000');
    expect(body.truncated).toBe(false);
    expect(body.nodes.some((n) => n.data.kind === 'Meeting')).toBe(true);
    expect(body.nodes.some((n) => n.data.kind === 'Person')).toBe(true);
    expect(attended(body)).toEqual([]);
    const omitted = body.omitted?.find((o) => o.type === 'ATTENDED')?.count ?? 0;
    expect(omitted).toBeGreaterThan(0);

    // Asked for by name, attendance is followed everywhere, and nothing else changes.
    const asked = await get(`/api/neighbourhood?ids=Committee:NUIT&depth=2&limit=2000&rels=${ALL_RELS}`);
    expect(asked.omitted).toBeUndefined();
    expect(attended(asked).length).toBeGreaterThan(0);
    // Each edge stands for at least one relationship the default answer counted as left out.
    expect(omitted).toBeGreaterThanOrEqual(attended(asked).length);
    const askedEdges = new Set(asked.edges.map((e) => e.data.id));
    for (const e of body.edges) expect(askedEdges.has(e.data.id)).toBe(true);
  });

  it('around a meeting: its attendees are drawn, their other meetings are not', async () => {
    const [m] = await ex.read(
      `MATCH (m:Meeting)<-[:ATTENDED]-(:Person) RETURN m.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 1`,
    );
    const meeting = `Meeting:${String(m!.id)}`;
    const depth1 = await get(`/api/neighbourhood?ids=${encodeURIComponent(meeting)}&depth=1`);
    const drawn = attended(depth1);
    expect(drawn.length).toBe(Number(m!.n));
    expect(drawn.every((e) => e.data.target === meeting)).toBe(true);

    const depth2 = await get(`/api/neighbourhood?ids=${encodeURIComponent(meeting)}&depth=2&limit=2000`);
    // Every attendance edge drawn touches the meeting that was opened.
    expect(attended(depth2).every((e) => e.data.target === meeting || e.data.source === meeting)).toBe(true);
    expect(attended(depth2).length).toBe(drawn.length);
  });

  it('a person opened shows the meetings they attended', async () => {
    const [p] = await ex.read(
      `MATCH (p:Person)-[:ATTENDED]->(m:Meeting) RETURN p.id AS id, count(DISTINCT m) AS n ORDER BY n DESC, id LIMIT 1`,
    );
    const person = `Person:${String(p!.id)}`;
    const body = await get(`/api/neighbourhood?ids=${encodeURIComponent(person)}&depth=1`);
    const meetings = new Set(attended(body).map((e) => e.data.target));
    expect(meetings.size).toBe(Number(p!.n));
    expect(body.omitted).toBeUndefined();
  });
});
