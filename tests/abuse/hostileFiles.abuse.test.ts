import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { testApp } from '../helpers/app.js';
import { deflateBombPdf } from '../helpers/bombPdf.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';
import { HOSTILE_SHAPES, hostileMinutes } from '../helpers/hostileText.js';

/*
 * Hostile files uploaded to the real server and Neo4j, each made by code. Limits are lowered by
 * the environment (read when a file is read) so the mechanism shows at sizes a test can afford.
 */
const TOKEN = 'abuse-test-token-0123456789';
let ex: Executor;
let server: Server;
let base: string;
const saved = { ...process.env };

beforeAll(async () => {
  ex = testExecutor();
  await resetGraph(ex);
  Object.assign(process.env, {
    SAKSKART_PDF_MAX_INFLATED_MB: '8',
    SAKSKART_PARSE_TIMEOUT_S: '3',
    SAKSKART_MAX_FILE_MB: '64',
  });
  server = testApp(ex, { adminToken: TOKEN, maxFileMb: 64 }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const first = await upload('notat.txt', new TextEncoder().encode(hostileMinutes(HOSTILE_SHAPES[0]!, 5)));
  expect(first.lines[0]).toMatchObject({ file: 'notat.txt' });
  expect(first.lines[0]!.status).not.toBe('failed');
}, 240_000);

afterAll(async () => {
  process.env = saved;
  await new Promise((r) => server?.close(r));
  await ex?.close();
});

async function upload(name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append(
    'file',
    new Blob([new Uint8Array(bytes)], { type: name.endsWith('.pdf') ? 'application/pdf' : 'text/plain' }),
    name,
  );
  const res = await fetch(`${base}/api/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}` },
    body: form,
  });
  const lines = (await res.text())
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: res.status, lines };
}

/** Runs `f` while polling /api/live; gives its result and the slowest answer seen (ms). */
async function whileLive<T>(f: () => Promise<T>): Promise<{ value: T; slowest: number; polls: number }> {
  let done = false;
  let slowest = 0;
  let polls = 0;
  const poll = (async () => {
    while (!done) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/live`, { signal: AbortSignal.timeout(5000) });
      expect(res.status).toBe(200);
      slowest = Math.max(slowest, performance.now() - t0);
      polls++;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    const value = await f();
    return { value, slowest, polls };
  } finally {
    done = true;
    await poll;
  }
}

const graphSize = async () => Number((await ex.read('MATCH (n) RETURN count(n) AS n'))[0]!.n);
const failedLoads = async () =>
  ((await (await fetch(`${base}/api/documents`)).json()) as { failed: { file: string; error: string }[] }).failed;

async function expectRefused(name: string, bytes: Uint8Array, limit: RegExp) {
  const before = await graphSize();
  const { value, slowest, polls } = await whileLive(() => upload(name, bytes));
  expect(value.status).toBe(200);
  const line = value.lines.find((l) => l.type === 'file')!;
  expect(line).toMatchObject({ file: name, status: 'failed' });
  expect(String(line.error)).toMatch(limit);
  expect(String(line.error)).toContain(name);
  expect(polls).toBeGreaterThan(0);
  expect(slowest).toBeLessThanOrEqual(2000);
  expect((await failedLoads()).find((f) => f.file === name)?.error).toMatch(limit);
  // Nothing of it was written; the note of the failure is the only new node.
  expect(await graphSize()).toBe(before + 1);
}

describe('hostile files fail alone, named, and the server keeps answering', () => {
  it('a deflate bomb PDF (1 MB inflating to 40 MB) is refused by the inflated-size limit', async () => {
    const bomb = deflateBombPdf(40);
    expect(bomb.length).toBeLessThan(2 ** 20);
    await expectRefused('bombe.pdf', bomb, /over 8 MB after inflation \(SAKSKART_PDF_MAX_INFLATED_MB\)/);
  });

  it('a text that takes longer than the budget to parse is stopped and its worker replaced', async () => {
    const cue = HOSTILE_SHAPES.find((s) => s.name === 'repeated cue, one sentence')!;
    await expectRefused(
      'avhengigheter.txt',
      new TextEncoder().encode(hostileMinutes(cue, 40_000)),
      /took over 3 s \(SAKSKART_PARSE_TIMEOUT_S\)/,
    );
    // The replacement worker reads the next file.
    const next = await upload('neste.txt', new TextEncoder().encode(hostileMinutes(HOSTILE_SHAPES[1]!, 5)));
    expect(next.lines[0]!.status).not.toBe('failed');
  });

  it('a zero-filled 30 MB PDF under the size limit fails without stalling the server', async () => {
    const zeros = new Uint8Array(30 * 2 ** 20);
    zeros.set(new TextEncoder().encode('%PDF-1.4\n'));
    await expectRefused('nuller.pdf', zeros, /unreadable PDF|SAKSKART_PARSE_TIMEOUT_S|SAKSKART_PDF_/);
  });

  it('a text of 2,000 short hyphen-wrapped lines loads, quickly, while the server answers', async () => {
    const hyphens = HOSTILE_SHAPES.find((s) => s.name === 'hyphen run')!;
    const { value, slowest } = await whileLive(() =>
      upload('bindestrek.txt', new TextEncoder().encode(hostileMinutes(hyphens, 2000))),
    );
    expect(value.lines[0]).toMatchObject({ file: 'bindestrek.txt' });
    expect(value.lines[0]!.status).not.toBe('failed');
    expect(slowest).toBeLessThanOrEqual(2000);
  });
});
