import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { exportGraph } from '../../seed/exportGraph.js';
import { closeGraph } from '../helpers/graph.js';
import { corpusGraph } from '../helpers/ingest.js';
import { minimalPdf } from '../helpers/minimalPdf.js';
import { shot, startExplorer, type Explorer } from './browser.js';

const TOKEN = 'e2e-admin-token-0123456789';
let ex: Executor;
let explorer: Explorer;
beforeAll(async () => {
  ex = await corpusGraph();
  explorer = await startExplorer(ex, { adminToken: TOKEN });
}, 400_000);
afterAll(() => closeGraph(ex, explorer));

const councilPdf = {
  name: 'ehelserad-referat-2022-12.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from(
    minimalPdf([
      'Referat fra møte i Nasjonalt e-helseråd',
      'Dato 2. desember 2022',
      'Sted Oslo',
      'Sak Tema Sakstype',
      'Sak 12/22 Europeisk helsedataområde (EHDS) nasjonal oppfølging Drøfting',
      'Sak 12/22 Europeisk helsedataområde (EHDS) nasjonal oppfølging',
      'Følgende innspill og spørsmål ble tatt med fra møtet:',
      '• KS mener forordningen må følges opp med tiltak i kommunene.',
      'Vedtak:',
      'Nasjonalt e-helseråd tok saken til orientering.',
    ]),
  ),
};

describe('a living record in Chromium', () => {
  it("a statement's quote opens the document at its lines, highlighted", async () => {
    const [st] = await ex.read(
      `MATCH (o:Organization {id: 'ks'})-[:RAISED]->(s:Statement)-[:ON]->(:Case {id: 'NUFA-24/22'})
       MATCH (d:Document)-[src:SOURCE_OF]->(s)
       RETURN s.id AS id, d.id AS doc, src.lineStart AS lineStart, src.lineEnd AS lineEnd, src.quote AS quote LIMIT 1`,
    );
    const page = await explorer.page();
    await page.goto(`${explorer.base}/?ids=Statement:${st!.id as string}&sel=Statement:${st!.id as string}`);
    const link = page.locator('.details .source').first().getByRole('link', { name: 'Vis i dokumentet' });
    await link.click();
    await page.locator('.doc-line.highlighted').first().waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('documents');
    expect(url.searchParams.get('doc')).toBe(st!.doc);
    const lines = page.locator('.doc-line.highlighted');
    expect(await lines.count()).toBe(Number(st!.lineEnd) - Number(st!.lineStart) + 1);
    expect(await lines.first().getAttribute('data-line')).toBe(String(st!.lineStart));
    const text = (await lines.allTextContents()).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain(String(st!.quote).slice(0, 25));
    await expect(lines.first().isVisible()).resolves.toBe(true);
    const box = await lines.first().boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(900);
    await shot(page, 'source-viewer');
    // Back returns to the details the quote came from.
    await page.goBack();
    await page.locator('.details').waitFor();
    await page.close();
  }, 240_000);

  it('uploads a PDF with the token, finds it in search and flow, and removes it without a trace', async () => {
    const before = await exportGraph(ex);
    const page = await explorer.page();
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${explorer.base}/?view=documents`);

    // Without the token the page says why.
    await page.getByTestId('upload-input').setInputFiles(councilPdf);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Du må oppgi admin-nøkkelen');
    await shot(page, 'upload-no-token');

    await page.getByLabel('Admin-nøkkel').fill(TOKEN);
    await page.getByRole('button', { name: 'Bruk nøkkelen' }).click();
    await page.getByTestId('upload-input').setInputFiles(councilPdf);
    await page.locator('table.results tr[data-status="loaded"]').waitFor({ timeout: 120_000 });
    expect(await page.locator('table.results').textContent()).toContain(councilPdf.name);
    await page.locator('table.documents').getByText(councilPdf.name).waitFor();
    await shot(page, 'upload');
    // The token is kept for the session, not on disk.
    expect(await page.evaluate(() => window.sessionStorage.getItem('sakskart.adminToken'))).toBe(TOKEN);
    expect(await page.evaluate(() => window.localStorage.getItem('sakskart.adminToken'))).toBeNull();

    await page.goto(explorer.base);
    await page.getByRole('combobox').getByRole('searchbox').fill('helsedataområde oppfølging');
    await page.getByRole('option').filter({ hasText: 'EHELSERAD 12/22' }).first().waitFor();

    await page.goto(`${explorer.base}/?view=flow&flowTopic=ehds`);
    await page.locator('[data-case="EHELSERAD-12/22"]').waitFor();
    await page.locator('[data-case="NUIT-38/22"]').waitFor();

    await page.goto(`${explorer.base}/?view=documents`);
    await page
      .locator('table.documents')
      .getByRole('button', { name: /Referat E-helserådet 02\.12\.2022/ })
      .click();
    await page.getByRole('button', { name: 'Fjern fila fra grafen' }).click();
    await page.locator('table.documents').waitFor();
    await expect
      .poll(async () => page.locator('table.documents').getByText(councilPdf.name).count(), { timeout: 60_000 })
      .toBe(0);
    expect(await exportGraph(ex)).toEqual(before);
    await page.goto(`${explorer.base}/?view=flow&flowTopic=ehds`);
    await page.locator('[data-case="NUIT-38/22"]').waitFor();
    expect(await page.locator('[data-case="EHELSERAD-12/22"]').count()).toBe(0);
    await page.close();
  }, 300_000);

  it('what changed, the meeting brief, action items and Følg show what a committee member needs', async () => {
    const page = await explorer.page();
    await page.goto(`${explorer.base}/?view=changes&since=2022-06-01`);
    await page.locator('[data-meeting="NUIT-2022-09-14"] [data-case="NUIT-37/22"]').waitFor({ timeout: 90_000 });
    expect(await page.locator('[data-meeting="NUFA-2022-08-31"] [data-case="NUFA-24/22"]').count()).toBe(1);
    await shot(page, 'changes');
    // Narrowed to one organisation: only what KS said, and its feed to follow.
    expect(await page.locator('details.actor-statements').count()).toBeGreaterThan(1);
    await page.getByLabel('Organisasjon').selectOption({ label: 'KS' });
    await expect.poll(() => new URL(page.url()).searchParams.get('co')).toBe('ks');
    await expect
      .poll(
        async () => page.locator('details.actor-statements').evaluateAll((els) => els.map((e) => e.dataset.actor)),
        {
          timeout: 60_000,
        },
      )
      .toEqual(['Organization:ks']);
    expect(await page.getByRole('button', { name: /Følg/ }).count()).toBeGreaterThan(0);
    await page.getByLabel('Organisasjon').selectOption({ label: 'Alle' });
    // One click: since the previous NUFA meeting.
    await page.getByRole('group', { name: 'Siden forrige møte i' }).getByRole('button', { name: 'NUFA' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('since')).toBe('NUFA-2022-08-31');
    // The earlier answer stays on screen while the new one loads: wait for the NUFA meeting to go.
    await expect.poll(() => page.locator('[data-meeting="NUFA-2022-08-31"]').count(), { timeout: 60_000 }).toBe(0);
    expect(await page.locator('[data-meeting="NUIT-2022-09-14"]').count()).toBe(1);

    await page.goto(`${explorer.base}/?view=brief&meeting=NUIT-2022-09-14`);
    const c37 = page.locator('.brief-case[data-case="NUIT-37/22"]');
    await c37.waitFor();
    expect(await c37.locator('[data-history="NUIT-28/22"] .brief-decision').textContent()).toMatch(
      /NUIT drøfter saken/,
    );
    expect(await c37.locator('[data-history="NUFA-24/22"] .brief-decision').textContent()).toMatch(
      /NUFA drøftet saken/,
    );
    expect(await c37.locator('.brief-raised').textContent()).toContain('Apotekforeningen');
    await c37.scrollIntoViewIfNeeded();
    await shot(page, 'brief');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'brief-print');
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`${explorer.base}/?view=actions&ais=open`);
    await page.locator('table.action-items tbody tr').first().waitFor();
    const statuses = await page
      .locator('table.action-items tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 'open')).toBe(true);
    await page.getByLabel('Status').selectOption('');
    await page.locator('table.action-items tr[data-status="followed-up"]').waitFor();
    expect(new URL(page.url()).searchParams.get('ais')).toBeNull();
    await shot(page, 'action-items');

    await page.goto(`${explorer.base}/?ids=Topic:ehds&sel=Topic:ehds`);
    await page.locator('.details').getByRole('button', { name: /Følg/ }).click();
    const feed = await page.getByRole('textbox', { name: /Atom/ }).inputValue();
    expect(feed).toBe(`${explorer.base}/feeds/topics/ehds.atom`);
    await shot(page, 'follow');
    await page.close();
  }, 300_000);
});
