import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeSourcesT, ElementsT } from '../../graph/api/index.js';
import type { Executor } from '../../graph/executor.js';
import { addRelSources } from '../../seed/write/relSources.js';
import { testApp } from '../helpers/app.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';

// A member listed in twelve minutes: one MEMBER_OF with twelve sources, as the writer stores it.
const MINUTES = Array.from({ length: 12 }, (_, i) => ({
  id: `doc-${String(i).padStart(2, '0')}`,
  date: `20${String(10 + i).padStart(2, '0')}-03-01`,
}));

let ex: Executor;
let app: Express;
beforeAll(async () => {
  ex = testExecutor();
  await resetGraph(ex);
  await ex.write(
    `CREATE (:Person {id: 'kari-nordmann', name: 'Kari Nordmann'}), (:Committee {key: 'NUIT', name: 'NUIT'})
     WITH 1 AS one UNWIND $docs AS d CREATE (:Document {id: d.id, name: 'Referat ' + d.date, file: d.id + '.txt', date: d.date, kind: 'minutes'})`,
    { docs: MINUTES },
  );
  await ex.writeTx((tx) =>
    addRelSources(
      tx,
      MINUTES.map((d) => ({
        type: 'MEMBER_OF',
        fromLabel: 'Person',
        toLabel: 'Committee',
        from: 'kari-nordmann',
        to: 'NUIT',
        k: '',
        sourceId: d.id,
        source: {
          doc: d.id,
          lineStart: 5,
          lineEnd: 5,
          quote: `Kari Nordmann (${d.date})`,
          props: {},
          date: d.date,
          kind: 'minutes',
        },
      })),
    ),
  );
  app = testApp(ex);
}, 240_000);
afterAll(async () => {
  await resetGraph(ex);
  await ex.close();
});

describe('edges stated by many documents', () => {
  it('come in a neighbourhood with the count of their sources, not the sources themselves', async () => {
    const res = await request(app).get('/api/neighbourhood?ids=Committee:NUIT&depth=1').expect(200);
    const edge = (res.body as ElementsT).edges.find((e) => e.data.type === 'MEMBER_OF')!;
    expect(edge.data.sourceCount).toBe(12);
    expect(edge.data.sources).toBeUndefined();
  });

  it('list their sources on demand, the most authoritative (latest minutes) first, named by document', async () => {
    const res = await request(app)
      .get('/api/edges/sources?source=Person:kari-nordmann&target=Committee:NUIT&type=MEMBER_OF')
      .expect(200);
    const { total, sources } = res.body as EdgeSourcesT;
    expect(total).toBe(12);
    expect(sources.map((s) => s.docId)).toEqual(MINUTES.map((d) => d.id).reverse());
    expect(sources[0]).toMatchObject({
      quote: 'Kari Nordmann (2021-03-01)',
      document: 'Referat 2021-03-01',
      kind: 'minutes',
    });
  });

  it('refuse a type or label that is not in the schema, naming the field', async () => {
    const bad = await request(app)
      .get('/api/edges/sources?source=Person:kari-nordmann&target=Committee:NUIT&type=SOURCE_OF')
      .expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors[0].field).toBe('type');
    const label = await request(app)
      .get('/api/edges/sources?source=Nope:x&target=Committee:NUIT&type=MEMBER_OF')
      .expect(400);
    expect(label.body.errors[0].field).toBe('source');
  });

  it('answer an empty list for two nodes without such an edge', async () => {
    const res = await request(app)
      .get('/api/edges/sources?source=Person:kari-nordmann&target=Committee:NUIT&type=ATTENDED')
      .expect(200);
    expect(res.body).toEqual({ total: 0, sources: [] });
  });
});
