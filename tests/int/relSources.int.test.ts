import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { addRelSources, type RelSourceRow } from '../../seed/write/relSources.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';

// Three minutes naming one member, with what each says of her membership.
const SOURCES: { doc: string; date: string; props: Record<string, unknown> }[] = [
  { doc: 'd1', date: '2021-03-01', props: { role: 'medlem', since: '2019' } },
  { doc: 'd2', date: '2022-03-01', props: { role: 'nestleder' } },
  { doc: 'd3', date: '2023-03-01', props: { role: 'leder', note: 'ny' } },
];
const row = ({ doc, date, props }: (typeof SOURCES)[number]): RelSourceRow => ({
  type: 'MEMBER_OF',
  fromLabel: 'Person',
  toLabel: 'Committee',
  from: 'kari',
  to: 'NUIT',
  k: '',
  sourceId: doc,
  source: { doc, lineStart: 3, lineEnd: 3, quote: `Kari (${doc})`, props, date, kind: 'minutes' },
});

let ex: Executor;
beforeAll(() => {
  ex = testExecutor();
}, 240_000);
beforeEach(async () => {
  await resetGraph(ex);
  await ex.write(`CREATE (:Person {id: 'kari', name: 'Kari'}), (:Committee {key: 'NUIT', name: 'NUIT'})`);
});
afterAll(async () => {
  await resetGraph(ex);
  await ex.close();
});

const stored = async () => {
  const rows = await ex.read(
    `MATCH (:Person {id: 'kari'})-[r:MEMBER_OF]->(:Committee {key: 'NUIT'}) RETURN properties(r) AS p`,
  );
  expect(rows).toHaveLength(1);
  return rows[0]!.p as Record<string, unknown>;
};

describe('sources added to one relationship', () => {
  it('give the same relationship in one call as one call per source, in any order', async () => {
    const orders = [
      [0, 1, 2],
      [2, 0, 1],
      [1, 2, 0],
    ];
    const results: Record<string, unknown>[] = [];
    for (const order of orders) {
      await resetGraph(ex);
      await ex.write(`CREATE (:Person {id: 'kari', name: 'Kari'}), (:Committee {key: 'NUIT', name: 'NUIT'})`);
      await ex.writeTx((tx) =>
        addRelSources(
          tx,
          order.map((i) => row(SOURCES[i]!)),
        ),
      );
      results.push(await stored());
      await resetGraph(ex);
      await ex.write(`CREATE (:Person {id: 'kari', name: 'Kari'}), (:Committee {key: 'NUIT', name: 'NUIT'})`);
      for (const i of order) await ex.writeTx((tx) => addRelSources(tx, [row(SOURCES[i]!)]));
      results.push(await stored());
    }
    for (const r of results) expect(r).toEqual(results[0]);
    // The latest minutes is shown; an older one still gives what the latest does not say.
    expect(results[0]).toMatchObject({ role: 'leder', note: 'ny', since: '2019', doc: 'd3', quote: 'Kari (d3)' });
    expect(results[0]!.sourceIds).toEqual(['d1', 'd2', 'd3']);
    expect((results[0]!.sources as string[]).map((s) => JSON.parse(s).doc)).toEqual(['d1', 'd2', 'd3']);
  });

  it('adds new sources between stored ones, and a source already there changes nothing', async () => {
    await ex.writeTx((tx) => addRelSources(tx, [row(SOURCES[2]!)]));
    const before = await stored();
    await ex.writeTx((tx) => addRelSources(tx, [row(SOURCES[2]!)]));
    expect(await stored()).toEqual(before);
    // Older minutes later: they fill what is missing and leave the shown source as it is.
    await ex.writeTx((tx) => addRelSources(tx, [row(SOURCES[0]!), row(SOURCES[1]!), row(SOURCES[2]!)]));
    const after = await stored();
    expect(after).toMatchObject({ role: 'leder', since: '2019', doc: 'd3', sourceIds: ['d1', 'd2', 'd3'] });
  });

  it('counts sources whose endpoints are missing as not found', async () => {
    const counts = await ex.writeTx((tx) =>
      addRelSources(tx, [
        row(SOURCES[0]!),
        { ...row(SOURCES[1]!), from: 'nobody' },
        { ...row(SOURCES[2]!), from: 'nobody' },
      ]),
    );
    expect(counts.get('MEMBER_OF|Person|Committee')).toEqual({ found: 1, given: 3 });
  });
});
