import { describe, expect, it } from 'vitest';
import { loadSet, scoreStance, rules } from '../eval/stance/evaluate.js';

// The targets of issue 21 on the annotated statements (see `npm run eval`): every statement gets a
// stance; accuracy (primary or defensible label) at least 0.90, macro-F1 at least 0.80.
describe('stance classifier quality on annotated statements', () => {
  it.each(['dev', 'heldout'] as const)('%s: coverage 1, accuracy >= 0.90, macro-F1 >= 0.80', (name) => {
    const s = scoreStance(loadSet(name), rules);
    expect(s.n).toBeGreaterThan(90);
    expect(s.coverage).toBe(1);
    expect(s.accuracy, s.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(s.macroF1, s.errors.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it('has at least 200 annotated statements in both written forms', () => {
    const all = [...loadSet('dev'), ...loadSet('heldout')];
    expect(all.length).toBeGreaterThanOrEqual(200);
    // Nynorsk markers: these words do not occur in bokmål.
    expect(
      all.filter((s) =>
        /(?<!\p{L})(?:ikkje|kva|korleis|kven|meiner|meinte|frå|vart|ønskjer|spurde|peika|uroa|stør|eit|ein|dei|usamd|løysinga|kommunane)(?!\p{L})/iu.test(
          s.text,
        ),
      ).length,
    ).toBeGreaterThanOrEqual(30);
  });
});
