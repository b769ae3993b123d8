import { describe, expect, it } from 'vitest';
import { precision, recall } from '../eval/evaluate.js';
import { evaluateDependencies } from '../eval/dependencies/evaluate.js';

// Passages written for Sakskart in the style of minutes and case notes, annotated by hand
// (tests/eval/dependencies/gold.json). See `npm run eval`.
describe('dependency reading on the annotated passages', () => {
  const { dependencies, attribution, details } = evaluateDependencies();
  it('finds dependencies with precision ≥ 0.85 and recall ≥ 0.7', () => {
    expect(precision(dependencies), details.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(recall(dependencies), details.join('\n')).toBeGreaterThanOrEqual(0.7);
  });
  it('names who stated, confirmed or contested what it found', () => {
    expect(precision(attribution), details.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
});
