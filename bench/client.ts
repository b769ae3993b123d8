import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { pino } from 'pino';
import type { Executor } from '../graph/executor.js';
import { createApp } from '../server/app.js';
import { ensureClientBuilt } from '../server/clientBuild.js';

const KINDS = ['Committee', 'Meeting', 'Case', 'Organization', 'Person', 'Topic', 'Statement'];

/** A neighbourhood answer of about `elements` nodes and edges (2 edges per 3 elements). */
export function syntheticElements(elements: number) {
  const n = Math.round(elements * 0.4);
  const nodes = Array.from({ length: n }, (_, i) => ({
    group: 'nodes' as const,
    data: { id: `Case:S-${i}`, kind: KINDS[i % KINDS.length]!, label: `Sak ${i} om noe langt nok til å ha en etikett` },
  }));
  const edges = Array.from({ length: elements - n }, (_, i) => {
    const a = i % n;
    const b = (a * 7 + 1 + Math.floor(i / n) * 13) % n;
    return {
      group: 'edges' as const,
      data: {
        id: `e${i}`,
        source: nodes[a]!.data.id,
        target: nodes[b === a ? (b + 1) % n : b]!.data.id,
        type: 'ON',
        label: 'om sak',
        sources: [],
      },
    };
  });
  return { nodes, edges, truncated: false };
}

async function startServer(executor: Executor) {
  const clientDir = await ensureClientBuilt(() => {});
  const app = createApp({ executor, logger: pino({ level: 'silent' }), clientDir, rateLimitPerMinute: 1_000_000 });
  const server = await new Promise<import('node:http').Server>((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Frames while the user pans (drag) and zooms (wheel), counted with Cytoscape's own `render` event
 * (one per frame the renderer actually draws) plus its running average redraw time;
 * requestAnimationFrame alone would count frames the browser shows even when nothing was redrawn.
 */
async function framesWhileMoving(page: Page, seconds: number) {
  await page.evaluate(`(() => {
    const cy = document.querySelector('[data-testid="graph-canvas"]').cy;
    window.__frames = [];
    cy.on('render', () => window.__frames.push(performance.now()));
  })()`);
  const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const t0 = Date.now();
  let i = 0;
  while (Date.now() - t0 < seconds * 1000) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let s = 1; s <= 10; s++) await page.mouse.move(cx + s * 12 * (i % 2 ? -1 : 1), cy + s * 6);
    await page.mouse.up();
    for (let w = 0; w < 5; w++) await page.mouse.wheel(0, i % 2 ? 100 : -100);
    i++;
  }
  const elapsed = (Date.now() - t0) / 1000;
  return (await page.evaluate(`(() => {
    const times = window.__frames;
    const gaps = times.slice(1).map((x, i) => x - times[i]).sort((a, b) => a - b);
    const r = document.querySelector('[data-testid="graph-canvas"]').cy.renderer();
    return {
      fps: times.length / ${elapsed},
      p95FrameMs: gaps.length ? gaps[Math.floor(gaps.length * 0.95)] : null,
      averageRedrawMs: r.averageRedrawTime ?? null,
      webgl: Boolean(r.webgl),
    };
  })()`)) as { fps: number; p95FrameMs: number | null; averageRedrawMs: number | null; webgl: boolean };
}

export interface ClientFigures {
  firstViewGzipKiB: number;
  allAssetsGzipKiB: number;
  chunks: { name: string; gzipKiB: number; firstView: boolean }[];
  frames: {
    elements: number;
    drawnMs: number;
    fps: number;
    p95FrameMs: number | null;
    averageRedrawMs: number | null;
    webgl: boolean;
  }[];
}

/**
 * Bundle sizes as the browser loads them (first view = the start page, nothing opened), and the
 * frame rate at each size, with the neighbourhood answer replaced by synthetic elements so the
 * figure measures the renderer, not the database.
 */
export async function measureClient(executor: Executor, sizes = [2000, 5000]): Promise<ClientFigures> {
  const { server, base } = await startServer(executor);
  const browser = await chromium.launch({
    executablePath: process.env.SAKSKART_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--enable-unsafe-swiftshader',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => window.localStorage.setItem('sakskart.tourSeen', '1'));
    const firstView = new Set<string>();
    page.on('response', (r) => {
      if (/\/assets\/.+\.(js|css)$/.test(r.url())) firstView.add(new URL(r.url()).pathname);
    });
    await page.goto(base);
    await page.waitForLoadState('networkidle');
    page.removeAllListeners('response');
    const index = await (await fetch(`${base}/`)).text();
    const assets = new Set([...index.matchAll(/\/assets\/[^"]+/g)].map((m) => m[0]));
    // Every chunk the build made: listed by the entry's dynamic imports and the view chunks' own.
    const seen = new Set<string>();
    const chunks: ClientFigures['chunks'] = [];
    const queue = [...assets, ...firstView];
    while (queue.length) {
      const a = queue.pop()!;
      if (seen.has(a)) continue;
      seen.add(a);
      const text = await (await fetch(base + a)).text();
      chunks.push({ name: a, gzipKiB: gzipSync(text).length / 1024, firstView: firstView.has(a) });
      for (const m of text.matchAll(/["'`](?:\.\/|\/assets\/)([\w.-]+\.(?:js|css))["'`]/g))
        queue.push(`/assets/${m[1]}`);
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const frames: ClientFigures['frames'] = [];
    for (const elements of sizes) {
      const body = JSON.stringify(syntheticElements(elements));
      await page.route('**/api/neighbourhood**', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
      const t0 = Date.now();
      await page.goto(`${base}/?ids=Case:S-0&layout=concentric`);
      await page.waitForFunction(
        (n) => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes')) >= n,
        Math.round(elements * 0.4),
        { timeout: 180_000 },
      );
      const drawnMs = Date.now() - t0;
      await page.waitForTimeout(500);
      frames.push({ elements, drawnMs, ...(await framesWhileMoving(page, 4)) });
      await page.unroute('**/api/neighbourhood**');
    }
    return {
      firstViewGzipKiB: sum(chunks.filter((c) => c.firstView).map((c) => c.gzipKiB)),
      allAssetsGzipKiB: sum(chunks.map((c) => c.gzipKiB)),
      chunks,
      frames,
    };
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
  }
}
