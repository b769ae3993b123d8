import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';
import { shot, startExplorer, type Explorer } from './browser.js';

let ex: Executor;
let explorer: Explorer;
beforeAll(async () => {
  ex = await corpusGraph();
  explorer = await startExplorer(ex);
}, 400_000);
afterAll(() => closeGraph(ex, explorer));

describe('the dependency view in Chromium', () => {
  it('shows legemiddel grunndata → the plan as a prerequisite with quote, case, lines and the confirming directorate', async () => {
    const page = await explorer.page();
    await page.goto(`${explorer.base}/?view=topics`);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes')) > 3,
    );
    // The list alternative to the canvas: every typed dependency as a row, reachable by keyboard.
    const row = page
      .getByTestId('dep-table')
      .locator('tr')
      .filter({ hasText: 'Legemiddel grunndata' })
      .filter({ hasText: 'Plan for digitalisering på legemiddelområdet' });
    expect(await row.locator('td').first().textContent()).toBe('Forutsetning for');
    const button = row.getByRole('button', { name: 'Legemiddel grunndata' });
    await button.focus();
    await page.keyboard.press('Enter');
    const sources = page.locator('.dep-sources');
    await sources.waitFor();
    expect(await sources.locator('h2').textContent()).toBe(
      'Legemiddel grunndata → Plan for digitalisering på legemiddelområdet',
    );
    const caption = await sources.locator('figcaption').first().textContent();
    expect(caption).toContain('NUFA 24/22');
    expect(caption).toContain('nufa-referat-2022-08-31.txt, linje 121–126, 2022-08-31');
    expect(await sources.locator('blockquote').first().textContent()).toContain(
      'Direktoratet for e-helse bekreftet at legemiddel grunndata er en forutsetning',
    );
    const confirmed = sources.locator('dl div').filter({ hasText: 'Bekreftet av' });
    expect(await confirmed.locator('dd').textContent()).toBe('Direktoratet for e-helse');

    // "What needs legemiddel grunndata": the plan, told in words.
    await page.getByLabel('Fra tema').selectOption({ label: 'Legemiddel grunndata' });
    const reached = page.getByTestId('dep-reached');
    await reached.waitFor();
    expect(await reached.textContent()).toContain(
      'Legemiddel grunndata er en forutsetning for Plan for digitalisering på legemiddelområdet.',
    );
    expect(new URL(page.url()).searchParams.get('df')).toBe('Topic:legemiddel-grunndata');

    // Communities and central topics in the topic map.
    expect(await page.getByTestId('dep-communities').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('dep-central').locator('li').count()).toBeGreaterThan(2);
    await shot(page, 'dependencies');

    // The time slider: before the NUFA meeting the prerequisite was not yet stated.
    await page.goto(`${explorer.base}/?view=topics&da=2022-05-19`);
    await page.getByTestId('dep-table').waitFor();
    const rows = await page.getByTestId('dep-table').locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.startsWith('Henger sammen med'))).toBe(true);
    expect(rows.some((r) => r.startsWith('Forutsetning for'))).toBe(false);
    await page.close();
  });

  it("opens an organisation's concern timeline from its details, and sorts the matrix by cluster", async () => {
    const page = await explorer.page();
    await page.goto(`${explorer.base}/?ids=Organization:ks&sel=Organization:ks`);
    await page.locator('.details h2').filter({ hasText: 'KS' }).waitFor();
    const toggle = page.getByRole('button', { name: 'Vis hvordan saker aktøren tar opp har endret seg' });
    await toggle.click();
    const timeline = page.getByTestId('concern-timeline');
    // Either the timeline or the error message shows; the assertion below names which.
    await page.locator('[data-testid="concern-timeline"], .details [role="alert"]').first().waitFor();
    expect(await page.locator('.details [role="alert"]').count()).toBe(0);
    // Open, the same button offers to hide the timeline.
    expect(await page.getByRole('button', { name: 'Skjul tidslinjen' }).getAttribute('aria-expanded')).toBe('true');
    expect(await timeline.textContent()).toContain('NUIT 28/22');
    await timeline.scrollIntoViewIfNeeded();
    await shot(page, 'concerns');
    await page.goto(`${explorer.base}/?view=matrix&mcl=1`);
    await page.locator('table.matrix .cluster-tag').first().waitFor();
    await shot(page, 'matrix-clusters');
    await page.close();
  });
});
