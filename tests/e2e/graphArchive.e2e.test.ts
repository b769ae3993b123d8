import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../bench/generateArchive.js';
import type { Executor } from '../../graph/executor.js';
import { expandInputs, ingestFiles } from '../../seed/ingest.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';
import { shot, startExplorer, type Explorer } from './browser.js';

/*
 * The graph view on the bundled corpus plus 1,000 generated documents (ten years of four bodies):
 * a big neighbourhood opens as a summary of at most 150 drawn nodes, its groups open to exactly
 * their count, and no two labels on the canvas overprint.
 */
let ex: Executor;
let explorer: Explorer;
beforeAll(async () => {
  ex = await corpusGraph();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-archive-'));
  for (const f of generateArchive({ n: 1000 })) {
    const target = path.join(dir, f.relPath);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, f.text);
  }
  await ingestFiles(ex, await expandInputs([dir]));
  explorer = await startExplorer(ex);
}, 1_200_000);
afterAll(() => closeGraph(ex, explorer));

const CANVAS = '[data-testid="graph-canvas"]';

async function open(page: Page, query: string) {
  await page.goto(`${explorer.base}/?${query}`);
  await page.waitForFunction((sel) => Number(document.querySelector(sel)?.getAttribute('data-labels')) > 0, CANVAS, {
    timeout: 60_000,
  });
  // Labels are placed again once the layout has settled.
  await page.waitForTimeout(300);
}

/** Drawn nodes, and the pairs of shown labels whose rendered boxes overlap. */
const canvasState = (page: Page) =>
  page.evaluate((sel) => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    type N = {
      id(): string;
      data(k: string): unknown;
      hasClass(c: string): boolean;
      renderedBoundingBox(o: object): Box;
    };
    const cy = (
      document.querySelector(sel) as unknown as { cy: { nodes(s?: string): { map<T>(f: (n: N) => T): T[] } } }
    ).cy;
    const shown = cy
      .nodes(':visible')
      .map((n) => n)
      .filter((n) => !!n.data('label') && !n.hasClass('label-hidden'))
      .map((n) => ({
        id: n.id(),
        box: n.renderedBoundingBox({
          includeLabels: true,
          includeNodes: false,
          includeEdges: false,
          includeOverlays: false,
        }),
      }));
    const overlapping: string[] = [];
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) {
        const a = shown[i]!.box;
        const b = shown[j]!.box;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
          overlapping.push(`${shown[i]!.id} × ${shown[j]!.id}`);
      }
    const nodes = cy.nodes().map((n) => ({ id: n.id(), kind: String(n.data('kind')), count: Number(n.data('count')) }));
    return { nodes, shown: shown.length, overlapping };
  }, CANVAS);

const zoomBy = (page: Page, factor: number) =>
  page.evaluate(
    ([sel, f]) => {
      const cy = (
        document.querySelector(sel as string) as unknown as {
          cy: { zoom(o?: object): number; width(): number; height(): number };
        }
      ).cy;
      cy.zoom({ level: cy.zoom() * (f as number), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    [CANVAS, factor] as const,
  );

describe('the graph at archive scale in Chromium', () => {
  it.each([
    ['NUIT at depth 2', 'ids=Committee:NUIT&depth=2', 'graph-archive-nuit'],
    ['KS', 'ids=Organization:ks', 'graph-archive-ks'],
    ['EHDS', 'ids=Topic:ehds', 'graph-archive-ehds'],
  ])(
    '%s opens with at most 150 nodes drawn, no two shown labels overlapping, also zoomed in',
    async (_, query, name) => {
      const page = await explorer.page();
      await open(page, query);
      const first = await canvasState(page);
      expect(first.nodes.length).toBeGreaterThan(5);
      expect(first.nodes.length).toBeLessThanOrEqual(150);
      expect(first.shown).toBeGreaterThan(3);
      expect(first.overlapping).toEqual([]);
      await shot(page, name);
      await zoomBy(page, 2.5);
      await page.waitForTimeout(500);
      const zoomed = await canvasState(page);
      expect(zoomed.overlapping).toEqual([]);
      await page.close();
    },
  );

  it('a folded group of NUIT opens to exactly its count, keeps the rest, and undo closes it', async () => {
    const page = await explorer.page();
    await open(page, 'ids=Committee:NUIT&depth=2');
    const before = await canvasState(page);
    const groups = before.nodes.filter((n) => n.id.startsWith('Group:') && n.id.includes('~'));
    expect(groups.length).toBeGreaterThan(3);
    // The details panel lists what is folded; choosing a group says what it holds.
    const group = groups.find((g) => g.id.startsWith('Group:Case~'))!;
    await page.goto(`${explorer.base}/?ids=Committee:NUIT&depth=2&sel=${encodeURIComponent(group.id)}`);
    await page.getByRole('button', { name: 'Vis hver for seg' }).click();
    await page.waitForFunction(
      ([sel, n]) => Number(document.querySelector(sel as string)?.getAttribute('data-nodes')) > (n as number),
      [CANVAS, before.nodes.length] as const,
    );
    await page.waitForTimeout(300);
    const after = await canvasState(page);
    const ids = new Set(after.nodes.map((n) => n.id));
    const fresh = after.nodes.filter((n) => !before.nodes.some((b) => b.id === n.id) && n.kind !== 'Group');
    expect(fresh).toHaveLength(group.count);
    expect(fresh.every((n) => n.kind === 'Case')).toBe(true);
    // Nothing that was drawn before is dropped, but the group that opened.
    expect(before.nodes.filter((n) => n.id !== group.id && !ids.has(n.id))).toEqual([]);
    expect(after.overlapping).toEqual([]);
    // The panel now names what opening it showed.
    await page.getByRole('heading', { name: /Åpnet gruppe/ }).waitFor();
    await page.getByRole('button', { name: 'Angre utvidelse' }).click();
    await page.waitForFunction(
      ([sel, n]) => Number(document.querySelector(sel as string)?.getAttribute('data-nodes')) === (n as number),
      [CANVAS, before.nodes.length] as const,
    );
    await page.close();
  });

  it('"Vis som liste" shows the same summary with its groups', async () => {
    const page = await explorer.page();
    await open(page, 'ids=Organization:ks');
    const drawn = await canvasState(page);
    await page.getByRole('button', { name: 'Vis som liste' }).click();
    const caption = await page.getByTestId('graph-list').locator('caption').first().textContent();
    expect(caption).toContain(`(${drawn.nodes.length})`);
    await expect(
      page
        .getByTestId('graph-list')
        .getByRole('button', { name: /innspill$/ })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByTestId('summary-note').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
