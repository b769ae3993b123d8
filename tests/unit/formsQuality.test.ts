import { describe, expect, it } from 'vitest';
import { precision, recall } from '../eval/evaluate.js';
import { evaluateForms, sumScores } from '../eval/forms/evaluate.js';

// Minutes, agendas and case notes as people write them (issue 22), text form of the development
// documents: the bars the parser meets, so a change that loses ground fails. See `npm run eval`.
describe('parser quality on the forms of tests/eval/forms', () => {
  it('keeps statements, speakers, cases, links and action items', async () => {
    const results = (await evaluateForms(false)).filter((r) => !r.heldOut);
    const total = sumScores(results);
    const details = results.flatMap((r) => r.details.map((d) => `${r.file}: ${d}`)).join('\n');
    expect(recall(total.cases), details).toBeGreaterThanOrEqual(0.95);
    expect(recall(total.statements), details).toBeGreaterThanOrEqual(0.95);
    expect(recall(total.attribution), details).toBeGreaterThanOrEqual(0.9);
    expect(precision(total.attribution), details).toBeGreaterThanOrEqual(0.95);
    expect(recall(total.links), details).toBeGreaterThanOrEqual(0.85);
    expect(recall(total.actionItems), details).toBeGreaterThanOrEqual(0.9);
    expect(recall(total.attendance), details).toBeGreaterThanOrEqual(0.9);
    expect(precision(total.attendance), details).toBeGreaterThanOrEqual(0.9);
  });

  // The same documents as PDFs laid out by LibreOffice (tables as tables): the text layer rebuilt
  // from positions (seed/source/pdfLayout.ts) must read their case lists, attendance and action
  // tables as the text form is read.
  it('reads the PDF form of the same documents as well', async () => {
    const results = (await evaluateForms(true)).filter((r) => !r.heldOut && r.format === 'pdf');
    const total = sumScores(results);
    const details = results.flatMap((r) => r.details.map((d) => `${r.file} pdf: ${d}`)).join('\n');
    expect(recall(total.cases), details).toBeGreaterThanOrEqual(0.95);
    expect(recall(total.decisions), details).toBeGreaterThanOrEqual(0.95);
    expect(recall(total.statements), details).toBeGreaterThanOrEqual(0.95);
    expect(recall(total.attribution), details).toBeGreaterThanOrEqual(0.9);
    expect(precision(total.attribution), details).toBeGreaterThanOrEqual(0.95);
    expect(recall(total.links), details).toBeGreaterThanOrEqual(0.85);
    expect(recall(total.actionItems), details).toBeGreaterThanOrEqual(0.9);
    expect(recall(total.attendance), details).toBeGreaterThanOrEqual(0.9);
    expect(precision(total.attendance), details).toBeGreaterThanOrEqual(0.9);
  }, 30_000);
});
