import { describe, expect, it } from 'vitest';
import { pageFlow, shortQuote } from './page.js';

const kase = (id: string, committee: string, dates: string[]) => ({
  id,
  committee,
  number: id,
  title: `Sak ${id}`,
  date: dates[0] ?? null,
  dates,
  type: null,
  stub: false,
});
const cases = [
  kase('a', 'NUFA', ['2019-02-01']),
  kase('b', 'NUIT', ['2019-05-01']),
  kase('c', 'NUFA', ['2020-01-10', '2021-03-01']),
  kase('d', 'NUIT', ['2022-06-01']),
  kase('e', 'EHELSESTYRE', ['2022-09-01']),
];
const all = {
  cases,
  links: [
    { from: 'a', to: 'b', kind: 'same-matter' as const, quote: null },
    { from: 'b', to: 'd', kind: 'same-matter' as const, quote: null },
    { from: 'a', to: 'e', kind: 'same-matter' as const, quote: null },
  ],
  planned: [{ from: 'd', committee: 'EHELSESTYRE', date: null, quote: null }],
  referred: [],
};

describe('pageFlow', () => {
  it('pages in date order and the pages together hold every case and every link once', () => {
    const seen: string[] = [];
    const links: string[] = [];
    let cursor: string | undefined;
    do {
      const p = pageFlow(all, { limit: 2, cursor });
      expect(p.total).toBe(5);
      expect(p.cases.length).toBeLessThanOrEqual(2);
      const have = new Set([...seen, ...p.cases.map((c) => c.id)]);
      // A link arrives only once both its cases are there.
      for (const l of p.links) expect(have.has(l.from) && have.has(l.to)).toBe(true);
      seen.push(...p.cases.map((c) => c.id));
      links.push(...p.links.map((l) => `${l.from}>${l.to}`));
      cursor = p.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(links.sort()).toEqual(['a>b', 'a>e', 'b>d']);
  });

  it('keeps only cases treated in the period, by any meeting date, and their links', () => {
    const p = pageFlow(all, { limit: 10, from: '2021-01-01', to: '2022-07-01' });
    expect(p.cases.map((c) => c.id)).toEqual(['c', 'd']);
    expect(p.links).toEqual([]);
    expect(p.planned.map((x) => x.from)).toEqual(['d']);
    expect(p.nextCursor).toBeNull();
    expect(p.span).toEqual({ from: '2020-01-10', to: '2022-06-01' });
  });

  it('keeps only the committees asked for', () => {
    const p = pageFlow(all, { limit: 10, committees: ['NUIT'] });
    expect(p.cases.map((c) => c.id)).toEqual(['b', 'd']);
    expect(p.links.map((l) => `${l.from}>${l.to}`)).toEqual(['b>d']);
    expect(p.total).toBe(2);
  });
});

describe('shortQuote', () => {
  it('cuts a long quote at a word and marks the cut', () => {
    const q = 'ord '.repeat(80);
    const s = shortQuote(q)!;
    expect(s.length).toBeLessThanOrEqual(81);
    expect(s.endsWith('…')).toBe(true);
    expect(shortQuote('kort')).toBe('kort');
    expect(shortQuote(null)).toBeNull();
  });
});
