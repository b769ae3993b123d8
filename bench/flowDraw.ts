/*
 * Issue flow at archive scale: first payload and first draw in Chromium, against a running server
 * (e.g. one on the 1,000- or 10,000-document archive). Usage:
 *   npx tsx bench/flowDraw.ts --base http://127.0.0.1:8201 [--topics ehds,internasjonale-standarder] [--runs 3]
 * First draw = from navigation to the first case or folded box in the DOM (median of the runs).
 * Targets (issue 20): first draw ≤ 1.5 s, first payload ≤ 150 kB.
 */
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:8201' },
    topics: { type: 'string', default: 'ehds,internasjonale-standarder' },
    runs: { type: 'string', default: '3' },
  },
});
const base = values.base!;
const runs = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const browser = await chromium.launch({
  executablePath: process.env.SAKSKART_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
console.log(
  '| topic | cases (total) | first page: cases / links | payload raw / gzip | boxes drawn (folded) | first draw (median) |',
);
console.log('|---|---|---|---|---|---|');
for (const topic of values.topics!.split(',')) {
  const res = await fetch(`${base}/api/flow?topic=${topic}&role=any`);
  const body = Buffer.from(await res.arrayBuffer());
  const page = JSON.parse(body.toString()) as { total: number; cases: unknown[]; links: unknown[] };
  const times: number[] = [];
  let boxes = 0;
  let folds = 0;
  for (let i = 0; i < runs; i++) {
    const p = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await p.addInitScript(() => window.localStorage.setItem('sakskart.tourSeen', '1'));
    await p.goto(`${base}/?view=flow&flowTopic=${topic}`, { waitUntil: 'commit' });
    await p.locator('.flow-node').first().waitFor({ timeout: 60_000 });
    times.push(await p.evaluate(() => performance.now()));
    boxes = await p.locator('.flow-node').count();
    folds = await p.locator('[data-fold]').count();
    await p.close();
  }
  console.log(
    `| ${topic} | ${page.total} | ${page.cases.length} / ${page.links.length} | ${(body.length / 1000).toFixed(1)} kB / ${(gzipSync(body).length / 1000).toFixed(1)} kB | ${boxes} (${folds}) | ${(median(times) / 1000).toFixed(2)} s |`,
  );
}
await browser.close();
