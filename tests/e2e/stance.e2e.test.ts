import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';
import { shot, startExplorer, type Explorer } from './browser.js';

/* What an analyst who came to see who is concerned sees, in Chromium on the bundled corpus. */
let ex: Executor;
let explorer: Explorer;
beforeAll(async () => {
  ex = await corpusGraph();
  explorer = await startExplorer(ex);
}, 400_000);
afterAll(() => closeGraph(ex, explorer));

describe('the stance of statements in Chromium', () => {
  it('the matrix with "Bare bekymringer" shows only concerns in its cells, each with the words that decided it', async () => {
    const [{ n }] = (await ex.read(
      "MATCH (:Organization)-[:RAISED]->(s:Statement {stance: 'concern'}) RETURN count(s) AS n",
    )) as [{ n: number }];
    expect(Number(n)).toBeGreaterThan(0);
    const page = await explorer.page();
    await page.goto(`${explorer.base}/?view=matrix`);
    const cells = page.locator('table.matrix button.cell');
    await cells.first().waitFor();
    const all = await cells.count();
    await page.getByLabel('Holdning').selectOption({ label: 'Bare bekymringer' });
    await expect.poll(async () => (await cells.count()) < all || (await cells.count()) === 0).toBe(true);
    const concernCells = await cells.count();
    expect(concernCells).toBeGreaterThan(0);
    let seen = 0;
    for (let i = 0; i < concernCells; i++) {
      await cells.nth(i).click();
      const quotes = page.locator('.matrix-cell .cell-statements li');
      await quotes.first().waitFor();
      const badges = page.locator('.matrix-cell .cell-statements .stance');
      expect(await badges.count()).toBe(await quotes.count());
      for (const cls of await badges.evaluateAll((els) => els.map((e) => e.className))) {
        expect(cls).toContain('stance-concern');
      }
      for (const label of await badges.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) {
        expect(label).toMatch(/^Bekymring\. Avgjort av ordene: «.+»$/);
      }
      seen += await quotes.count();
    }
    expect(seen).toBeGreaterThan(0);
    await shot(page, 'stance-matrix-concerns');
    await page.close();
  });

  it("KS's record shows each statement's stance, and focus on it tells why", async () => {
    const page = await explorer.page();
    await page.goto(`${explorer.base}/?ids=Organization:ks&sel=Organization:ks`);
    const record = page.getByTestId('actor-record');
    await record.locator('.record-statements li').first().waitFor();
    const badge = record.locator('.record-statements .stance').first();
    await badge.focus();
    expect(await badge.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await badge.getAttribute('aria-label')).toMatch(
      /^(Bekymring|Innsigelse|Ønske|Spørsmål|Støtte|Informasjon)\. (Avgjort av ordene: «.+»|Ingen signalord: nøytral rapport)$/,
    );
    await page.close();
  });

  it('an unknown stance is a 400 problem naming it', async () => {
    const res = await fetch(`${explorer.base}/api/matrix?stance=sint`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(await res.json())).toMatch(/stance/);
  });
});
