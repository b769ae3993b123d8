import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { pino } from 'pino';
import type { Executor } from '../graph/executor.js';
import { createApp } from '../server/app.js';
import { ensureClientBuilt } from '../server/clientBuild.js';

/**
 * Opens the graph explorer in headless Chromium on a large neighbourhood and measures how long
 * until it is drawn and laid out, and the frame rate while zooming with the mouse wheel.
 */
export async function measureBrowser(executor: Executor, ids: string[], depth = 2) {
  const clientDir = await ensureClientBuilt(() => {});
  const app = createApp({ executor, logger: pino({ level: 'silent' }), clientDir, rateLimitPerMinute: 100_000 });
  const server = await new Promise<import('node:http').Server>((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  const browser = await chromium.launch({
    executablePath: process.env.SAKSKART_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => window.localStorage.setItem('sakskart.tourSeen', '1'));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const t0 = Date.now();
    await page.goto(`${base}/?ids=${ids.map(encodeURIComponent).join(',')}&depth=${depth}`);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes')) > 0,
      null,
      { timeout: 120_000 },
    );
    const renderMs = Date.now() - t0;
    const nodes = Number(await page.getAttribute('[data-testid="graph-canvas"]', 'data-nodes'));
    const elements = (await page.evaluate(
      `fetch('/api/neighbourhood?ids=' + encodeURIComponent(new URL(location.href).searchParams.get('ids')) + '&depth=${depth}&limit=1000').then((r) => r.json()).then((j) => j.nodes.length + j.edges.length)`,
    )) as number;
    await page.mouse.move(500, 500);
    // Passed as text: tsx would otherwise wrap named functions in a helper the page does not have.
    const countFrames = `new Promise((resolve) => {
      let frames = 0; let running = true;
      const tick = () => { frames++; if (running) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      setTimeout(() => { running = false; resolve(frames / 2); }, 2000);
    })`;
    const idle = (await page.evaluate(countFrames)) as number;
    const during = page.evaluate(countFrames) as Promise<number>;
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, i % 2 ? 120 : -120);
      await page.waitForTimeout(40);
    }
    const fps = { idle, zooming: await during };
    return { renderMs, nodes, elements, fps };
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
  }
}
