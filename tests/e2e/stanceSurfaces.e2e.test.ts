import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';
import { shot, startExplorer, type Explorer } from './browser.js';

/* The brief and the graph's search in Chromium on the bundled corpus: stances read as text, cues on focus. */
let ex: Executor;
let explorer: Explorer;
beforeAll(async () => {
  ex = await corpusGraph();
  explorer = await startExplorer(ex);
}, 600_000);
afterAll(() => closeGraph(ex, explorer));

describe('stance where the reader finds statements', () => {
  it('the brief lists the concerns raised on EHDS in NUFA before NUIT took it up, each with its cue', async () => {
    const page = await explorer.page();
    await page.goto(`${explorer.base}/?view=brief&meeting=NUIT-2022-09-14`);
    const c38 = page.locator('.brief-case[data-case="NUIT-38/22"]');
    await c38.waitFor({ timeout: 90_000 });
    await c38.getByRole('heading', { name: 'Tidligere bekymringer og innvendinger' }).waitFor();
    const items = c38.locator('.brief-concerns li');
    expect(await items.count()).toBeGreaterThan(0);
    const first = items.first();
    expect(await first.textContent()).toContain('NUFA 27/22');
    const badge = first.locator('.stance');
    expect(await badge.textContent()).toBe('Bekymring');
    await badge.focus();
    expect(await badge.getAttribute('aria-label')).toMatch(/^Bekymring\. Avgjort av ordene: «.+»$/);
    expect(await first.getByRole('link', { name: 'Vis i dokumentet' }).count()).toBe(1);
    await c38.scrollIntoViewIfNeeded();
    await shot(page, 'brief-earlier-concerns');
  });

  it('the graph search finds only concerns when "Bekymring" is chosen, each hit saying so', async () => {
    const page = await explorer.page();
    await page.goto(`${explorer.base}/`);
    await page.getByLabel('Holdning').selectOption('concern');
    await page.getByRole('combobox').getByRole('searchbox').fill('målindikator');
    const options = page.locator('.search-results [role="option"]');
    await options.first().waitFor({ timeout: 60_000 });
    const n = await options.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++)
      expect(await options.nth(i).locator('.stance').first().textContent()).toMatch(/^Bekymring/);
    await shot(page, 'search-stance');
  });
});
