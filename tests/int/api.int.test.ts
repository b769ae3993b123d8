import SwaggerParser from '@apidevtools/swagger-parser';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { testApp } from '../helpers/app.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';

let ex: Executor;
let app: Express;
beforeAll(async () => {
  ex = await corpusGraph();
  app = testApp(ex);
});
afterAll(() => closeGraph(ex));

const get = (url: string) => request(app).get(url);

describe('search', () => {
  it('finds NUFA 24/22 and NUIT 37/22 for "grunndata"', async () => {
    const res = await get('/api/search?q=grunndata&kinds=Case').expect(200);
    const ids = res.body.hits.map((h: { id: string }) => h.id);
    expect(ids).toContain('Case:NUFA-24/22');
    expect(ids).toContain('Case:NUIT-37/22');
    const hit = res.body.hits.find((h: { id: string }) => h.id === 'Case:NUFA-24/22');
    const [a, b] = hit.highlights[0];
    expect(hit.snippet.slice(a, b).toLowerCase()).toContain('grunndata');
  });

  it('tolerates typos: "helseplatformen" finds Helseplattformen', async () => {
    const res = await get('/api/search?q=helseplatformen').expect(200);
    expect(res.body.hits.map((h: { id: string }) => h.id)).toContain('Topic:helseplattformen');
  });

  it('tolerates two typos in a long word when one edit finds nothing: "helsplatformen"', async () => {
    const res = await get('/api/search?q=helsplatformen').expect(200);
    expect(res.body.hits.map((h: { id: string }) => h.id)).toContain('Topic:helseplattformen');
  });

  it('knows acronyms: "DHO" finds the digital hjemmeoppfølging case', async () => {
    const res = await get('/api/search?q=DHO&kinds=Case,Topic').expect(200);
    const ids = res.body.hits.map((h: { id: string }) => h.id);
    expect(ids).toContain('Topic:dho');
    expect(ids).toContain('Case:NUFA-30/22');
  });

  it.each(['EHDS OR', '"', '~', '*', '(', 'a AND (b', '[x TO y]', '\\'])(
    'never errors on Lucene syntax: %s',
    async (q) => {
      await get(`/api/search?q=${encodeURIComponent(q)}`).expect(200);
    },
  );

  it('rejects an empty query with problem+json naming the field', async () => {
    const res = await get('/api/search?q=').expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'q' })]);
  });

  it('rejects an unknown kind', async () => {
    const res = await get('/api/search?q=ehds&kinds=Case,Spaceship').expect(400);
    expect(res.body.errors[0].field).toMatch(/^kinds/);
  });
});

describe('entities', () => {
  it('returns properties, relationship counts and provenance', async () => {
    const res = await get(`/api/entities/${encodeURIComponent('Case:NUIT-22/22')}`).expect(200);
    expect(res.body).toMatchObject({
      id: 'Case:NUIT-22/22',
      kind: 'Case',
      properties: { title: 'Kostnadsfordeling av drift og forvaltning for de nasjonale e-helseløsningene' },
    });
    // 8 inputs and 3 responses (read off the minutes, lines 531-572)
    expect(res.body.relationshipCounts).toContainEqual({ type: 'ON', direction: 'in', count: 11 });
    expect(res.body.sources[0]).toMatchObject({ file: 'nuit-moteinnkalling-2022-09-14.txt', kind: 'minutes' });
    expect(res.body.sources[0].lineStart).toBeGreaterThan(300);
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const res = await get('/api/entities/Case:NUIT-99/99').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('answers 400 for an id with an unknown label', async () => {
    const res = await get('/api/entities/Spaceship:x').expect(400);
    expect(res.body.errors[0].field).toBe('id');
  });
});

describe('neighbourhood', () => {
  it('returns Cytoscape elements with merged edges and sources', async () => {
    const res = await get('/api/neighbourhood?ids=Topic:ehds&depth=1').expect(200);
    const ids = res.body.nodes.map((n: { data: { id: string } }) => n.data.id);
    expect(ids).toEqual(expect.arrayContaining(['Topic:ehds', 'Case:NUFA-27/22', 'Case:NUIT-38/22']));
    const edge = res.body.edges.find(
      (e: { data: { source: string; target: string } }) =>
        e.data.source === 'Case:NUFA-27/22' && e.data.target === 'Topic:ehds',
    );
    expect(edge.data.sourceCount).toBeGreaterThanOrEqual(1);
    expect(edge.data.sources).toBeUndefined();
    const src = await get(
      `/api/edges/sources?source=Case:NUFA-27/22&target=Topic:ehds&type=${String(edge.data.type)}`,
    ).expect(200);
    expect(src.body.total).toBe(edge.data.sourceCount);
    expect(src.body.sources[0]).toMatchObject({ document: 'Referat NUFA 31.08.2022' });
    expect(res.body.truncated).toBe(false);
  });

  it('flags truncation when the limit is reached', async () => {
    const res = await get('/api/neighbourhood?ids=Committee:NUIT&depth=2&limit=10').expect(200);
    expect(res.body.nodes).toHaveLength(10);
    expect(res.body.truncated).toBe(true);
  });

  it('filters by kind and committee', async () => {
    const res = await get('/api/neighbourhood?ids=Topic:ehds&kinds=Case&committee=NUFA').expect(200);
    const kinds = new Set(
      res.body.nodes
        .slice(1)
        .map((n: { data: { kind: string; committee: string } }) => `${n.data.kind}:${n.data.committee}`),
    );
    expect([...kinds]).toEqual(['Case:NUFA']);
  });

  it('answers 404 for unknown start ids and 400 for a bad depth', async () => {
    await get('/api/neighbourhood?ids=Case:NUFA-99/22').expect(404);
    const res = await get('/api/neighbourhood?ids=Topic:ehds&depth=9').expect(400);
    expect(res.body.errors[0].field).toBe('depth');
  });
});

describe('paths', () => {
  it('finds a path between KS and EHDS and tells it in words', async () => {
    const res = await get('/api/paths?from=Organization:ks&to=Topic:ehds').expect(200);
    expect(res.body.paths.length).toBeGreaterThan(0);
    const p = res.body.paths[0];
    expect(p.nodes[0].data.id).toBe('Organization:ks');
    expect(p.nodes[p.nodes.length - 1].data.id).toBe('Topic:ehds');
    expect(p.explanation).toMatch(/^KS .+ EHDS – europeisk helsedataområde\.$/);
  });

  it('explains Apotekforeningen → NUIT 18/22 → EHDS', async () => {
    const res = await get('/api/paths?from=Organization:apotekforeningen&to=Case:NUIT-18/22&maxLength=2').expect(200);
    expect(res.body.paths[0].explanation).toMatch(/^Apotekforeningen raised a statement, which is on NUIT 18\/22/);
  });
});

describe('issue flow', () => {
  it('shows EHDS moving NUIT 18/22 → NUFA 27/22 → NUIT 38/22 in date order', async () => {
    const res = await get('/api/flow?topic=ehds').expect(200);
    const order = res.body.cases.map((c: { id: string }) => c.id);
    expect(order.indexOf('NUIT-18/22')).toBeLessThan(order.indexOf('NUFA-27/22'));
    expect(order.indexOf('NUFA-27/22')).toBeLessThan(order.indexOf('NUIT-38/22'));
    expect(res.body.links).toContainEqual(
      expect.objectContaining({ from: 'NUFA-27/22', to: 'NUIT-38/22', kind: 'earlier-treatment' }),
    );
    expect(res.body.links).toContainEqual(
      expect.objectContaining({ from: 'NUIT-18/22', to: 'NUIT-38/22', kind: 'follow-up' }),
    );
    expect(res.body.lanes.map((l: { committee: string }) => l.committee).slice(0, 4)).toEqual([
      'NUFA',
      'NUIT',
      'EHELSESTYRE',
      'EHELSERAD',
    ]);
  });

  it('follows a case through its chain, with planned treatments', async () => {
    const res = await get(`/api/flow?case=${encodeURIComponent('NUIT-36/22')}`).expect(200);
    expect(res.body.planned).toContainEqual(
      expect.objectContaining({ from: 'NUIT-36/22', committee: 'NUIT', date: '2022-11-17' }),
    );
  });

  it('needs exactly one of topic or case', async () => {
    await get('/api/flow').expect(400);
    await get('/api/flow?topic=nope').expect(404);
  });
});

describe('actor × topic matrix', () => {
  it('counts Apotekforeningen’s two statements on NUIT 22/22 under kostnadsfordeling', async () => {
    const res = await get('/api/matrix').expect(200);
    const cell = res.body.cells.find(
      (c: { organization: string; topic: string }) =>
        c.organization === 'Organization:apotekforeningen' && c.topic === 'Topic:kostnadsfordeling',
    );
    const on2222 = await ex.read(
      "MATCH (:Organization {id: 'apotekforeningen'})-[:RAISED]->(s:Statement)-[:ON]->(:Case {id: 'NUIT-22/22'}) RETURN collect(DISTINCT 'Statement:' + s.id) AS ids",
    );
    expect(on2222[0]!.ids).toHaveLength(2);
    expect(cell.statements).toEqual(expect.arrayContaining(on2222[0]!.ids as string[]));
    expect(cell.count).toBe(cell.statements.length);
  });

  it('filters by committee', async () => {
    const res = await get('/api/matrix?committee=NUFA').expect(200);
    expect(res.body.organizations.map((o: { id: string }) => o.id)).toEqual(
      expect.arrayContaining(['Organization:ks']),
    );
    expect(res.body.organizations.map((o: { id: string }) => o.id)).not.toContain('Organization:apotekforeningen');
  });
});

describe('topic dependencies, meetings, glossary', () => {
  it('links topics that share cases', async () => {
    const res = await get('/api/topics/dependencies').expect(200);
    const link = res.body.links.find(
      (l: { source: string; target: string }) =>
        l.source === 'Topic:legemiddel-grunndata' && l.target === 'Topic:legemiddelomradet',
    );
    expect(link.cases).toEqual(expect.arrayContaining(['Case:NUFA-24/22', 'Case:NUIT-37/22']));
  });

  it('lists meetings and shows one with its agenda in order', async () => {
    const list = await get('/api/meetings').expect(200);
    expect(list.body.meetings.map((m: { id: string }) => m.id)).toEqual([
      'NUIT-2022-09-14',
      'NUFA-2022-08-31',
      'NUIT-2022-05-19',
    ]);
    const m = await get('/api/meetings/NUIT-2022-09-14').expect(200);
    expect(m.body.agenda.map((a: { number: string }) => a.number)).toEqual([
      '32/22',
      '33/22',
      '34/22',
      '35/22',
      '36/22',
      '37/22',
      '30/22',
      '38/22',
      '39/22',
      '40/22',
    ]);
    const nufa = await get('/api/meetings/NUFA-2022-08-31').expect(200);
    expect(nufa.body.attendance).toContainEqual(
      expect.objectContaining({ name: 'Lucie Aunan', status: 'substitute', substituteFor: 'karl-vestli' }),
    );
    await get('/api/meetings/NUFA-1999-01-01').expect(404);
    await get('/api/meetings/bad id').expect(400);
  });

  it('has acronyms linked to nodes and who sits on which committee', async () => {
    const g = await get('/api/glossary').expect(200);
    const terms = Object.fromEntries(g.body.entries.map((e: { term: string; id: string }) => [e.term, e.id]));
    expect(terms).toMatchObject({
      NUFA: 'Committee:NUFA',
      NUIT: 'Committee:NUIT',
      KS: 'Organization:ks',
      FHI: 'Organization:fhi',
      NHN: 'Organization:nhn',
      DHO: 'Topic:dho',
      EHDS: 'Topic:ehds',
      PLL: 'Topic:pll',
      VKP: 'Topic:velferdsteknologi',
    });
    const w = await get('/api/whoswho?committee=NUFA').expect(200);
    const people = w.body.committees[0].people;
    expect(people).toContainEqual(
      expect.objectContaining({ name: 'Maren Krogh', organizations: ['Apotekforeningen'] }),
    );
  });
});

describe('OpenAPI', () => {
  it('is a valid OpenAPI 3.1 document that covers every route', async () => {
    const res = await get('/api/openapi.json').expect(200);
    const doc = await SwaggerParser.validate(structuredClone(res.body));
    expect((doc as { openapi?: string }).openapi).toBe('3.1.0');
    const paths = Object.keys(res.body.paths).sort();
    expect(paths).toEqual(
      [
        '/api/entities/{id}',
        '/api/flow',
        '/api/glossary',
        '/api/health',
        '/api/live',
        '/api/matrix',
        '/api/meetings',
        '/api/meetings/{id}',
        '/api/neighbourhood',
        '/api/edges/sources',
        '/api/paths',
        '/api/persons/{id}/statements',
        '/api/persons/{id}/memberships',
        '/api/committees/{id}/members',
        '/api/ready',
        '/api/search',
        '/api/topics/dependencies',
        '/api/whoswho',
        '/api/documents',
        '/api/documents/{id}',
        '/api/changes',
        '/api/meetings/{id}/brief',
        '/api/action-items',
        '/api/dependencies/map',
        '/api/dependencies/traverse',
        '/api/landscape',
        '/api/organizations/{id}/concerns',
        '/api/organizations/{id}/statements',
        '/api/topics/{key}/voices',
        '/api/lineage',
        '/api/exports/graph',
        '/api/exports/view',
      ].sort(),
    );
    await get('/api/docs/').expect(200).expect('content-type', /html/);
  });

  it('sends security headers and no stack traces', async () => {
    const res = await get('/api/health').expect(200);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-request-id']).toBeTruthy();
    const bad = await get('/api/entities/Case:%E0%A4%A').expect((r) => expect([400, 404]).toContain(r.status));
    expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

// Issue 8: every design-brief topic has its cases, also where a case body only mentions it.
describe('topics on the bundled corpus', () => {
  it.each([
    ['ehds', 1],
    ['legemiddel-grunndata', 1],
    ['dho', 1],
    ['helseplattformen', 2],
  ])('%s has at least %i case(s) in the issue flow', async (topic, n) => {
    const res = await get(`/api/flow?topic=${topic}`).expect(200);
    expect(res.body.cases.length).toBeGreaterThanOrEqual(n);
  });

  it('Helseplattformen is mentioned by NUIT 21/22 and NUIT 35/22, not their main topic', async () => {
    const rows = await ex.read(
      `MATCH (c:Case)-[a:ABOUT]->(:Topic {key: 'helseplattformen'}) RETURN c.id AS id, collect(DISTINCT a.role) AS roles ORDER BY id`,
    );
    expect(rows.filter((r) => ['NUIT-21/22', 'NUIT-35/22'].includes(String(r.id)))).toHaveLength(2);
    const main = await get('/api/flow?topic=helseplattformen&role=main').expect(200);
    expect(main.body.cases.map((c: { id: string }) => c.id)).not.toContain('NUIT-21/22');
  });

  it("offers every topic, and every topic's details open", async () => {
    const topics = await ex.read('MATCH (t:Topic) RETURN t.key AS key');
    const offered = await get('/api/topics/dependencies?role=any').expect(200);
    expect(offered.body.topics).toHaveLength(topics.length);
    for (const t of topics)
      await request(app)
        .get(`/api/entities/Topic:${String(t.key)}`)
        .expect(200);
  });

  it('opens a topic without cases and shows it has none', async () => {
    await ex.write("MERGE (t:Topic {key: 'tomt-tema'}) SET t.name = 'Tomt tema', t.aliases = [], t.curated = true");
    const res = await get('/api/entities/Topic:tomt-tema').expect(200);
    expect(res.body.relationshipCounts).toEqual([]);
    const flow = await get('/api/flow?topic=tomt-tema').expect(200);
    expect(flow.body.cases).toEqual([]);
    await ex.write("MATCH (t:Topic {key: 'tomt-tema'}) DETACH DELETE t");
  });
});
