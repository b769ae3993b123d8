import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { pino } from 'pino';
import type { Executor } from '../../graph/executor.js';
import { createApp } from '../../server/app.js';
import { DEFAULT_HEAVY_LIMITS } from '../../server/http/heavyGate.js';
import { ensureClientBuilt } from '../../server/clientBuild.js';

export const SCREENSHOTS = path.resolve('test-results/screenshots');
const CHROMIUM = process.env.SAKSKART_CHROMIUM ?? '/usr/bin/chromium';

/** The real server (API + built client) on a free loopback port, and Debian's Chromium headless. */
export async function startExplorer(executor: Executor, opts: { adminToken?: string } = {}) {
  const clientDir = await ensureClientBuilt(() => {});
  const app = createApp({
    executor,
    logger: pino({ level: 'silent' }),
    clientDir,
    // One browser here does in minutes what a user does in a day, so the per-minute budgets are
    // raised; the heavy gate's slots, queue and per-client share stay as shipped, so a user's own
    // burst of requests is tested against them.
    rateLimitPerMinute: 100_000,
    heavy: { ...DEFAULT_HEAVY_LIMITS, budgetPerMinute: 100_000 },
    adminToken: opts.adminToken,
  });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    base,
    browser,
    /** `bypassCSP` lets a test inject a checker such as axe-core into the page. */
    async page(opts: { tourSeen?: boolean; bypassCSP?: boolean } = {}): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: opts.bypassCSP });
      if (opts.tourSeen !== false)
        await page.addInitScript(() => window.localStorage.setItem('sakskart.tourSeen', '1'));
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** A running explorer: its base URL, the browser, a page factory and close(). */
export type Explorer = Awaited<ReturnType<typeof startExplorer>>;

export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
