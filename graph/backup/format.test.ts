import { describe, expect, it } from 'vitest';
import { parseValueType } from './format.js';

describe('parseValueType', () => {
  it("reads Neo4j's valueType() of scalars and lists", () => {
    expect(parseValueType('INTEGER NOT NULL')).toEqual({ kind: 'INTEGER', list: false });
    expect(parseValueType('LIST<ZONED DATETIME NOT NULL> NOT NULL')).toEqual({ kind: 'ZONED DATETIME', list: true });
    expect(parseValueType('LIST<NOTHING> NOT NULL')).toEqual({ kind: 'NOTHING', list: true });
  });

  it('refuses types a backup cannot restore', () => {
    expect(parseValueType('POINT NOT NULL')).toBeUndefined();
    expect(parseValueType('MAP NOT NULL')).toBeUndefined();
    expect(parseValueType('NOTHING')).toBeUndefined();
  });
});
