import { describe, expect, it } from 'vitest';
import { evaluateFixtures, precision, recall } from '../eval/evaluate.js';

// Hand-annotated documents in shapes the bundled corpus does not have (e-helsestyre 2015 with
// "Sak 72/15", an e-helseråd agenda with times, NUFA 2021 with actions). See `npm run eval`.
describe('parser quality on annotated documents', () => {
  const { perCategory, details } = evaluateFixtures();
  it.each(Object.keys(perCategory))('%s: precision and recall at least 90%%', (cat) => {
    const s = perCategory[cat]!;
    expect(precision(s), details.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(recall(s), details.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
