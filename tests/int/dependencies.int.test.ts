import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { DependencyEdgeT } from '../../graph/api/index.js';
import { corpusFixture } from '../helpers/corpus.js';
import { NUFA_FILE, NUIT_FILE } from '../helpers/ingest.js';

/*
 * The two dependency statements of the bundled corpus, checked against the documents by hand:
 * NUFA 24/22 (minutes, lines 121–126) and NUIT 28/22 (agenda, lines 801–803).
 */
const fx = corpusFixture();

const get = (url: string) => request(fx.app).get(url);
const edge = (edges: DependencyEdgeT[], kind: string, a: string, b: string) =>
  edges.find((e) => e.kind === kind && e.source === a && e.target === b);

describe('stated dependencies in the graph', () => {
  it('stores NUFA 24/22 as legemiddel grunndata needed by the plan, confirmed by the directorate', async () => {
    const rows = await fx.ex.read(
      `MATCH (plan:Topic {key: 'legemiddelomradet'})-[r:DEPENDS_ON]->(g:Topic {key: 'legemiddel-grunndata'})
       MATCH (d:Document {id: r.doc})
       RETURN r {.*} AS r, d.file AS file`,
    );
    expect(rows).toHaveLength(1);
    const r = rows[0]!.r as Record<string, unknown>;
    expect(rows[0]!.file).toBe(NUFA_FILE);
    expect(r).toMatchObject({
      kind: 'prerequisite',
      directed: true,
      lineStart: 121,
      lineEnd: 126,
      case: 'NUFA-24/22',
      date: '2022-08-31',
      confirmedBy: ['ehelse'],
      statedBy: [],
      contestedBy: [],
    });
    expect(r.quote).toContain('er en forutsetning for alle de andre tiltakene');
    expect(r.quote).toContain(
      'Direktoratet for e-helse bekreftet at legemiddel grunndata er en forutsetning for å få realisert den strategiske områdeplanen på legemiddelområdet',
    );
  });

  it('stores NUIT 28/22 as an undirected link stated by the directorate in reply to KS', async () => {
    const rows = await fx.ex.read(
      `MATCH (a:Topic)-[r:DEPENDS_ON {kind: 'linked'}]-(b:Topic)
       WHERE a.key = 'e-helsestrategi' AND b.key = 'legemiddelomradet' AND r.case = 'NUIT-28/22'
       MATCH (d:Document {id: r.doc})
       RETURN DISTINCT r {.*} AS r, d.file AS file`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.file).toBe(NUIT_FILE);
    expect(rows[0]!.r).toMatchObject({
      directed: false,
      lineStart: 801,
      lineEnd: 803,
      statedBy: ['ehelse'],
      inReplyTo: ['ks'],
      // The NUIT file carries the minutes of the May meeting, where 28/22 was treated.
      date: '2022-05-19',
    });
    expect((rows[0]!.r as { quote: string }).quote).toContain(
      'det vil være en kobling mellom ny nasjonal e-helsestrategi og planen på legemiddelområdet',
    );
  });
});

describe('the dependency API', () => {
  it('shows the prerequisite with its quote, case, lines and confirming actor', async () => {
    const res = await get('/api/dependencies/map').expect(200);
    const e = edge(res.body.edges, 'prerequisite', 'Topic:legemiddel-grunndata', 'Topic:legemiddelomradet');
    expect(e).toMatchObject({ directed: true, evidence: 1, firstDate: '2022-08-31', lastDate: '2022-08-31' });
    expect(e!.sources[0]).toMatchObject({
      case: 'Case:NUFA-24/22',
      file: NUFA_FILE,
      lineStart: 121,
      lineEnd: 126,
      confirmedBy: [{ id: 'ehelse', name: 'Direktoratet for e-helse' }],
    });
    const names = new Map(res.body.nodes.map((n: { id: string; name: string }) => [n.id, n.name]));
    expect(names.get('Topic:legemiddelomradet')).toBe('Plan for digitalisering på legemiddelområdet');
    // Co-occurrence stays, as its own kind.
    expect(res.body.edges.some((x: DependencyEdgeT) => x.kind === 'co-occurrence')).toBe(true);
  });

  it('answers "what needs legemiddel grunndata" with the plan, told in words', async () => {
    const res = await get('/api/dependencies/traverse?from=Topic:legemiddel-grunndata&direction=downstream').expect(
      200,
    );
    expect(res.body.reached).toContainEqual(
      expect.objectContaining({
        id: 'Topic:legemiddelomradet',
        depth: 1,
        text: 'Legemiddel grunndata er en forutsetning for Plan for digitalisering på legemiddelområdet.',
      }),
    );
    const up = await get('/api/dependencies/traverse?from=Topic:legemiddelomradet&direction=upstream&lang=en').expect(
      200,
    );
    expect(up.body.reached.map((r: { id: string }) => r.id)).toContain('Topic:legemiddel-grunndata');
    expect(up.body.reached[0].text).toBe('Plan for digitalisering på legemiddelområdet needs Legemiddel grunndata.');
  });

  it('shows the map as it was at a date: nothing stated before the first meeting', async () => {
    const typed = (edges: DependencyEdgeT[]) => edges.filter((e) => e.kind !== 'co-occurrence');
    const before = await get('/api/dependencies/map?at=2022-05-18').expect(200);
    expect(typed(before.body.edges)).toEqual([]);
    const may = await get('/api/dependencies/map?at=2022-06-01').expect(200);
    const kinds = typed(may.body.edges).map((e) => `${e.kind} ${e.source} ${e.target}`);
    expect(kinds).toContain('linked Topic:e-helsestrategi Topic:legemiddelomradet');
    expect(kinds.some((k) => k.startsWith('prerequisite'))).toBe(false);
    const all = await get('/api/dependencies/map?kinds=prerequisite').expect(200);
    expect(all.body.edges.map((e: DependencyEdgeT) => e.kind)).toEqual(['prerequisite']);
  });

  it('counts co-occurrence from main subjects only when asked, from mentions too by default', async () => {
    const co = async (url: string) =>
      new Map(
        ((await get(url).expect(200)).body.edges as DependencyEdgeT[])
          .filter((e) => e.kind === 'co-occurrence')
          .map((e) => [`${e.source} ${e.target}`, e.evidence]),
      );
    const any = await co('/api/dependencies/map');
    const main = await co('/api/dependencies/map?role=main');
    expect(await co('/api/dependencies/map?role=any')).toEqual(any);
    expect(main.size).toBeGreaterThan(0);
    // A case that only mentions a topic adds to 'any', never to 'main'.
    for (const [pair, n] of main) expect(n).toBeLessThanOrEqual(any.get(pair) ?? 0);
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(total(main)).toBeLessThan(total(any));
  });

  it('rejects bad input as problem+json naming the field', async () => {
    const res = await get('/api/dependencies/map?kinds=depends').expect(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(JSON.stringify(res.body)).toContain('kinds');
    const role = await get('/api/dependencies/map?role=some').expect(400);
    expect(JSON.stringify(role.body)).toContain('role');
    await get('/api/dependencies/traverse?from=Topic:nope').expect(404);
  });
});

describe('landscape and concerns', () => {
  it('groups topics into communities and ranks central topics, cached per graph version', async () => {
    const a = await get('/api/landscape').expect(200);
    expect(a.body.communities.length).toBeGreaterThan(1);
    const community = new Map(a.body.topics.map((t: { id: string; community: number }) => [t.id, t.community]));
    // A stated prerequisite ties the two topics into one community.
    expect(community.get('Topic:legemiddel-grunndata')).toBe(community.get('Topic:legemiddelomradet'));
    expect(a.body.topics[0].betweenness).toBeGreaterThanOrEqual(a.body.topics[1].betweenness);
    expect(a.body.actors.find((x: { id: string }) => x.id === 'Organization:ehelse')).toBeTruthy();
    const b = await get('/api/landscape').expect(200);
    expect(b.body.version).toBe(a.body.version);
  });

  it("tells an organisation's concerns per topic over time and the cases it spoke on", async () => {
    const res = await get('/api/organizations/apotekforeningen/concerns').expect(200);
    expect(res.body.organization.name).toBe('Apotekforeningen');
    const topic = res.body.topics.find((t: { id: string }) => t.id === 'Topic:legemiddelomradet');
    expect(topic.points.length).toBeGreaterThan(0);
    expect(res.body.cases.map((c: { id: string }) => c.id)).toContain('Case:NUIT-28/22');
    const ks = await get('/api/organizations/ks/concerns').expect(200);
    expect(ks.body.cases.map((c: { id: string }) => c.id)).toContain('Case:NUIT-28/22');
    await get('/api/organizations/no-such-org/concerns').expect(404);
    const voices = await get('/api/topics/legemiddelomradet/voices').expect(200);
    expect(voices.body.voices.map((v: { id: string }) => v.id)).toContain('Organization:apotekforeningen');
  });
});
