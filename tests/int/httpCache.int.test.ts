import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { readGraphVersion } from '../../graph/version.js';
import { CORPUS_DIR } from '../../seed/bundledCorpus.js';
import { ingestFiles } from '../../seed/ingest.js';
import { createApp } from '../../server/app.js';
import { testApp } from '../helpers/app.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph, NUFA_FILE, scratchCorpus } from '../helpers/ingest.js';

const TOKEN = 'cache-test-token-0123456789';
let ex: Executor;
let app: Express;
beforeAll(async () => {
  ex = await corpusGraph();
  app = testApp(ex);
}, 240_000);
afterAll(() => closeGraph(ex));

describe('HTTP caching tied to the graph version', () => {
  it('answers 304 to a repeated request, and 200 with a new ETag once an ingest changed the graph', async () => {
    const url = '/api/search?q=EHDS';
    const first = await request(app).get(url).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\//);
    await request(app).get(url).set('If-None-Match', etag).expect(304);
    // Another URL has another ETag: a cached search never answers for a different one.
    const other = await request(app).get('/api/search?q=NUIT').expect(200);
    expect(other.headers.etag).not.toBe(etag);

    const before = await readGraphVersion(ex);
    const dir = await scratchCorpus();
    const edited = path.join(dir, NUFA_FILE);
    await writeFile(edited, `${await readFile(edited, 'utf8')}\n`); // same name, new content: replaced
    const [result] = await ingestFiles(ex, [edited]);
    expect(result!.status).not.toBe('failed');
    expect(await readGraphVersion(ex)).toBeGreaterThan(before);
    await new Promise((r) => setTimeout(r, 1600)); // the server re-reads the version at most every 1.5 s
    const after = await request(app).get(url).set('If-None-Match', etag).expect(200);
    expect(after.headers.etag).not.toBe(etag);
  });

  it('an unchanged file loaded again does not change the version', async () => {
    await ingestFiles(ex, [path.join(CORPUS_DIR, NUFA_FILE)]);
    const before = await readGraphVersion(ex);
    const [r] = await ingestFiles(ex, [path.join(CORPUS_DIR, NUFA_FILE)]);
    expect(r!.status).toBe('unchanged');
    expect(await readGraphVersion(ex)).toBe(before);
  });

  it('compresses JSON answers for clients that accept gzip', async () => {
    const res = await request(app).get('/api/matrix').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.organizations.length).toBeGreaterThan(0);
  });

  it('a removal through the API shows at once: the next revalidation is a 200, not a stale 304', async () => {
    // A version cache that would hold for a minute: only the server's own invalidation can show the change.
    const app = createApp({
      executor: ex,
      logger: pino({ level: 'silent' }),
      adminToken: TOKEN,
      graphVersionTtlMs: 60_000,
    });
    const url = '/api/documents';
    const first = await request(app).get(url).expect(200);
    const doc = (first.body.documents as { id: string; file: string }[]).find((d) => d.file === NUFA_FILE);
    expect(doc).toBeDefined();
    await request(app)
      .get(url)
      .set('If-None-Match', first.headers.etag as string)
      .expect(304);
    await request(app)
      .delete(`/api/documents/${encodeURIComponent(doc!.id)}`)
      .set('Authorization', `Bearer ${TOKEN}`)
      .expect(200);
    // No waiting for the version cache: the page that removed the file asks again right away.
    const after = await request(app)
      .get(url)
      .set('If-None-Match', first.headers.etag as string)
      .expect(200);
    expect((after.body.documents as { file: string }[]).map((d) => d.file)).not.toContain(NUFA_FILE);
    await ingestFiles(ex, [path.join(CORPUS_DIR, NUFA_FILE)]);
  });
});
