import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { testApp } from '../helpers/app.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';

/* Issue 9, finding 4: ids decoded once, labels checked against the schema, empty lists refused,
 * every error naming its own field. */
let ex: Executor;
let app: Express;
beforeAll(async () => {
  ex = testExecutor();
  await resetGraph(ex);
  await ex.write(
    "CREATE (:Topic {key: '100%-digital', name: 'Hundre prosent digitalt'})<-[:ABOUT]-(:Case {id: 'NUIT-1/22', title: 'Digitalt først'})-[:ABOUT]->(:Topic {key: 'ehds', name: 'EHDS'})",
  );
  app = testApp(ex);
});
afterAll(async () => {
  await resetGraph(ex);
  await ex.close();
});

const problem = async (url: string, status: number) => {
  const res = await request(app).get(url).expect(status);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  return res.body as { errors?: { field: string; message: string }[]; detail?: string };
};
const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

describe('entity ids are decoded exactly once', () => {
  it('a lone %25 is a 404 problem, not a 500', async () => {
    const body = await problem('/api/entities/Topic:%25', 404);
    expect(body.detail).toContain('"%"');
  });

  it('an id with a literal % is found, encoded once as a client sends it', async () => {
    const res = await request(app)
      .get(`/api/entities/${encodeURIComponent('Topic:100%-digital')}`)
      .expect(200);
    expect(res.body).toMatchObject({ id: 'Topic:100%-digital', label: 'Hundre prosent digitalt' });
  });

  it('a malformed escape is a 400 problem', async () => {
    await problem('/api/entities/Topic:%E0%A4%A', 400);
  });
});

describe('labels are checked against the schema only', () => {
  it.each(['constructor:x', 'toString:x', '__proto__:x', 'hasOwnProperty:x'])('%s → 400 naming id', async (id) => {
    const body = await problem(`/api/entities/${encodeURIComponent(id)}`, 400);
    expect(new Set(fields(body))).toEqual(new Set(['id']));
  });

  it('neighbourhood and paths refuse prototype labels too', async () => {
    expect(fields(await problem('/api/neighbourhood?ids=constructor:x', 400))[0]).toMatch(/^ids/);
    expect(fields(await problem('/api/paths?from=Topic:ehds&to=valueOf:x', 400))).toEqual(['to']);
  });
});

describe('empty values are refused, naming the field', () => {
  it.each([
    ['/api/search?q=ehds&kinds=', 'kinds'],
    ['/api/search?q=ehds&kinds=,', 'kinds'],
    ['/api/neighbourhood?ids=Topic:ehds&kinds=', 'kinds'],
    ['/api/neighbourhood?ids=Topic:ehds&rels=', 'rels'],
    ['/api/neighbourhood?ids=', 'ids'],
    ['/api/neighbourhood?ids=Topic:ehds&committee=', 'committee'],
    ['/api/matrix?committee=', 'committee'],
    ['/api/meetings?committee=', 'committee'],
  ])('%s → 400 naming %s', async (url, field) => {
    expect(fields(await problem(url, 400))).toEqual([field]);
  });
});

describe('issue flow names the field at fault', () => {
  it('flow?case= names case', async () => {
    expect(fields(await problem('/api/flow?case=', 400))).toEqual(['case']);
  });
  it('flow?topic= names topic', async () => {
    expect(fields(await problem('/api/flow?topic=', 400))).toEqual(['topic']);
  });
  it('both given names case; none given names both', async () => {
    expect(fields(await problem('/api/flow?topic=ehds&case=NUIT-1/22', 400))).toEqual(['case']);
    expect(fields(await problem('/api/flow', 400)).sort()).toEqual(['case', 'topic']);
  });
});
