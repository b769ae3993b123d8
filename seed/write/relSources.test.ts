import { describe, expect, it } from 'vitest';
import { newSources, planSources, type RelSourceRow } from './relSources.js';

const row = (doc: string, date: string, kind = 'minutes'): RelSourceRow => ({
  type: 'MEMBER_OF',
  fromLabel: 'Person',
  toLabel: 'Committee',
  from: 'kari',
  to: 'nufa',
  k: '',
  sourceId: doc,
  source: { doc, lineStart: 1, lineEnd: 2, quote: `q ${doc}`, props: { n: doc }, date, kind },
});

describe('newSources: the sources a statement adds to one relationship', () => {
  it('come lowest rank first (date, then minutes over agendas), so the highest is applied last', () => {
    const rows = [row('c', '2023-01-01'), row('a', '2021-01-01'), row('b', '2023-01-01', 'agenda')];
    expect(newSources(rows).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('hold a source given twice once, as it was first given', () => {
    const again = { ...row('a', '2021-01-01'), source: { ...row('a', '2021-01-01').source, quote: 'later' } };
    const out = newSources([row('a', '2021-01-01'), again]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 'a', quote: 'q a', doc: 'a' });
    expect(JSON.parse(out[0]!.src)).toMatchObject({ doc: 'a', quote: 'q a', date: '2021-01-01' });
  });
});

describe('planSources: what adding sources does to a stored relationship', () => {
  const stored = { sourceIds: ['b', 'd'], rank: '2022-01-01|3|d' };

  it('inserts new sources between stored ones, keeping ids and sources in one sorted order', () => {
    const w = planSources(stored, [row('e', '2023-01-01'), row('a', '2020-01-01'), row('c', '2020-01-01')])!;
    expect(w.sourceIds).toEqual(['a', 'b', 'c', 'd', 'e']);
    const old = ['B', 'D'];
    const built = w.plan.flatMap((p) => ('src' in p ? [JSON.parse(p.src).doc as string] : old.slice(p.from, p.to)));
    expect(built).toEqual(['a', 'B', 'c', 'D', 'e']);
  });

  it('lets sources below the shown one only fill gaps, and makes the highest above it the shown one', () => {
    const w = planSources(stored, [row('e', '2023-01-01'), row('a', '2020-01-01'), row('f', '2024-01-01')])!;
    expect(w.lower).toEqual([{ n: 'a' }]);
    expect(w.higher).toEqual([{ n: 'e' }, { n: 'f' }]);
    expect(w.top).toMatchObject({ doc: 'f', quote: 'q f' });
    expect(planSources(stored, [row('a', '2020-01-01')])!.top).toBeNull();
  });

  it('has nothing to write when every source is already recorded', () => {
    expect(planSources(stored, [row('b', '2021-01-01'), row('d', '2022-01-01')])).toBeUndefined();
    expect(planSources({}, [row('x', '2021-01-01')])!.higher).toEqual([{ n: 'x' }]);
  });
});
