import { describe, expect, it } from 'vitest';
import { progressLine } from './progress.js';

describe('progress without a terminal', () => {
  it('states files done, rate and time left', () => {
    expect(progressLine(100, 1000, 50)).toBe('ingest: 100/1000 files (10%), 2.00 files/s, elapsed 50s, ETA 7m30s');
  });
});
