import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { createApp } from '../../server/app.js';
import { ensureClientBuilt } from '../../server/clientBuild.js';
import { appOptionsFromEnv, readServerEnv } from '../../server/config.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';
import { shot } from './browser.js';

/*
 * Issue 9, findings 2 and 3 in a real browser: the explorer opened as a team server under its own
 * name over plain HTTP renders (scripts and styles load, no forced https upgrade), and a page under
 * a foreign name that resolves to the same address (DNS rebinding) gets nothing.
 * Chromium resolves both names to 127.0.0.1 through --host-resolver-rules.
 */
let ex: Executor;
let browser: Browser;
let server: import('node:http').Server;
let port: number;
beforeAll(async () => {
  ex = await corpusGraph();
  const clientDir = await ensureClientBuilt(() => {});
  server = await new Promise((resolve) => {
    const s = createApp({
      executor: ex,
      logger: pino({ level: 'silent' }),
      clientDir,
      ...appOptionsFromEnv(readServerEnv({ SAKSKART_PUBLIC_URL: 'http://sakskart.intern:8080' })),
    }).listen(0, '127.0.0.1', () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
  browser = await chromium.launch({
    executablePath: process.env.SAKSKART_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--host-resolver-rules=MAP sakskart.intern 127.0.0.1, MAP rebound.example 127.0.0.1',
    ],
  });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  await closeGraph(ex);
});

describe('the explorer on a team server over plain HTTP', () => {
  it('renders at http://sakskart.intern:<port>/ with its scripts and styles, and searches', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => window.localStorage.setItem('sakskart.tourSeen', '1'));
    const failed: string[] = [];
    // Aborted fetches are the client cancelling superseded requests; anything else is a failure.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText}`);
    });
    await page.goto(`http://sakskart.intern:${port}/`);
    const search = page.getByRole('combobox').getByRole('searchbox');
    await search.waitFor({ timeout: 20_000 });
    expect(failed).toEqual([]);
    // The stylesheet applied (an unstyled page has a transparent, static layout).
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    await search.fill('EHDS');
    await page.getByRole('option').filter({ hasText: 'EHDS' }).first().waitFor();
    await shot(page, 'team-host-plain-http');
    await page.close();
  });

  it('a page under a foreign name resolving to this server gets 421 and no app', async () => {
    const page = await browser.newPage();
    const res = await page.goto(`http://rebound.example:${port}/`);
    expect(res?.status()).toBe(421);
    expect(await page.locator('#root').count()).toBe(0);
    const api = await page.evaluate(async () => (await fetch('/api/health')).status);
    expect(api).toBe(421);
    await page.close();
  });
});
