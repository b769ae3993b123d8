import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { ExplorableRel, NeighbourhoodQuery, type ElementsT } from '../../graph/api/index.js';
import { explore } from '../../server/routes/neighbourhood/explore.js';
import { corpusFixture } from '../helpers/corpus.js';

const fx = corpusFixture();

const get = async (url: string) => (await request(fx.app).get(url).expect(200)).body as ElementsT;
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
    const [m] = await fx.ex.read(
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
    // Past the summary threshold attendees are folded by organisation: a group's edge counts its people.
    const attendances = attended(depth2).reduce((n, e) => n + Number(e.data.count ?? 1), 0);
    expect(attendances).toBe(drawn.length);
  });

  it('a person opened shows the meetings they attended', async () => {
    const [p] = await fx.ex.read(
      `MATCH (p:Person)-[:ATTENDED]->(m:Meeting) RETURN p.id AS id, count(DISTINCT m) AS n ORDER BY n DESC, id LIMIT 1`,
    );
    const person = `Person:${String(p!.id)}`;
    const body = await get(`/api/neighbourhood?ids=${encodeURIComponent(person)}&depth=1`);
    const meetings = new Set(attended(body).map((e) => e.data.target));
    expect(meetings.size).toBe(Number(p!.n));
    expect(body.omitted).toBeUndefined();
  });
});

describe('folding a big neighbourhood', () => {
  const query = (ids: string, fold = 'auto') => NeighbourhoodQuery.parse({ ids, depth: '2', limit: '2000', fold });

  // Each folded set as the client draws it: its anchor, relationship, kind and count.
  const foldedSets = (body: ElementsT) =>
    body.nodes.flatMap((n) => (n.data.folded ?? []).map((f) => ({ anchor: n.data.id, ...f })));

  it('folds the outermost nodes into counts on the node that reached them, exact, and sends nothing of them', async () => {
    const whole = await explore(fx.ex, query('Committee:NUIT', 'none'), { foldAbove: 20 });
    const folded = await explore(fx.ex, query('Committee:NUIT'), { foldAbove: 20 });
    expect(foldedSets(whole)).toEqual([]);
    const sets = foldedSets(folded);
    expect(sets.length).toBeGreaterThan(0);
    expect(folded.nodes.length).toBeLessThan(whole.nodes.length);
    // What the visitor opened and its direct neighbours are never folded.
    const firstStep = new Set(
      whole.edges.flatMap((e) =>
        e.data.source === 'Committee:NUIT'
          ? [e.data.target]
          : e.data.target === 'Committee:NUIT'
            ? [e.data.source]
            : [],
      ),
    );
    const shown = new Set(folded.nodes.map((n) => n.data.id));
    for (const id of firstStep) expect(shown.has(id)).toBe(true);

    const byId = new Map(whole.nodes.map((n) => [n.data.id, n]));
    for (const { anchor, rel, kind, count } of sets) {
      expect(firstStep.has(anchor)).toBe(true);
      // The members: nodes of the whole answer not shown in the folded one, of the set's kind,
      // tied to the anchor by the set's relationship.
      const members = whole.edges
        .filter((e) => e.data.type === rel && (e.data.source === anchor || e.data.target === anchor))
        .map((e) => (e.data.source === anchor ? e.data.target : e.data.source))
        .filter((id) => !shown.has(id) && byId.get(id)?.data.kind === kind);
      expect(new Set(members).size).toBe(count);
      expect(count).toBeGreaterThanOrEqual(3);
    }
    // Every edge ends at a node of the answer, and none is sent with an id or label (derived).
    for (const e of folded.edges) {
      expect(shown.has(e.data.source)).toBe(true);
      expect(shown.has(e.data.target)).toBe(true);
      expect(e.data.id).toBeUndefined();
      expect(e.data.label).toBeUndefined();
    }
  });

  it("opening a folded set's anchor shows its members one by one", async () => {
    const whole = await explore(fx.ex, query('Committee:NUIT', 'none'), { foldAbove: 20 });
    const folded = await explore(fx.ex, query('Committee:NUIT'), { foldAbove: 20 });
    const shown = new Set(folded.nodes.map((n) => n.data.id));
    const { anchor, rel } = foldedSets(folded)[0]!;
    const members = whole.edges
      .filter((e) => e.data.type === rel && (e.data.source === anchor || e.data.target === anchor))
      .map((e) => (e.data.source === anchor ? e.data.target : e.data.source))
      .filter((id) => !shown.has(id));
    expect(members.length).toBeGreaterThan(0);

    const opened = await explore(fx.ex, query(`Committee:NUIT,${anchor}`), { foldAbove: 20 });
    const now = new Set(opened.nodes.map((n) => n.data.id));
    expect(opened.nodes.find((n) => n.data.id === anchor)?.data.folded).toBeUndefined();
    for (const m of members) expect(now.has(m)).toBe(true);
  });

  it('does not fold an answer within the limit of 300 nodes', async () => {
    const body = await get('/api/neighbourhood?ids=Committee:NUIT&depth=2&limit=2000');
    expect(body.nodes.length).toBeLessThanOrEqual(300);
    expect(body.nodes.some((n) => n.data.folded)).toBe(false);
  });
});
