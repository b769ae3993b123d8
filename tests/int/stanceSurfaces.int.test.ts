import type { Express } from 'express';
import { strFromU8, unzipSync } from 'fflate';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from '../helpers/download.js';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { BriefT, SearchResultT } from '../../graph/api/index.js';
import type { Executor } from '../../graph/executor.js';
import { testApp } from '../helpers/app.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';

/* Where a reader meets statements (brief, search, feeds, exports), each carries its stance. */
let ex: Executor;
let app: Express;
beforeAll(async () => {
  ex = await corpusGraph();
  app = testApp(ex);
}, 600_000);
afterAll(() => closeGraph(ex));
const get = (url: string) => request(app).get(url);

const STANCES = ['concern', 'objection', 'request', 'question', 'support', 'information'];

describe('brief', () => {
  it('lists per case the concerns and objections voiced before the meeting, the case’s own first', async () => {
    const b = (await get('/api/meetings/NUIT-2022-09-14/brief').expect(200)).body as BriefT;
    const ehds = b.cases.find((c) => c.id === 'NUIT-38/22')!;
    // NUFA discussed EHDS (27/22) on 31 August, before NUIT took it up as 38/22.
    expect(ehds.earlierConcerns.some((r) => r.case === 'NUFA-27/22' && r.via === 'case')).toBe(true);
    const all = b.cases.flatMap((c) => c.earlierConcerns);
    expect(all.length).toBeGreaterThan(5);
    for (const r of all) {
      expect(['concern', 'objection']).toContain(r.stance);
      expect(r.date! < b.meeting.startDate).toBe(true);
      expect(r.text).toContain(r.stanceCue);
      expect(r.source?.lineStart).toBeGreaterThan(0);
      const e = await get(`/api/entities/${encodeURIComponent(r.statement)}`).expect(200);
      expect(e.body.properties.stance).toBe(r.stance);
    }
    for (const c of b.cases) {
      const vias = c.earlierConcerns.map((r) => r.via);
      expect(vias).toEqual([...vias].sort());
    }
    // Who raised it, when there is one: KS's doubt on the May NUIT meeting reaches a case on the same topic.
    expect(all.some((r) => r.actorName === 'KS' && r.actor === 'Organization:ks' && r.date === '2022-05-19')).toBe(
      true,
    );
    const md = (await get('/api/meetings/NUIT-2022-09-14/brief?format=md').expect(200)).text;
    expect(md).toContain('### Tidligere bekymringer og innvendinger');
    expect(md).toContain('(NUFA 27/22)');
  });

  it('has no earlier concerns for a first meeting with nothing before it', async () => {
    const b = (await get('/api/meetings/NUIT-2022-05-19/brief').expect(200)).body as BriefT;
    for (const c of b.cases) for (const r of c.earlierConcerns) expect(r.date! < '2022-05-19').toBe(true);
  });
});

describe('search', () => {
  it('filters statement hits by stance and shows the stance of every statement hit', async () => {
    const any = (await get('/api/search?q=målindikator').expect(200)).body as SearchResultT;
    const statements = any.hits.filter((h) => h.kind === 'Statement');
    expect(statements.length).toBeGreaterThan(0);
    for (const h of any.hits) {
      if (h.kind === 'Statement') expect(STANCES).toContain(h.stance);
      else expect(h).not.toHaveProperty('stance');
    }
    const concerns = (await get('/api/search?q=målindikator&stance=concern').expect(200)).body as SearchResultT;
    expect(concerns.hits.length).toBeGreaterThan(0);
    for (const h of concerns.hits) {
      expect(h.kind).toBe('Statement');
      expect(h.stance).toBe('concern');
      expect(h.snippet.length + h.stanceCue!.length).toBeGreaterThan(0);
    }
    const two = (await get('/api/search?q=KS&stance=request,support&limit=50').expect(200)).body as SearchResultT;
    expect(two.hits.length).toBeGreaterThan(0);
    expect(new Set(two.hits.map((h) => h.stance))).toEqual(new Set(['request', 'support']));
    // Stance and kinds both narrow: cases have no stance.
    expect((await get('/api/search?q=målindikator&stance=concern&kinds=Case').expect(200)).body.hits).toEqual([]);
  });

  it('refuses an unknown or empty stance with 400 problem+json naming it', async () => {
    for (const url of [
      '/api/search?q=ehds&stance=angry',
      '/api/search?q=ehds&stance=',
      '/api/search?q=ehds&stance=,',
    ]) {
      const res = await get(url).expect(400);
      expect(res.type).toBe('application/problem+json');
      expect(JSON.stringify(res.body)).toContain('stance');
    }
  });
});

describe('feeds', () => {
  it('gives each statement entry its stance in the title and as a category', async () => {
    const res = await get('/feeds/organizations/ks.atom').expect(200);
    const feed = parseFeed(res.text);
    const statements = feed.items.filter((i) => i.id?.startsWith('tag:sakskart.no,2022:statement/'));
    expect(statements.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const i of statements) {
      expect(i.categories).toHaveLength(1);
      const term = i.categories[0]!.term;
      expect(STANCES).toContain(term);
      seen.add(term);
      expect(i.title).toMatch(/^\[(Bekymring|Innsigelse|Ønske|Spørsmål|Støtte|Informasjon)\] Innspill: /);
      const e = await get(
        `/api/entities/${encodeURIComponent(`Statement:${i.id!.slice('tag:sakskart.no,2022:statement/'.length)}`)}`,
      ).expect(200);
      expect(e.body.properties.stance).toBe(term);
    }
    expect(seen.size).toBeGreaterThan(1);
    for (const i of feed.items.filter((x) => !x.id?.includes(':statement/'))) expect(i.categories).toEqual([]);
  });
});

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('gives every statement in nodes.csv its stance and cue, and other nodes none', async () => {
    const { res, body } = await download(app, '/api/exports/graph?format=csv');
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(body));
    const [head, ...rows] = csvRows(strFromU8(files['nodes.csv']!).replace(/^\uFEFF/, ''));
    const col = (name: string) => head!.indexOf(name);
    expect(head!.slice(-2)).toEqual(['stance', 'stance_cue']);
    const stored = new Map(
      (
        await ex.read("MATCH (s:Statement) RETURN 'Statement:' + s.id AS id, s.stance AS stance, s.stanceCue AS cue")
      ).map((r) => [String(r.id), r]),
    );
    const statements = rows.filter((r) => r[col('kind')] === 'Statement');
    expect(statements.length).toBe(stored.size);
    for (const r of statements) {
      const s = stored.get(r[col('id')]!)!;
      expect(r[col('stance')]).toBe(s.stance);
      expect(r[col('stance_cue')]).toBe(s.cue ?? '');
    }
    expect(statements.some((r) => r[col('stance')] === 'concern' && r[col('stance_cue')])).toBe(true);
    for (const r of rows.filter((x) => x.length > 1 && x[col('kind')] !== 'Statement'))
      expect(r.slice(-2)).toEqual(['', '']);
  });
});

// Last: it adds statements to the graph. The corpus is too small to be summarised; KS gets 180
// more statements on EHDS, so that its neighbourhood is folded the way a ten-year archive is.
describe('graph summary', () => {
  it('folds the statements around an organisation per topic and stance, each group opening to its count', async () => {
    const stances = ['concern', 'request', 'support'];
    await ex.write(
      `MATCH (o:Organization {id: 'ks'}), (t:Topic {key: 'ehds'})
       UNWIND range(0, 179) AS i
       CREATE (o)-[:RAISED]->(s:Statement {id: 'stance-fold-' + i, text: 'KS om EHDS ' + i, kind: 'input',
               stance: $stances[i % 3], stanceCue: '', stanceRule: 'default.test'})-[:ABOUT {role: 'main', weight: 1}]->(t)`,
      { stances },
    );
    const res = await get('/api/neighbourhood?ids=Organization:ks&depth=1').expect(200);
    const groups = (res.body.groups ?? []) as {
      id: string;
      kind: string;
      label: string;
      count: number;
      stance?: string;
    }[];
    const byStance = groups.filter((g) => g.kind === 'Statement' && g.id.startsWith('Group:Statement~ehds~'));
    expect(byStance.map((g) => g.stance).sort()).toEqual(expect.arrayContaining(['concern', 'request', 'support']));
    expect(res.body.nodes.length + groups.length).toBeLessThanOrEqual(60);
    const concerns = byStance.find((g) => g.stance === 'concern')!;
    expect(concerns.label).toMatch(/^EHDS/);
    expect(concerns.count).toBeGreaterThanOrEqual(60);
    const opened = await get(
      `/api/neighbourhood?ids=Organization:ks&depth=1&open=${encodeURIComponent(concerns.id)}`,
    ).expect(200);
    const members = opened.body.nodes.filter((n: { data: { group?: string } }) => n.data.group === concerns.id);
    expect(members).toHaveLength(concerns.count);
    for (const m of members) expect(m.data.stance).toBe('concern');
  });
});
