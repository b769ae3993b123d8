import { parseFeed } from '@rowanmanning/feed-parser';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefT, ChangesT, DocumentDetailT, DocumentListT } from '../../graph/api/index.js';
import type { Executor } from '../../graph/executor.js';
import { exportGraph } from '../../seed/exportGraph.js';
import { testApp } from '../helpers/app.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';
import { minimalPdf } from '../helpers/minimalPdf.js';

const TOKEN = 'test-admin-token-0123456789';
let ex: Executor;
let app: Express;
beforeAll(async () => {
  ex = await corpusGraph();
  app = testApp(ex, { adminToken: TOKEN, maxFileMb: 1 });
}, 400_000);
afterAll(() => closeGraph(ex));

const get = (url: string) => request(app).get(url);
const auth = { Authorization: `Bearer ${TOKEN}` };

/** An e-health council minutes PDF on EHDS: one meeting, one case, one statement by KS. */
export const councilPdf = () =>
  Buffer.from(
    minimalPdf([
      'Referat fra møte i Nasjonalt e-helseråd',
      'Dato 2. desember 2022',
      'Sted Oslo',
      'Sak Tema Sakstype',
      'Sak 12/22 Europeisk helsedataområde (EHDS) nasjonal oppfølging Drøfting',
      'Sak 12/22 Europeisk helsedataområde (EHDS) nasjonal oppfølging',
      'Følgende innspill og spørsmål ble tatt med fra møtet:',
      '• KS mener forordningen må følges opp med tiltak i kommunene.',
      'Vedtak:',
      'Nasjonalt e-helseråd tok saken til orientering.',
    ]),
  );

const ndjson = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('what changed', () => {
  it('since 2022-06-01 lists the NUFA meeting of 31.08.2022 and the NUIT meeting of 14.09.2022 with their cases', async () => {
    const res = await get('/api/changes?since=2022-06-01').expect(200);
    const body = res.body as ChangesT;
    expect(body.meetings.map((m) => m.id)).toEqual(['NUFA-2022-08-31', 'NUIT-2022-09-14']);
    const cases = (id: string) => body.meetings.find((m) => m.id === id)!.cases.map((c) => c.id);
    expect(cases('NUFA-2022-08-31')).toEqual(expect.arrayContaining(['NUFA-24/22', 'NUFA-27/22']));
    expect(cases('NUIT-2022-09-14')).toEqual(expect.arrayContaining(['NUIT-37/22', 'NUIT-38/22']));
    // The May NUIT meeting is before the date and stays out; its cases are not "new".
    expect(body.newCases.map((c) => c.id)).not.toContain('NUIT-28/22');
    const decided = body.decisions.find((d) => d.id === 'NUFA-24/22')!;
    expect(decided.decision).toMatch(/legemiddel grunndata/);
    expect(decided.source?.file).toBe('nufa-referat-2022-08-31.txt');
    expect(body.statementsByActor.find((a) => a.name === 'KS')?.statements.length).toBeGreaterThan(0);
    // The EHDS action item from NUIT 18/22 was followed up by NUIT 38/22 in September.
    expect(body.actionItemsFollowedUp).toContainEqual(
      expect.objectContaining({ case: 'NUIT-18/22', followedUpBy: 'NUIT-38/22' }),
    );
  });

  it('since a meeting means after its day, and filters narrow by committee and topic', async () => {
    const after = (await get('/api/changes?since=NUFA-2022-08-31').expect(200)).body as ChangesT;
    expect(after.sinceDate).toBe('2022-08-31');
    expect(after.meetings.map((m) => m.id)).toEqual(['NUIT-2022-09-14']);
    const nufa = (await get('/api/changes?since=2022-01-01&committee=NUFA').expect(200)).body as ChangesT;
    expect(nufa.meetings.map((m) => m.id)).toEqual(['NUFA-2022-08-31']);
    const ehds = (await get('/api/changes?since=2022-01-01&topic=ehds').expect(200)).body as ChangesT;
    // Topics come from case bodies too: the case note of NUIT 30/22 (treated in May and September)
    // mentions EHDS, so it is among the EHDS changes; cases without EHDS in their text are not.
    expect([...new Set(ehds.meetings.flatMap((m) => m.cases.map((c) => c.id)))].sort()).toEqual([
      'NUFA-27/22',
      'NUIT-18/22',
      'NUIT-30/22',
      'NUIT-38/22',
    ]);
  });

  it('refuses a bad since with problem+json naming the field, and an unknown meeting with 404', async () => {
    const bad = await get('/api/changes?since=last-week').expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors[0].field).toBe('since');
    await get('/api/changes?since=NUIT-1999-01-01').expect(404);
  });
});

describe('meeting brief', () => {
  it('for NUIT 14.09.2022 shows, for 37/22, NUIT 28/22 and NUFA 24/22 with their decisions and who raised what', async () => {
    const body = (await get('/api/meetings/NUIT-2022-09-14/brief').expect(200)).body as BriefT;
    expect(body.meeting).toMatchObject({ committee: 'NUIT', startDate: '2022-09-14', number: '4/2022' });
    const c = body.cases.find((x) => x.id === 'NUIT-37/22')!;
    const nuit28 = c.history.find((h) => h.id === 'NUIT-28/22')!;
    const nufa24 = c.history.find((h) => h.id === 'NUFA-24/22')!;
    expect(nuit28.decision).toMatch(/NUIT drøfter saken/);
    expect(nufa24.decision).toMatch(/NUFA drøftet saken/);
    expect(nufa24.source?.file).toBe('nufa-referat-2022-08-31.txt');
    expect(c.history.map((h) => h.date)).toEqual([...c.history.map((h) => h.date)].sort());
    const raisedOn = (caseId: string) => c.raised.filter((r) => r.case === caseId);
    expect(raisedOn('NUIT-28/22').map((r) => r.actorName)).toEqual(expect.arrayContaining(['KS', 'Apotekforeningen']));
    expect(raisedOn('NUFA-24/22').map((r) => r.actorName)).toContain('KS');
    for (const r of c.raised) expect(r.source?.quote.length).toBeGreaterThan(0);
  });

  it('downloads as Markdown with each line sourced', async () => {
    const res = await get('/api/meetings/NUIT-2022-09-14/brief?format=md').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/markdown/);
    expect(res.headers['content-disposition']).toContain('brief-NUIT-2022-09-14.md');
    const section = res.text.split('## Sak 37/22')[1]!.split('\n## ')[0]!;
    expect(section).toMatch(/\*\*NUIT 28\/22\*\*.*NUIT drøfter saken.*Kilde: Referat NUIT 19\.05\.2022, linje \d+/);
    expect(section).toMatch(/\*\*NUFA 24\/22\*\*.*Kilde: Referat NUFA 31\.08\.2022/);
    // Each statement carries its stance and the words that decided it: "[bekymring: «…»]".
    expect(section).toMatch(/\*\*Apotekforeningen\*\* \[[^\]]+\] \(NUIT 28\/22\)/);
  });

  it('answers 404 for an unknown meeting', async () => {
    await get('/api/meetings/NUIT-1999-01-01/brief').expect(404);
  });

  it('refuses an unknown format with a problem naming the field', async () => {
    const res = await get('/api/meetings/NUIT-2022-09-14/brief?format=pdf').expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(res.body)).toContain('format');
  });
});

describe('action items', () => {
  it('lists every action item with responsible, origin and status, and filters by status', async () => {
    const all = (await get('/api/action-items').expect(200)).body.actionItems as {
      case: string;
      status: string;
      followedUpBy: { id: string }[];
      responsible: { name: string }[];
      meeting: string;
    }[];
    const ehds = all.find((a) => a.case === 'Case:NUIT-18/22')!;
    expect(ehds).toMatchObject({ status: 'followed-up', meeting: 'NUIT-2022-05-19' });
    expect(ehds.followedUpBy.map((f) => f.id)).toEqual(['Case:NUIT-38/22']);
    expect(ehds.responsible.map((r) => r.name)).toContain('Direktoratet for e-helse');
    const open = (await get('/api/action-items?status=open').expect(200)).body.actionItems as { status: string }[];
    expect(open.length).toBe(all.filter((a) => a.status === 'open').length);
    expect(open.every((a) => a.status === 'open')).toBe(true);
    const found = (await get('/api/action-items?q=KOSTNADER').expect(200)).body.actionItems as {
      text: string;
      caseTitle: string;
    }[];
    expect(found.length).toBeGreaterThan(0);
    for (const a of found) expect(`${a.text} ${a.caseTitle}`.toLowerCase()).toContain('kostnader');
    expect((await get('/api/action-items?status=done').expect(400)).body.errors[0].field).toBe('status');
  });
});

describe('Atom feeds', () => {
  it('the EHDS feed parses as Atom with entries for NUFA 27/22 and NUIT 38/22', async () => {
    const res = await get('/feeds/topics/ehds.atom').expect(200);
    expect(res.headers['content-type']).toMatch(/application\/atom\+xml/);
    const feed = parseFeed(res.text);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toContain('EHDS');
    const ids = feed.items.map((i) => i.id);
    expect(ids).toContain('tag:sakskart.no,2022:case/NUFA-27/22');
    expect(ids).toContain('tag:sakskart.no,2022:case/NUIT-38/22');
    expect(new Set(ids).size).toBe(ids.length);
    const nufa = feed.items.find((i) => i.id === 'tag:sakskart.no,2022:case/NUFA-27/22')!;
    expect(nufa.updated?.toISOString()).toBe('2022-08-31T00:00:00.000Z');
    expect(new URL(nufa.url!).searchParams.get('sel')).toBe('Case:NUFA-27/22');
    expect(feed.items.some((i) => i.id?.startsWith('tag:sakskart.no,2022:statement/'))).toBe(true);
    expect(feed.items.some((i) => i.id === 'tag:sakskart.no,2022:decision/NUFA-27/22')).toBe(true);
    // Stable: the same feed twice is the same (supertest gives each request its own port).
    const port = /127\.0\.0\.1:\d+/g;
    expect((await get('/feeds/topics/ehds.atom')).text.replace(port, 'host')).toBe(res.text.replace(port, 'host'));
  });

  it('serves committee and organisation feeds, and 404 for unknown keys', async () => {
    const nuit = parseFeed((await get('/feeds/committees/NUIT.atom').expect(200)).text);
    expect(nuit.items.map((i) => i.id)).toContain('tag:sakskart.no,2022:case/NUIT-37/22');
    const ks = parseFeed((await get('/feeds/organizations/ks.atom').expect(200)).text);
    expect(ks.items.some((i) => i.authors.some((a) => a.name === 'KS'))).toBe(true);
    const missing = await get('/feeds/topics/no-such-topic.atom').expect(404);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('documents', () => {
  it('lists every document with committee, meeting, kind and counts', async () => {
    const { documents } = (await get('/api/documents').expect(200)).body as DocumentListT;
    const nufa = documents.find((d) => d.file === 'nufa-referat-2022-08-31.txt')!;
    expect(nufa).toMatchObject({ kind: 'minutes', committee: 'NUFA', meeting: 'NUFA-2022-08-31', status: 'loaded' });
    expect(nufa.counts.cases).toBeGreaterThanOrEqual(10);
    expect(nufa.counts.statements).toBeGreaterThan(10);
    expect(documents.filter((d) => d.file === 'nuit-moteinnkalling-2022-09-14.txt').length).toBeGreaterThan(1);
  });

  it('a document has its full text, and the quoted lines of a statement are in it', async () => {
    const [row] = await ex.read(
      `MATCH (d:Document)-[s:SOURCE_OF]->(:Statement) WHERE d.file = 'nufa-referat-2022-08-31.txt'
       RETURN d.id AS id, s.lineStart AS lineStart, s.lineEnd AS lineEnd, s.quote AS quote LIMIT 1`,
    );
    const doc = (await get(`/api/documents/${row!.id as string}`).expect(200)).body as DocumentDetailT;
    const lines = doc.text!.split('\n');
    expect(lines.length).toBe(doc.lineEnd - doc.lineStart + 1);
    const quoted = lines
      .slice(Number(row!.lineStart) - doc.lineStart, Number(row!.lineEnd) - doc.lineStart + 1)
      .join(' ');
    expect(quoted.replace(/\s+/g, ' ')).toContain(String(row!.quote).slice(0, 30));
    expect(doc.passages.some((p) => p.kind === 'Statement' && p.lineStart === row!.lineStart)).toBe(true);
    await get('/api/documents/not-an-id').expect(400);
    await get(`/api/documents/${'0'.repeat(64)}:0`).expect(404);
    // The details panel of the same document gets its facts, not its whole text.
    const entity = (await get(`/api/entities/${encodeURIComponent(`Document:${row!.id as string}`)}`).expect(200))
      .body as { properties: Record<string, unknown> };
    expect(entity.properties.name).toBe(doc.name);
    expect(entity.properties.text ?? null).toBeNull();
  });
});

describe('adding and removing documents', () => {
  it('refuses writes without the token (401), with a wrong one (401), other types (415) and large files (413)', async () => {
    const none = await request(app).post('/api/documents').attach('file', councilPdf(), 'råd.pdf').expect(401);
    expect(none.headers['content-type']).toMatch(/problem\+json/);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    await request(app)
      .post('/api/documents')
      .set('Authorization', 'Bearer wrong-token')
      .attach('file', councilPdf(), 'råd.pdf')
      .expect(401);
    const html = await request(app)
      .post('/api/documents')
      .set(auth)
      .attach('file', Buffer.from('<html></html>'), { filename: 'side.html', contentType: 'text/html' })
      .expect(415);
    expect(html.body.detail).toContain('side.html');
    await request(app).post('/api/documents').set(auth).send({ file: 'x' }).expect(415);
    // A body the multipart reader cannot read is the request's fault: 400 naming the field.
    const noBoundary = await request(app)
      .post('/api/documents')
      .set(auth)
      .set('Content-Type', 'multipart/form-data')
      .send('')
      .expect(400);
    expect(noBoundary.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(noBoundary.body.detail).toMatch(/^file: the multipart body could not be read/);
    await request(app)
      .post('/api/documents')
      .set(auth)
      .set('Content-Type', 'multipart/form-data; boundary=xyz')
      .send('--xyz\r\nContent-Disposition: form-data; name="file"\r\n\r\nunfinished')
      .expect(400);
    const big = await request(app)
      .post('/api/documents')
      .set(auth)
      .attach('file', Buffer.alloc(1024 * 1024 + 10, 'a'), 'stor.txt')
      .expect(413);
    expect(big.body.detail).toContain('1 MB');
    await request(app)
      .delete(`/api/documents/${'0'.repeat(64)}`)
      .expect(401);
    await request(app).post('/api/documents').set(auth).field('other', 'x').expect(400);
  });

  it('loads a PDF with the CLI loader, reports per file, is idempotent, and removal restores the graph exactly', async () => {
    const before = await exportGraph(ex);
    const res = await request(app)
      .post('/api/documents')
      .set(auth)
      .attach('file', councilPdf(), 'ehelserad-2022-12.pdf')
      .attach('file', Buffer.from([0, 1, 2, 3]), 'binary.txt')
      .expect(200);
    expect(res.headers['content-type']).toMatch(/application\/x-ndjson/);
    const [pdf, binary, done] = ndjson(res.text);
    expect(pdf).toMatchObject({
      type: 'file',
      file: 'ehelserad-2022-12.pdf',
      status: 'loaded',
      cases: 1,
      statements: 1,
    });
    expect(binary).toMatchObject({ file: 'binary.txt', status: 'failed' });
    expect(String(binary!.error)).toMatch(/^binary\.txt:\d*:? ?binary file/);
    expect(done).toEqual({ type: 'done', counts: { loaded: 1, failed: 1 } });

    const hits = (await get('/api/search?q=helsedataområde%20oppfølging&kinds=Case').expect(200)).body.hits;
    expect(hits.map((h: { id: string }) => h.id)).toContain('Case:EHELSERAD-12/22');
    const flow = (await get('/api/flow?topic=ehds').expect(200)).body;
    expect(flow.cases.map((c: { id: string }) => c.id)).toContain('EHELSERAD-12/22');

    const again = ndjson(
      (await request(app).post('/api/documents').set(auth).attach('file', councilPdf(), 'ehelserad-2022-12.pdf')).text,
    );
    expect(again[0]).toMatchObject({ status: 'unchanged' });

    const { documents, failed } = (await get('/api/documents')).body as DocumentListT;
    const added = documents.filter((d) => d.file === 'ehelserad-2022-12.pdf');
    // The file that failed is listed with what was wrong, until it loads.
    expect(failed).toEqual([{ file: 'binary.txt', error: binary!.error, at: expect.any(String) }]);
    expect(added).toHaveLength(1);
    const removed = await request(app)
      .delete(`/api/documents/${encodeURIComponent(added[0]!.id)}`)
      .set(auth)
      .expect(200);
    expect(removed.body).toEqual({ removed: [added[0]!.id], files: ['ehelserad-2022-12.pdf'] });
    expect(await exportGraph(ex)).toEqual(before);
    await request(app)
      .delete(`/api/documents/${encodeURIComponent(added[0]!.id)}`)
      .set(auth)
      .expect(404);

    // The fixed file loads under the same name: it leaves the list of failures.
    const fixed = ndjson(
      (
        await request(app)
          .post('/api/documents')
          .set(auth)
          .attach('file', Buffer.from('Notat om kjernejournal og e-resept.\n'), 'binary.txt')
      ).text,
    );
    expect(fixed[0]).toMatchObject({ file: 'binary.txt', status: 'partial' });
    expect(((await get('/api/documents')).body as DocumentListT).failed).toEqual([]);
    const doc = ((await get('/api/documents')).body as DocumentListT).documents.find((d) => d.file === 'binary.txt');
    await request(app).delete(`/api/documents/${doc!.fileSha256}`).set(auth).expect(200);
    expect(await exportGraph(ex)).toEqual(before);
  });
});
