import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { testExecutor } from '../helpers/graph.js';

let ex: Executor;
beforeAll(() => {
  ex = testExecutor();
});
afterAll(async () => {
  await ex.close();
});

/** Empties Neo4j's query caches and says how many statements they held. */
async function clearPlans(): Promise<number> {
  const session = ex.driver.session({ database: ex.database });
  try {
    const [rec] = (await session.run('CALL db.clearQueryCaches()')).records;
    const m = /of (\d+) quer/.exec(String(rec?.get('value')));
    return m ? Number(m[1]) : 0;
  } finally {
    await session.close();
  }
}

const SIZES = [0, 1, 5, 50, 500];
const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => `r${i}`);

describe('plans kept per statement (Neo4j plans again for every size bucket of a list or string parameter)', () => {
  it('plans a statement once, whatever the size of its lists and strings, through every way of running it', async () => {
    const paths: [string, (q: string, p: Record<string, unknown>) => Promise<unknown[]>][] = [
      ['read', (q, p) => ex.read(q, p)],
      ['readOnce', (q, p) => ex.readOnce(q, p)],
      ['writeTx', (q, p) => ex.writeTx((tx) => tx.run(q, p))],
    ];
    for (const [name, run] of paths) {
      await clearPlans();
      const answers = [];
      for (const n of SIZES)
        answers.push(
          await run(`UNWIND $rows AS r WITH count(r) AS c RETURN c, size($text) AS s, '${name}' AS path`, {
            rows: rowsOf(n),
            text: 'x'.repeat(n),
          }),
        );
      // The parameters arrived whole, and one plan served every size.
      expect(answers).toEqual(SIZES.map((n) => [{ c: n, s: n, path: name }]));
      expect({ name, plans: await clearPlans() }).toEqual({ name, plans: 1 });
    }
  });

  it('is what Neo4j does with parameters sent as they are: a plan per size bucket', async () => {
    await clearPlans();
    const session = ex.driver.session({ database: ex.database });
    try {
      for (const n of SIZES) await session.run('UNWIND $rows AS r RETURN count(r) AS c', { rows: rowsOf(n) });
    } finally {
      await session.close();
    }
    expect(await clearPlans()).toBe(SIZES.length);
  });
});
