import { describe, expect, it } from 'vitest';
import { HOSTILE_SHAPES, hostileMinutes } from '../../tests/helpers/hostileText.js';
import { Gazetteer } from './gazetteer.js';
import { parseText } from './parseFile.js';

const gaz = Gazetteer.load();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeOf(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    parseText(gaz, text);
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

/**
 * Time per doubling of the input, over two doublings (n → 4n, square-rooted): a quadratic pass
 * gives ~4, a linear one ~2. Measured again once before failing, since the machine is shared.
 */
function growthPerDoubling(texts: [string, string]): number {
  const measure = () => Math.sqrt(timeOf(texts[1]) / Math.max(1, timeOf(texts[0])));
  parseText(gaz, texts[0]); // warm the JIT on this shape first
  const first = measure();
  return first <= 2.5 ? first : Math.min(first, measure());
}

describe('parsing hostile text takes time linear in its length', { timeout: 180_000 }, () => {
  for (const shape of HOSTILE_SHAPES) {
    it(shape.name, () => {
      // Sizes where the parse takes tens to hundreds of ms, so timer noise does not decide.
      const texts: [string, string] = [hostileMinutes(shape, 600), hostileMinutes(shape, 2400)];
      expect(texts[1].length / texts[0].length).toBeGreaterThan(3.5);
      expect(growthPerDoubling(texts)).toBeLessThanOrEqual(2.5);
    });
  }
});
