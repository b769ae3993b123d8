import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHANGES_SECTIONS,
  type ActionItemListT,
  type ChangesSectionT,
  type ChangesT,
  type DocumentListT,
} from '../../graph/api/index.js';
import type { Executor } from '../../graph/executor.js';
import { testApp } from '../helpers/app.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';

/* Paged lists (changes, action items, documents) on the bundled corpus in a real Neo4j. */
let ex: Executor;
let app: Express;
beforeAll(async () => {
  ex = await corpusGraph();
  app = testApp(ex);
}, 400_000);
afterAll(() => closeGraph(ex));

const get = (url: string) => request(app).get(url);

/** Every page of a list, following nextCursor from the first. */
async function walk<P>(url: string, next: (p: P) => string | null): Promise<P[]> {
  const pages: P[] = [(await get(url).expect(200)).body as P];
  for (let cursor = next(pages[0]!); cursor; cursor = next(pages.at(-1)!)) {
    pages.push((await get(`${url}&cursor=${cursor}`).expect(200)).body as P);
    expect(pages.length).toBeLessThan(500);
  }
  return pages;
}

/** The items of one list of a changes answer, statements flattened out of their actors. */
const itemsOf = (c: ChangesT, s: ChangesSectionT): string[] =>
  s === 'statementsByActor'
    ? c.statementsByActor.flatMap((a) => a.statements.map((x) => `${a.actor ?? '-'} ${x.id}`))
    : (c[s] as { id?: string; case?: string; committee?: string }[]).map((x) =>
        JSON.stringify([x.id ?? x.case, x.committee]),
      );

describe('what changed, paged', () => {
  for (const filter of ['', '&stance=concern,request', '&committee=NUIT']) {
    it(`walks every list page by page to exactly the unpaged list, in order${filter ? ` (${filter.slice(1)})` : ''}`, async () => {
      const base = `/api/changes?since=2022-01-01${filter}`;
      const whole = (await get(`${base}&limit=500`).expect(200)).body as ChangesT;
      let walked = 0;
      for (const s of CHANGES_SECTIONS) {
        const all = itemsOf(whole, s);
        expect(whole.pages[s]).toEqual({ total: all.length, nextCursor: null });
        const pages = await walk<ChangesT>(`${base}&section=${s}&limit=2`, (p) => p.pages[s]!.nextCursor);
        expect(pages).toHaveLength(Math.max(1, Math.ceil(all.length / 2)));
        // A page of one list holds that list only.
        for (const p of pages)
          for (const other of CHANGES_SECTIONS.filter((o) => o !== s)) {
            expect(itemsOf(p, other)).toEqual([]);
            expect(p.pages[other]).toBeUndefined();
          }
        expect(pages.flatMap((p) => itemsOf(p, s))).toEqual(all);
        if (all.length > 2) walked++;
      }
      if (!filter) expect(walked).toBeGreaterThanOrEqual(3);
    });
  }

  it('sends the first page of every list with its total, and counts statements as the graph holds them', async () => {
    const first = (await get('/api/changes?since=2022-01-01&limit=1').expect(200)).body as ChangesT;
    expect(Object.keys(first.pages).sort()).toEqual([...CHANGES_SECTIONS].sort());
    for (const s of CHANGES_SECTIONS) {
      expect(itemsOf(first, s).length).toBe(Math.min(1, first.pages[s]!.total));
      expect(first.pages[s]!.nextCursor === null).toBe(first.pages[s]!.total <= 1);
    }
    const [n] = await ex.read(
      `MATCH (d:Document)-[:SOURCE_OF {derived: false}]->(s:Statement) WHERE d.date >= '2022-01-01'
       RETURN count(DISTINCT s) AS n`,
    );
    expect(first.pages.statementsByActor!.total).toBe(Number(n!.n));
  });

  it('refuses an edited cursor and a cursor of another list with a 400 naming cursor', async () => {
    const first = (await get('/api/changes?since=2022-01-01&limit=1').expect(200)).body as ChangesT;
    const cursor = first.pages.decisions!.nextCursor!;
    expect(cursor).toBeTruthy();
    for (const url of [
      `/api/changes?since=2022-01-01&cursor=${cursor.slice(0, -3)}`,
      `/api/changes?since=2022-01-01&cursor=nonsense`,
      `/api/changes?since=2022-01-01&section=meetings&cursor=${cursor}`,
      `/api/action-items?cursor=${cursor}`,
    ]) {
      const res = await get(url).expect(400);
      expect(res.type).toBe('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('cursor');
    }
    // The section a cursor belongs to is read from it when none is named.
    const next = (await get(`/api/changes?since=2022-01-01&limit=1&cursor=${cursor}`).expect(200)).body as ChangesT;
    expect(Object.keys(next.pages)).toEqual(['decisions']);
    expect(next.decisions).toHaveLength(1);
    expect(next.decisions[0]!.id).not.toBe(first.decisions[0]!.id);
  });
});

describe('action items, paged', () => {
  for (const filter of ['', '&status=open', '&q=oppfølging']) {
    it(`walks all pages to exactly the unpaged list, newest meeting first${filter ? ` (${filter.slice(1)})` : ''}`, async () => {
      const whole = (await get(`/api/action-items?limit=500${filter}`).expect(200)).body as ActionItemListT;
      expect(whole.nextCursor).toBeNull();
      expect(whole.total).toBe(whole.actionItems.length);
      const pages = await walk<ActionItemListT>(`/api/action-items?limit=3${filter}`, (p) => p.nextCursor);
      expect(pages).toHaveLength(Math.max(1, Math.ceil(whole.total / 3)));
      expect(pages.every((p) => p.total === whole.total)).toBe(true);
      expect(pages.flatMap((p) => p.actionItems)).toEqual(whole.actionItems);
      const dates = whole.actionItems.map((a) => a.date ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
    });
  }

  it('holds as many action items as the graph, and 100 on a first page by default', async () => {
    const [n] = await ex.read('MATCH (ai:ActionItem)-[:FROM]->(:Case) RETURN count(DISTINCT ai) AS n');
    const first = (await get('/api/action-items').expect(200)).body as ActionItemListT;
    expect(first.total).toBe(Number(n!.n));
    expect(first.total).toBeGreaterThan(3);
    expect(first.actionItems.length).toBe(Math.min(100, first.total));
    expect((await get('/api/action-items?limit=501').expect(400)).body.errors[0].field).toBe('limit');
  });
});

describe('documents, paged', () => {
  it('walks all pages to exactly the unpaged list, newest first, each page with the failed loads', async () => {
    const whole = (await get('/api/documents?limit=500').expect(200)).body as DocumentListT;
    const [n] = await ex.read('MATCH (d:Document) RETURN count(d) AS n');
    expect(whole.total).toBe(Number(n!.n));
    expect(whole.documents).toHaveLength(whole.total);
    const pages = await walk<DocumentListT>('/api/documents?limit=4', (p) => p.nextCursor);
    expect(pages).toHaveLength(Math.ceil(whole.total / 4));
    expect(pages.flatMap((p) => p.documents)).toEqual(whole.documents);
    for (const p of pages) expect(p.failed).toEqual(whole.failed);
    const dates = whole.documents.map((d) => d.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await get('/api/documents?cursor=p1234').expect(400)).body.errors[0].field).toBe('cursor');
  });
});
