import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { bumpGraphVersion, readGraphStamp, readGraphVersion } from '../../graph/version.js';
import { testExecutor } from '../helpers/graph.js';

let ex: Executor;
beforeAll(() => {
  ex = testExecutor();
});
afterAll(async () => {
  await ex.close();
});

describe('one-round-trip reads (the graph stamp read on every request)', () => {
  it('see what a write committed just before, as plain numbers', async () => {
    const before = await readGraphVersion(ex);
    const stamp = await readGraphStamp(ex);
    const bumped = await ex.writeTx((tx) => bumpGraphVersion(tx));
    expect(bumped).toBe(before + 1);
    expect(await readGraphVersion(ex)).toBe(bumped);
    expect(await readGraphStamp(ex)).not.toBe(stamp);
    const [row] = await ex.readOnce('RETURN 41 + 1 AS n, [1, 2] AS xs');
    expect(row).toEqual({ n: 42, xs: [1, 2] });
  });

  it('cannot write', async () => {
    await expect(ex.readOnce("CREATE (:GraphMeta {key: 'read-once-probe'})")).rejects.toThrow();
    const [row] = await ex.read("MATCH (m:GraphMeta {key: 'read-once-probe'}) RETURN count(m) AS n");
    expect(row?.n).toBe(0);
  });
});
