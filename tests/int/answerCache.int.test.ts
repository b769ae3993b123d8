import path from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bumpGraphVersion } from '../../graph/version.js';
import { CORPUS_DIR } from '../../seed/bundledCorpus.js';
import { ingestFiles } from '../../seed/ingest.js';
import { removeDocumentsByIds } from '../../seed/removeDocuments.js';
import { answerCache } from '../../server/http/answerCache.js';
import { corpusFixture } from '../helpers/corpus.js';
import { NUFA_FILE } from '../helpers/ingest.js';

const fx = corpusFixture();

const bump = () => fx.ex.writeTx((tx) => bumpGraphVersion(tx));

describe('answers computed once per graph version', () => {
  it('builds an answer once, shares it between concurrent requests, and builds again after a write', async () => {
    const answers = answerCache(fx.ex);
    let builds = 0;
    const build = async (stamp: string) => ({ n: ++builds, stamp });
    const [a, b] = await Promise.all([answers('k', build), answers('k', build)]);
    expect(builds).toBe(1);
    expect(b).toBe(a);
    expect(await answers('k', build)).toBe(a);
    // Another key is another answer.
    await answers('other', build);
    expect(builds).toBe(2);

    await bump();
    const after = JSON.parse(await answers('k', build)) as { n: number; stamp: string };
    expect(builds).toBe(3);
    expect(after.stamp).not.toBe((JSON.parse(a) as { stamp: string }).stamp);
  });

  it('does not keep a failed build: the next request tries again', async () => {
    const answers = answerCache(fx.ex);
    let calls = 0;
    await expect(
      answers('k', async () => {
        calls++;
        throw new Error('Neo4j went away');
      }),
    ).rejects.toThrow('Neo4j went away');
    expect(await answers('k', async () => ({ calls: ++calls }))).toBe('{"calls":2}');
  });

  it('serves the matrix and a flow of the graph as it is now, also after another process removed a document', async () => {
    const statements = (body: { cells: { count: number }[] }) => body.cells.reduce((n, c) => n + c.count, 0);
    const before = (await request(fx.app).get('/api/matrix').expect(200)).body;
    expect(statements(before)).toBeGreaterThan(0);
    const again = await request(fx.app).get('/api/matrix').expect(200);
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(again.body).toEqual(before);
    const flowBefore = (await request(fx.app).get('/api/flow?topic=ehds').expect(200)).body;

    // The removal goes straight to Neo4j, as the CLI loader would, not through this server.
    const [doc] = await fx.ex.read('MATCH (d:Document {file: $file}) RETURN d.id AS id', { file: NUFA_FILE });
    await removeDocumentsByIds(fx.ex, [String(doc!.id)]);
    const after = (await request(fx.app).get('/api/matrix').expect(200)).body;
    expect(statements(after)).toBeLessThan(statements(before));
    const flowAfter = (await request(fx.app).get('/api/flow?topic=ehds').expect(200)).body;
    // The NUFA cases stay as cited stubs of the NUIT minutes, so the flow changes rather than shrinks.
    expect(flowAfter).not.toEqual(flowBefore);

    await ingestFiles(fx.ex, [path.join(CORPUS_DIR, NUFA_FILE)]);
    expect((await request(fx.app).get('/api/matrix').expect(200)).body).toEqual(before);
    expect((await request(fx.app).get('/api/flow?topic=ehds').expect(200)).body).toEqual(flowBefore);
  });

  it("serves a neighbourhood and an entity as the graph is now: a removed document's part leaves them, and comes back with it", async () => {
    const url = '/api/neighbourhood?ids=Committee:NUFA&depth=2&limit=500';
    const entity = '/api/entities/Committee:NUFA';
    const ids = (body: { nodes: { data: { id: string } }[] }) => body.nodes.map((n) => n.data.id).sort();
    const meetings = (body: { relationshipCounts: { type: string; count: number }[] }) =>
      body.relationshipCounts.find((c) => c.type === 'OF')?.count ?? 0;
    const before = (await request(fx.app).get(url).expect(200)).body;
    expect(ids(before)).toContain('Meeting:NUFA-2022-08-31');
    expect((await request(fx.app).get(url).expect(200)).body).toEqual(before);
    const entityBefore = (await request(fx.app).get(entity).expect(200)).body;
    expect(meetings(entityBefore)).toBeGreaterThan(0);
    expect((await request(fx.app).get(entity).expect(200)).body).toEqual(entityBefore);

    const [doc] = await fx.ex.read('MATCH (d:Document {file: $file}) RETURN d.id AS id', { file: NUFA_FILE });
    await removeDocumentsByIds(fx.ex, [String(doc!.id)]);
    const after = (await request(fx.app).get(url).expect(200)).body;
    expect(ids(after)).not.toContain('Meeting:NUFA-2022-08-31');
    expect(meetings((await request(fx.app).get(entity).expect(200)).body)).toBeLessThan(meetings(entityBefore));

    await ingestFiles(fx.ex, [path.join(CORPUS_DIR, NUFA_FILE)]);
    expect(ids((await request(fx.app).get(url).expect(200)).body)).toEqual(ids(before));
    expect((await request(fx.app).get(entity).expect(200)).body).toEqual(entityBefore);
  });

  it('answers an unknown topic with 404 every time, not a cached answer', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await request(fx.app).get('/api/flow?topic=no-such-topic').expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    for (let i = 0; i < 2; i++) {
      await request(fx.app).get('/api/neighbourhood?ids=Topic:no-such-topic').expect(404);
      await request(fx.app).get('/api/entities/Topic:no-such-topic').expect(404);
    }
  });
});
