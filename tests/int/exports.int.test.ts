import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Express } from 'express';
import { parse as parseGexf } from 'graphology-gexf';
import { MultiDirectedGraph } from 'graphology';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementsT } from '../../graph/api/index.js';
import type { Executor } from '../../graph/executor.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';
import { DEFAULT_HEAVY_LIMITS } from '../../server/http/heavyGate.js';
import { testApp } from '../helpers/app.js';
import { download } from '../helpers/download.js';

/*
 * Every export of the bundled corpus, checked by the format's own tools in a Python venv
 * (tests/exports/venv.sh: followthemoney, frictionless, networkx) and, for GEXF, by the parser
 * Gephi Lite opens files with (graphology-gexf).
 */
let ex: Executor;
let app: Express;
let python: string;
let dir: string;
beforeAll(async () => {
  python = execFileSync('bash', ['tests/exports/venv.sh'], { encoding: 'utf8', timeout: 900_000 }).trim();
  ex = await corpusGraph();
  // Every test downloads the whole graph: more than one client's heavy budget a minute.
  app = testApp(ex, { heavy: { ...DEFAULT_HEAVY_LIMITS, budgetPerMinute: 100_000 } });
  dir = mkdtempSync(join(tmpdir(), 'sakskart-exports-'));
}, 1_000_000);
afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await closeGraph(ex);
});

type Findings = { ok: boolean; errors: string[] } & Record<string, unknown>;
function validate(kind: string, path: string): Findings {
  try {
    return JSON.parse(
      execFileSync(python, ['tests/exports/validate.py', kind, path], { encoding: 'utf8', timeout: 300_000 }),
    ) as Findings;
  } catch (err) {
    const out = (err as { stdout?: string }).stdout;
    if (out) return JSON.parse(out) as Findings;
    throw err;
  }
}

const get = (url: string) => download(app, url);

describe('whole-graph exports', () => {
  it("GEXF 1.3: valid by the documented structure and networkx, opened by Gephi Lite's parser with kinds, dates and provenance", async () => {
    const { res, body } = await get('/api/exports/graph?format=gexf');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/gexf\+xml/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="sakskart-graf-\d{4}-\d{2}-\d{2}\.gexf"/);
    const file = join(dir, 'graph.gexf');
    writeFileSync(file, body);
    const found = validate('gexf', file);
    expect(found.errors).toEqual([]);
    expect(found.nodes as number).toBeGreaterThan(200);
    expect(found.edges as number).toBeGreaterThan(500);
    expect(found.networkx_edges).toBe(found.edges);

    const g = parseGexf(MultiDirectedGraph, body.toString('utf8'));
    expect(g.order).toBe(found.nodes);
    const nuit = g.getNodeAttributes('Committee:NUIT');
    expect(nuit.kind).toBe('Committee');
    const meeting = g.filterNodes((_, a) => a.kind === 'Meeting')[0]!;
    expect(g.getNodeAttribute(meeting, 'date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Provenance per fact: a case is stated by lines of a named file.
    const kase = g.filterNodes((_, a) => a.kind === 'Case' && typeof a.sources === 'string')[0]!;
    expect(g.getNodeAttribute(kase, 'sources')).toMatch(/\.(pdf|txt):\d+(-\d+)?/);
    const about = g.filterEdges((_, a) => a.type === 'ABOUT');
    expect(about.length).toBeGreaterThan(0);
    expect(about.every((e) => Number(g.getEdgeAttribute(e, 'weight')) >= 1)).toBe(true);
  }, 300_000);

  it('GraphML: networkx reads every node and edge with typed attributes', async () => {
    const { res, body } = await get('/api/exports/graph?format=graphml');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/\.graphml"/);
    const file = join(dir, 'graph.graphml');
    writeFileSync(file, body);
    const found = validate('graphml', file);
    expect(found.errors).toEqual([]);
    expect(found.nodes as number).toBeGreaterThan(200);
    const sample = found.sample_node as Record<string, [string, string]>;
    expect(sample.kind![0]).toBe('str');
    expect(sample.sourceCount![0]).toBe('int');
    expect((found.sample_edge as Record<string, [string, string]>).weight![0]).toBe('float');
  }, 300_000);

  it('FollowTheMoney: every entity valid for the model and `ftm validate`, references resolved', async () => {
    const { res, body } = await get('/api/exports/graph?format=ftm');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const file = join(dir, 'graph.ftm.json');
    writeFileSync(file, body);
    const found = validate('ftm', file);
    expect(found.errors).toEqual([]);
    const schemata = found.schemata as Record<string, number>;
    for (const s of ['PublicBody', 'Organization', 'Person', 'Membership', 'Event'])
      expect(schemata[s]).toBeGreaterThan(0);
    expect((schemata.Pages ?? 0) + (schemata.Document ?? 0)).toBeGreaterThan(0);
    const lines = body
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
    const seat = lines.find((e) => e.schema === 'Membership' && e.properties.startDate);
    expect(seat?.properties.startDate?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Organisations come from the registry; people, meetings and seats are stated by documents.
    const org = lines.find((e) => e.properties.proof && e.properties.notes)!;
    expect(org.properties.notes?.[0]).toMatch(/^Kilde: .+:\d+/);
    expect(org.properties.sourceUrl?.[0]).toMatch(/\?view=documents&doc=.+&lines=\d+/);
    // Stable ids: the same graph exports the same entities.
    const again = (await get('/api/exports/graph?format=ftm')).body.toString('utf8');
    // (Whole lines differ: each source's viewer URL names the host and port the request came to.)
    const ids = (t: string) =>
      t
        .trim()
        .split('\n')
        .map((l) => {
          const e = JSON.parse(l) as { id: string; schema: string };
          return `${e.schema} ${e.id}`;
        })
        .sort();
    expect(ids(again)).toEqual(ids(body.toString('utf8')));
  }, 300_000);

  it('CSV bundle: a zip whose datapackage.json frictionless validates (types, primary and foreign keys)', async () => {
    const { res, body } = await get('/api/exports/graph?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/\.zip"/);
    const files = unzipSync(new Uint8Array(body));
    const folder = join(dir, 'csv');
    mkdirSync(folder);
    for (const [name, data] of Object.entries(files)) writeFileSync(join(folder, name), data);
    expect(Object.keys(files).sort()).toEqual([
      'datapackage.json',
      'documents.csv',
      'edge_sources.csv',
      'edges.csv',
      'node_sources.csv',
      'nodes.csv',
    ]);
    const pkg = JSON.parse(strFromU8(files['datapackage.json']!)) as {
      resources: { name: string; schema: { fields: { name: string; type: string; description: string }[] } }[];
    };
    for (const r of pkg.resources) for (const f of r.schema.fields) expect(f.description.length).toBeGreaterThan(5);
    const found = validate('datapackage', folder);
    expect(found.errors).toEqual([]);
    const rows = found.tables as Record<string, number>;
    expect(rows.nodes).toBeGreaterThan(200);
    expect(rows.node_sources).toBeGreaterThan(rows.documents!);
  }, 300_000);
});

describe('export of the current view', () => {
  it('GEXF and GraphML hold the nodes and edges of the neighbourhood with the same parameters', async () => {
    const params = 'ids=Committee:NUIT&depth=2&limit=400';
    const view = (await request(app).get(`/api/neighbourhood?${params}&fold=none`)).body as ElementsT;
    for (const format of ['gexf', 'graphml']) {
      const { res, body } = await get(`/api/exports/view?${params}&format=${format}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toMatch(
        new RegExp(`filename="sakskart-utsnitt-committee-nuit-\\d{4}-\\d{2}-\\d{2}\\.${format}"`),
      );
      const file = join(dir, `view.${format}`);
      writeFileSync(file, body);
      const found = validate(format, file);
      expect(found.errors).toEqual([]);
      expect(found.nodes).toBe(view.nodes.length);
      expect(found.edges).toBe(view.edges.length);
    }
  }, 300_000);

  it('refuses a bad format or an unknown node as problem+json naming it', async () => {
    const bad = await request(app).get('/api/exports/graph?format=pdf');
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(bad.body)).toContain('format');
    const missing = await request(app).get('/api/exports/view?ids=Case:NOPE-1/99&format=gexf');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
