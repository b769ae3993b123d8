import { describe, expect, it } from 'vitest';
import { explainWriteError } from './ingest.js';

describe("Neo4j's memory errors", () => {
  it('become a message naming the file and what to do', () => {
    // The shape neo4j-driver gives when a transaction exceeds db.memory.transaction.max.
    const err = Object.assign(
      new Error(
        'The allocation of an extra 2.0 MiB would use more than the limit 1.0 GiB. Currently using 1023.0 MiB.',
      ),
      { code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' },
    );
    expect(explainWriteError('2022/stor\u202Efil.txt', err)).toMatch(
      /^2022\/stor\\u\{202E\}fil\.txt: too large to load in one transaction .*raise SAKSKART_NEO4J_HEAP$/,
    );
  });
  it('leave other errors as they are', () => {
    expect(explainWriteError('a.txt', new Error('a.txt:3: not UTF-8 text'))).toBe('a.txt:3: not UTF-8 text');
  });
});
