import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { VIEWS } from '../../client/src/state/urlState.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';
import { shot, startExplorer, type Explorer } from './browser.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let ex: Executor;
let explorer: Explorer;
beforeAll(async () => {
  ex = await corpusGraph();
  explorer = await startExplorer(ex);
}, 240_000);
afterAll(() => closeGraph(ex, explorer));

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core in the page (every rule it enables by default, WCAG 2.1 A/AA and best practices). */
async function axe(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.view-loading'));
  await page.addScriptTag({ path: AXE });
  // Passed as text: the test transform would otherwise wrap functions in helpers the page lacks.
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`,
  )) as Violation[];
  return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const graphNodes = (page: Page, atLeast: number) =>
  page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes')) >= n,
    atLeast,
  );

describe('accessibility (axe-core) in Chromium', () => {
  // Every view the app offers, as it first opens, in both languages.
  for (const lang of ['nb', 'en'] as const) {
    for (const view of VIEWS) {
      it(`${view} (${lang}) has no axe violation`, async () => {
        const page = await explorer.page({ bypassCSP: true });
        await page.goto(`${explorer.base}/?view=${view}&lang=${lang}`);
        expect(await axe(page)).toEqual([]);
        await page.close();
      });
    }
  }

  it('the graph with a neighbourhood and a selection has no axe violation', async () => {
    const page = await explorer.page({ bypassCSP: true });
    await page.goto(`${explorer.base}/?ids=Topic:ehds&sel=Case:NUIT-38/22&depth=2`);
    await graphNodes(page, 5);
    await page.locator('.details h2').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it("who's-who at a date, and a person's memberships with periods, have no axe violation", async () => {
    const page = await explorer.page({ bypassCSP: true });
    await page.goto(`${explorer.base}/?view=onboarding`);
    await page.getByLabel('Utvalg', { exact: true }).selectOption('NUFA');
    const field = page.getByLabel('Dato', { exact: true });
    await field.fill('01.09.2022');
    await field.press('Enter');
    const table = page.locator('.committee-at-date table.memberships');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await axe(page)).toEqual([]);
    const [p] = await ex.read(
      "MATCH (p:Person)-[:ATTENDED]->(:Meeting {id: 'NUFA-2022-08-31'}) RETURN p.id AS id ORDER BY id LIMIT 1",
    );
    await page.goto(`${explorer.base}/?ids=Person:${String(p!.id)}&sel=Person:${String(p!.id)}`);
    await page.locator('.details table.memberships').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it("an organisation's record (groups by stance, an opened group, its concerns timeline) has no axe violation", async () => {
    const page = await explorer.page({ bypassCSP: true });
    await page.goto(`${explorer.base}/?ids=Organization:ks&sel=Organization:ks`);
    const record = page.getByTestId('actor-record');
    await record.waitFor();
    // The newest group opens by itself with its statements; the keyboard opens the others.
    const groups = record.locator('button.record-group');
    await groups.first().waitFor();
    expect(await groups.first().getAttribute('aria-expanded')).toBe('true');
    await record.locator('.record-statements li').first().waitFor();
    const last = groups.last();
    if ((await groups.count()) > 1) {
      await last.press('Enter');
      await expect.poll(() => last.getAttribute('aria-expanded')).toBe('true');
    }
    await page.getByRole('button', { name: 'Vis hvordan saker aktøren tar opp har endret seg' }).click();
    await page.getByTestId('concern-timeline').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('a date field: typed in Norwegian form, a wrong date named, its Monday-first calendar, no axe violation', async () => {
    const page = await explorer.page({ bypassCSP: true });
    await page.goto(`${explorer.base}/?view=flow&flowTopic=ehds`);
    const from = page.getByLabel('Fra', { exact: true });
    await from.fill('31.2.2022');
    await from.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/finnes ikke i kalenderen/);
    expect(await axe(page)).toEqual([]);
    await from.fill('1.6.2022');
    await from.press('Tab');
    await expect.poll(() => new URL(page.url()).searchParams.get('ff')).toBe('2022-06-01');
    expect(await from.inputValue()).toBe('01.06.2022');
    await page.getByRole('button', { name: 'Velg dato i kalender: Fra' }).click();
    const calendar = page.getByRole('dialog', { name: 'Kalender: Fra' });
    await calendar.waitFor();
    expect((await calendar.locator('thead th').first().textContent())?.trim().toLowerCase()).toMatch(/^ma/);
    expect(await axe(page)).toEqual([]);
    await shot(page, 'date-calendar-nb');
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });
    await page.close();
  });

  it('the graph as a list: keyboard selects a node like a click and expands it like a double-click', async () => {
    const page = await explorer.page({ bypassCSP: true });
    await page.goto(`${explorer.base}/?ids=Topic:ehds`);
    await graphNodes(page, 3);
    await page.getByRole('button', { name: 'Vis som liste' }).click();
    const list = page.getByTestId('graph-list');
    await list.waitFor();
    const canvasNodes = Number(await page.getAttribute('[data-testid="graph-canvas"]', 'data-nodes'));
    expect(await list.locator('tbody th[scope="row"]').count()).toBe(canvasNodes);
    expect(await axe(page)).toEqual([]);

    const name = list.getByRole('button', { name: 'NUFA 27/22', exact: false }).first();
    await name.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'Case:NUFA-27/22');
    await page.locator('.details h2').filter({ hasText: 'NUFA 27/22' }).waitFor();

    await list.getByRole('button', { name: /^Utvid: NUFA 27\/22/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ids') === 'Topic:ehds,Case:NUFA-27/22');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="graph-list"] tbody th[scope="row"]').length > n,
      canvasNodes,
    );
    await shot(page, 'graph-list');
    await page.close();
  });

  it('a big neighbourhood groups people by organisation; a group opens by keyboard and shows its members', async () => {
    const page = await explorer.page({ bypassCSP: true });
    await page.goto(`${explorer.base}/?ids=Committee:NUIT,Committee:NUFA&depth=2`);
    await graphNodes(page, 20);
    await shot(page, 'graph-grouped');
    await page.getByRole('button', { name: 'Vis som liste' }).click();
    const list = page.getByTestId('graph-list');
    const rows = list.locator('tbody th[scope="row"]');
    const group = list.getByRole('button', { name: /: \d+ personer/ }).first();
    await group.waitFor();
    const label = (await group.textContent())!;
    const members = Number(/: (\d+) personer/.exec(label)![1]);
    expect(members).toBeGreaterThan(1);
    expect(await axe(page)).toEqual([]);
    const before = await rows.count();
    await list
      .getByRole('button', { name: new RegExp(`^Utvid: ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .focus();
    await page.keyboard.press('Enter');
    // The group's node gives way to its members; nothing is asked of the server.
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="graph-list"] tbody th[scope="row"]').length === n,
      before - 1 + members,
    );
    expect(new URL(page.url()).searchParams.get('ids')).toBe('Committee:NUIT,Committee:NUFA');
    await page.close();
  });

  it('search suggestions, the tour, a matrix drill-down and a flow have no axe violation', async () => {
    const page = await explorer.page({ tourSeen: false, bypassCSP: true });
    await page.goto(explorer.base);
    await page.getByRole('dialog').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Hopp over' }).click();

    await page.getByRole('searchbox').fill('EHDS');
    await page.locator('.search-results [role="option"]').first().waitFor();
    expect(await axe(page)).toEqual([]);

    await page.goto(`${explorer.base}/?view=matrix`);
    await page.getByRole('button', { name: /^Apotekforeningen × Kostnadsfordeling/ }).click();
    await page.locator('.cell-statements li').first().waitFor();
    expect(await axe(page)).toEqual([]);

    await page.goto(`${explorer.base}/?view=flow&flowTopic=ehds`);
    await page.locator('[data-case="NUIT-38/22"]').waitFor();
    expect(await axe(page)).toEqual([]);

    await page.goto(`${explorer.base}/?view=paths&pf=Organization:apotekforeningen&pt=Topic:ehds`);
    await page.locator('.path-list li p').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await shot(page, 'a11y-paths');
    await page.close();
  });
});
