import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { parse } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { testApp } from '../helpers/app.js';
import { closeGraph, resetGraph, testExecutor } from '../helpers/graph.js';

/*
 * The boundaries a file or a request crosses, probed as an attacker would through the real HTTP
 * server and Neo4j: secrets in logs, concurrent uploads of one name, UTF-8 file names, formulas in
 * CSV cells and characters XML forbids in feeds.
 */
const TOKEN = 'abuse-boundary-token-9f8e7d6c5b4a';
let ex: Executor;
let server: Server;
let base: string;
const logLines: string[] = [];

const minutes = (caseTitle: string, statement: string) =>
  [
    'Referat fra møtet i NUFA',
    'Møte Fagutvalget (NUFA)',
    'Dato 31. august 2022',
    'Sted Oslo',
    '',
    `Sak 10/22 ${caseTitle}`,
    '',
    statement,
    '',
    'Vedtak:',
    'Fagutvalget tok saken til orientering.',
    '',
  ].join('\n');

beforeAll(async () => {
  ex = testExecutor();
  await resetGraph(ex);
  // Everything the request log writes, at the level `npm start` logs at.
  const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
  server = testApp(ex, {
    adminToken: TOKEN,
    logger,
    // Wide enough that the parallel uploads below really run at once.
    uploads: { concurrency: 4, queue: 8, perClient: 4, budgetPerMinute: 600, maxWaitMs: 120_000 },
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  if (ex) await closeGraph(ex);
});

/** A multipart upload as a browser sends it: the file name in UTF-8 bytes. */
async function upload(name: string, text: string, token = TOKEN) {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), name);
  const res = await fetch(`${base}/api/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: res.status, body: await res.text() };
}

const files = async (file: string) =>
  (await ex.read('MATCH (d:Document {file: $file}) RETURN d.id AS id', { file })).map((r) => String(r.id));

describe('the boundaries of Sakskart hold against hostile requests and files', () => {
  it('never writes the admin token to the log or into an answer', async () => {
    const up = await upload('hemmelig.txt', minutes('Kjernejournal', 'KS sa at kjernejournalen må bli bedre.'));
    expect(up.status).toBe(200);
    const [id] = await files('hemmelig.txt');
    expect(id).toBeDefined();
    const del = await fetch(`${base}/api/documents/${encodeURIComponent(id!)}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${TOKEN}`, cookie: `session=${TOKEN}` },
    });
    expect(del.status).toBe(200);
    // The token tried where it does not belong: in the URL, and a wrong one in the header.
    const inUrl = await fetch(`${base}/api/documents/x?token=${TOKEN}&access_token=${TOKEN}`, { method: 'DELETE' });
    expect(inUrl.status).toBe(401);
    expect(inUrl.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await inUrl.text()).not.toContain(TOKEN);
    const wrong = await upload('x.txt', 'x', `${TOKEN}-feil`);
    expect(wrong.status).toBe(401);
    expect(wrong.body).not.toContain(TOKEN);

    // The requests were logged (so the grep below has something to miss) …
    const log = logLines.join('');
    expect(log).toMatch(/"method":"DELETE"/);
    expect(log).toMatch(/\[redacted\]/);
    // … and the token is nowhere in it, in any request.
    expect(log).not.toContain(TOKEN);
  }, 120_000);

  it('keeps one document for one file name when four uploads of it race', async () => {
    const name = 'samme-navn.txt';
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        upload(name, minutes(`Kjernejournal versjon ${i}`, `Helse Vest RHF sa at versjon ${i} må prioriteres.`)),
      ),
    );
    for (const r of results) expect(r.status).toBe(200);
    expect(await files(name)).toHaveLength(1);
    // What is left is one version, whole: its case and its statement, not a mix of the four.
    const cases = await ex.read(
      `MATCH (c:Case) WHERE c.title STARTS WITH 'Kjernejournal versjon' RETURN c.title AS title`,
    );
    expect(cases).toHaveLength(1);
    const version = String(cases[0]!.title).slice(-1);
    const statements = await ex.read(
      `MATCH (s:Statement) WHERE s.text CONTAINS 'må prioriteres' RETURN s.text AS text`,
    );
    expect(statements.map((r) => String(r.text))).toEqual([expect.stringContaining(`versjon ${version}`)]);
  }, 240_000);

  it('stores a file name in Norwegian letters as it was written, not as latin-1 mojibake', async () => {
    const name = 'møtereferat-æøå-ÆØÅ.txt';
    expect((await upload(name, minutes('Helsenorge', 'FHI sa at helsenorge må bli enklere.'))).status).toBe(200);
    expect(await files(name)).toHaveLength(1);
    const list = (await (await fetch(`${base}/api/documents`)).json()) as { documents: { file: string }[] };
    expect(list.documents.map((d) => d.file)).toContain(name);
    expect(JSON.stringify(list)).not.toMatch(/Ã¸|Ã¦|Ã¥/);
  }, 120_000);

  it('neutralises a formula in a CSV cell of the whole-graph export', async () => {
    // A file name a spreadsheet would run (it becomes the document's name and file).
    const name = '=HYPERLINK(A1;A2)+SUM(1) referat.txt';
    const up = await upload(name, minutes('Kjernejournal', 'KS sa at dette må stoppes.'));
    expect(up.status).toBe(200);
    expect(await files(name)).toHaveLength(1);
    const res = await fetch(`${base}/api/exports/graph?format=csv`);
    expect(res.status).toBe(200);
    const zip = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const cells = Object.entries(zip)
      .filter(([path]) => path.endsWith('.csv'))
      .flatMap(([, bytes]) => (parse(strFromU8(bytes), { bom: true, relax_column_count: true }) as string[][]).flat());
    // The hostile texts are exported (so the check below sees them), each as text, not a formula.
    expect(cells.filter((c) => c.includes('HYPERLINK')).length).toBeGreaterThan(0);
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  }, 120_000);

  it('keeps an organisation feed well-formed XML when a statement holds characters XML forbids', async () => {
    const bad = 'KS sa at \uFFFE\u0001\u001b[31m kostnadene \uFFFF er uklare.';
    expect((await upload('kontrolltegn.txt', minutes('Legemiddel grunndata', bad))).status).toBe(200);
    const res = await fetch(`${base}/feeds/organizations/ks.atom`);
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).toContain('kostnadene');
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const ch of ['\uFFFE', '\uFFFF', '\u0001', '\u001b']) expect(xml).not.toContain(ch);
  }, 120_000);
});
