import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Executor } from '../../graph/executor.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';
import { shot, startExplorer, type Explorer } from './browser.js';

let ex: Executor;
let explorer: Explorer;
beforeAll(async () => {
  ex = await corpusGraph();
  explorer = await startExplorer(ex);
}, 240_000);
afterAll(() => closeGraph(ex, explorer));

const nodeCount = async (page: Page) => Number(await page.getAttribute('[data-testid="graph-canvas"]', 'data-nodes'));
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

describe('the explorer in Chromium', () => {
  it('search EHDS → node shows → expand → details quote the NUFA minutes', async () => {
    const page = await explorer.page();
    await page.goto(explorer.base);
    await page.getByRole('combobox').getByRole('searchbox').fill('EHDS');
    const option = page.getByRole('option').filter({ hasText: 'EHDS – europeisk helsedataområde' }).first();
    await option.waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes')) >= 3,
    );
    expect(param(page, 'ids')).toBe('Topic:ehds');
    const before = await nodeCount(page);

    // Keyboard: an arrow selects the best-connected node, the next one moves to a neighbour in
    // that direction, Escape goes back; Enter expands the selected node.
    const canvas = page.getByTestId('graph-canvas');
    await canvas.press('ArrowRight');
    await page.waitForFunction(() => !!new URL(location.href).searchParams.get('sel'));
    const start = param(page, 'sel');
    let moved = false;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await canvas.press(key);
      if (param(page, 'sel') === start) continue;
      moved = true;
      await canvas.press('Escape');
      await page.waitForFunction((s) => new URL(location.href).searchParams.get('sel') === s, start);
      break;
    }
    expect(moved).toBe(true);
    await page.goto(`${explorer.base}/?ids=Topic:ehds&sel=Case:NUFA-27/22`);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes')) >= 3,
    );
    await page.getByTestId('graph-canvas').press('Enter');
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes')) > n,
      before,
    );
    expect(param(page, 'ids')).toBe('Topic:ehds,Case:NUFA-27/22');

    const quote = page.locator('.details .source').filter({ hasText: 'Referat NUFA 31.08.2022' }).first();
    await quote.waitFor();
    expect(await quote.locator('figcaption').textContent()).toMatch(/nufa-referat-2022-08-31\.txt\), linje \d+/);
    await page.locator('.statement-list li').first().waitFor();
    await shot(page, 'graph');
    await page.close();
  });

  it('issue flow for EHDS shows NUIT 18/22, NUFA 27/22 and NUIT 38/22 in date order', async () => {
    const page = await explorer.page();
    await page.goto(`${explorer.base}/?view=flow`);
    await page.getByLabel('Tema', { exact: true }).selectOption('ehds');
    await page.locator('[data-case="NUIT-38/22"]').waitFor();
    const x = async (id: string) => (await page.locator(`[data-case="${id}"]`).boundingBox())!.x;
    expect(await x('NUIT-18/22')).toBeLessThan(await x('NUFA-27/22'));
    expect(await x('NUFA-27/22')).toBeLessThan(await x('NUIT-38/22'));
    // Each case sits in its committee's lane (cases of one day in a lane stack inside it), NUFA above NUIT.
    const lane = async (committee: string) =>
      (await page
        .locator('.flow-svg > g', { has: page.locator('text.lane-label', { hasText: new RegExp(`^${committee}$`) }) })
        .locator('rect')
        .boundingBox())!;
    const inLane = async (id: string, committee: string) => {
      const box = (await page.locator(`[data-case="${id}"]`).boundingBox())!;
      const band = await lane(committee);
      return box.y >= band.y && box.y + box.height <= band.y + band.height;
    };
    expect(await inLane('NUIT-18/22', 'NUIT')).toBe(true);
    expect(await inLane('NUIT-38/22', 'NUIT')).toBe(true);
    expect(await inLane('NUFA-27/22', 'NUFA')).toBe(true);
    expect((await lane('NUFA')).y).toBeLessThan((await lane('NUIT')).y);
    expect(await page.locator('path[data-kind="earlier-treatment"]').count()).toBeGreaterThan(0);
    await shot(page, 'flow-ehds');
    await page.goto(`${explorer.base}/?view=flow&flowTopic=internasjonale-standarder`);
    await page.locator('[data-case="NUIT-30/22"]').waitFor();
    expect(await page.locator('[data-case="NUFA-36/21"]').count()).toBe(1);
    await shot(page, 'flow-standards');
    await page.close();
  });

  it('the matrix drills down to statements with quotes', async () => {
    const page = await explorer.page();
    await page.goto(`${explorer.base}/?view=matrix`);
    await page.getByRole('button', { name: /^Apotekforeningen × Kostnadsfordeling/ }).click();
    const items = page.locator('.cell-statements li');
    await items.first().waitFor();
    const texts = await items.allTextContents();
    expect(texts.some((t) => t.includes('Apotekforeningen mener at prinsippene for fordeling av kostnadsvekst'))).toBe(
      true,
    );
    await expect(page.locator('.cell-statements figcaption').first().textContent()).resolves.toMatch(
      /Referat NUIT 19\.05\.2022/,
    );
    await shot(page, 'matrix');
    await page.close();
  });

  it('a shared URL restores the same view, and back/forward work', async () => {
    const page = await explorer.page();
    const url = `${explorer.base}/?ids=Topic:ehds&sel=Case:NUIT-38/22&layout=concentric&kinds=Case,Topic,Organization&committee=NUIT&lang=en`;
    await page.goto(url);
    await page.locator('.details h2').filter({ hasText: 'NUIT 38/22' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Layout', exact: true }).inputValue()).toBe('concentric');
    expect(await page.getByRole('combobox', { name: 'Committee', exact: true }).inputValue()).toBe('NUIT');
    expect(await page.getByRole('button', { name: 'Norsk' }).count()).toBe(1);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes')) >= 2,
    );
    await page.getByRole('button', { name: 'Issue flow' }).click();
    expect(param(page, 'view')).toBe('flow');
    await page.goBack();
    await page.locator('.details h2').filter({ hasText: 'NUIT 38/22' }).waitFor();
    expect(param(page, 'view')).toBeNull();
    await page.close();
  });

  it('path finder tells the connection in words; onboarding has the glossary', async () => {
    const page = await explorer.page();
    await page.goto(`${explorer.base}/?view=paths&pf=Organization:apotekforeningen&pt=Topic:ehds`);
    const p = page.locator('.path-list li p').first();
    await p.waitFor();
    expect(await p.textContent()).toMatch(/^Apotekforeningen tok opp en uttalelse, som gjelder NUIT 18\/22/);
    await shot(page, 'paths');
    await page.goto(`${explorer.base}/?view=onboarding`);
    await page.getByRole('button', { name: 'EHDS', exact: true }).click();
    await page.locator('.details h2').filter({ hasText: 'EHDS' }).waitFor();
    expect(param(page, 'ids')).toBe('Topic:ehds');
    await page.goto(`${explorer.base}/?view=onboarding`);
    await page.locator('.glossary').waitFor();
    await shot(page, 'onboarding');
    await page.goto(`${explorer.base}/?view=topics`);
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes')) > 5,
    );
    await shot(page, 'topics');
    await page.close();
  });

  it('shows the tour on a first visit, and a message with retry when the API is down', async () => {
    const page = await explorer.page({ tourSeen: false });
    await page.goto(explorer.base);
    await page.getByRole('dialog').waitFor();
    await shot(page, 'tour');
    await page.getByRole('button', { name: 'Hopp over' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.route('**/api/**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Database unavailable', status: 503 }),
      }),
    );
    await page.goto(`${explorer.base}/?view=matrix`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Kunne ikke hente data');
    await page.unroute('**/api/**');
    await alert.getByRole('button', { name: 'Prøv igjen' }).click();
    await page.locator('table.matrix').waitFor();
    await page.close();
  });
});
