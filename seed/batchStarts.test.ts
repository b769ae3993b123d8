import { describe, expect, it } from 'vitest';
import { BATCH_BYTES, batchStarts, FIRST_BATCH } from './ingest.js';

const files = (...mb: number[]) => mb.map((m) => ({ bytes: m * 1024 * 1024 }));

describe('batchStarts', () => {
  it('cuts batches by file count', () => {
    expect(batchStarts(files(0.1, 0.1, 0.1, 0.1, 0.1), 2)).toEqual([0, 2, 4]);
  });

  it('holds full-length documents a megabyte at a time by default, however many there are', () => {
    // 110 minutes of ~47 kB each (the 5.2 MB): before, 10 + 100 files, all in memory at once.
    const minutes = Array.from({ length: 110 }, () => ({ bytes: 47_000 }));
    const starts = batchStarts(minutes, 100);
    const sizes = starts.map((s, i) => (starts[i + 1] ?? minutes.length) - s);
    expect(BATCH_BYTES).toBe(1024 * 1024);
    expect(Math.max(...sizes) * 47_000).toBeLessThanOrEqual(BATCH_BYTES);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(110);
    expect(sizes.length).toBeGreaterThanOrEqual(6);
  });

  it('ends a batch before its files pass the byte budget, so big PDFs are not held fifty at a time', () => {
    expect(batchStarts(files(10, 5, 2, 1), 50, 16 * 1024 * 1024)).toEqual([0, 2]);
    expect(batchStarts(files(6, 6, 6, 6), 50, 16 * 1024 * 1024)).toEqual([0, 2]);
  });

  it('gives a file larger than the budget a batch of its own, and counts unknown sizes as small', () => {
    expect(batchStarts(files(30, 1, 30), 50, 16 * 1024 * 1024)).toEqual([0, 1, 2]);
    expect(batchStarts([{}, {}, {}], 2)).toEqual([0, 2]);
    expect(batchStarts([], 50)).toEqual([]);
  });
});

describe('batchStarts for a load of many files', () => {
  it('starts with a small batch, so writing begins while the next batch is read', () => {
    const many = Array.from({ length: 250 }, () => ({ bytes: 1000 }));
    expect(batchStarts(many, 100)).toEqual([0, FIRST_BATCH, FIRST_BATCH + 100, FIRST_BATCH + 200]);
  });

  it('keeps files that fit in one batch together', () => {
    const few = Array.from({ length: 100 }, () => ({ bytes: 1000 }));
    expect(batchStarts(few, 100)).toEqual([0]);
  });
});
