import { describe, expect, it } from 'vitest';
import {
  ActionItemQuery,
  ChangesQueryChecked,
  decodeKeyCursor,
  DocumentListQuery,
  encodeKeyCursor,
} from '../../graph/api/index.js';
import { keysetPage, nullsLast, num, type Order, type PageRequest } from './keyset.js';

interface Item {
  id: string;
  date: string | null;
  name: string | null;
  line: number;
}

/** `n` items where many share a date and a name, some have none, ids hold æøå. */
const items = (n: number): Item[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `ø${String((i * 7919) % n).padStart(4, '0')}`,
    date: i % 11 === 0 ? null : `20${10 + (i % 9)}-0${1 + (i % 3)}-15`,
    name: i % 13 === 0 ? null : ['Ås kommune', 'KS', 'Helse Nord'][i % 3]!,
    line: (i * 31) % 200,
  }));

const newestFirst: Order<Item> = {
  tag: 'test',
  key: (r) => [r.date ?? '', nullsLast(r.name), num(r.line), r.id],
  dirs: ['desc', 'asc', 'asc', 'asc'],
};

/** Every page, following nextCursor through the query parser as a client would send it. */
function walk(all: Item[], limit: number, order = newestFirst) {
  const pages = [keysetPage(all, order, { limit })];
  while (pages.at(-1)!.nextCursor) {
    const q: PageRequest = { limit, cursor: decode(pages.at(-1)!.nextCursor!) };
    pages.push(keysetPage(all, order, q));
  }
  return pages;
}
const decode = (c: string) => decodeKeyCursor(c)!;

describe('keyset pages', () => {
  const all = items(257);

  it('yields every item exactly once, in the order of one page holding all', () => {
    const whole = keysetPage(all, newestFirst, { limit: 1000 });
    expect(whole.nextCursor).toBeNull();
    expect(whole.total).toBe(257);
    for (const limit of [1, 10, 100, 256, 257]) {
      const pages = walk(all, limit);
      expect(pages).toHaveLength(Math.ceil(257 / limit));
      expect(pages.flatMap((p) => p.items.map((r) => r.id))).toEqual(whole.items.map((r) => r.id));
      expect(pages.every((p) => p.total === 257)).toBe(true);
      expect(pages.at(-1)!.nextCursor).toBeNull();
    }
  });

  it('sorts newest first with the undated last, and unnamed after every name', () => {
    const { items: sorted } = keysetPage(all, newestFirst, { limit: 1000 });
    const dates = sorted.map((r) => r.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(sorted.at(-1)!.date).toBeNull();
    const oneDate = sorted.filter((r) => r.date === sorted[0]!.date).map((r) => r.name);
    expect(oneDate.indexOf(null)).toBeGreaterThan(oneDate.lastIndexOf('KS'));
  });

  it('neither repeats nor skips when items are added or removed between pages', () => {
    const first = keysetPage(all, newestFirst, { limit: 50 });
    const sent = new Set(first.items.map((r) => r.id));
    const gone = first.items[3]!.id;
    const changed = [...all.filter((r) => r.id !== gone), { id: 'new', date: '2099-01-01', name: 'KS', line: 1 }];
    const rest = walk(changed, 50).flatMap((p) => p.items.map((r) => r.id));
    const after = rest.slice(rest.indexOf(first.items.at(-1)!.id) + 1);
    const second = keysetPage(changed, newestFirst, { limit: 50, cursor: decode(first.nextCursor!) });
    expect(second.items.map((r) => r.id)).toEqual(after.slice(0, 50));
    expect(second.items.some((r) => sent.has(r.id))).toBe(false);
  });

  it('gives an empty last page, not the first again, after a cursor past the end', () => {
    const page = keysetPage(all, newestFirst, {
      limit: 10,
      cursor: { tag: 'test', key: ['', '\u{10FFFF}', num(999), 'ø9999'] },
    });
    expect(page.items).toEqual([]);
    expect(page.nextCursor).toBeNull();
  });
});

describe('cursor parameters', () => {
  it('read back the key a page ended on, ids with æøå included', () => {
    const c = encodeKeyCursor({
      tag: 'actionItems',
      key: ['2022-09-14', 'Case:NUIT-28/22', 'Følg opp', 'ActionItem:å'],
    });
    expect(ActionItemQuery.parse({ cursor: c }).cursor).toEqual({
      tag: 'actionItems',
      key: ['2022-09-14', 'Case:NUIT-28/22', 'Følg opp', 'ActionItem:å'],
    });
  });

  it('refuse a forged cursor or one of another list, naming `cursor`', () => {
    const docs = encodeKeyCursor({ tag: 'documents', key: ['a', 'b', 'c', 'd'] });
    for (const bad of ['xyz', 'pnot-base64!', `p${Buffer.from('[1,2]').toString('base64url')}`, docs]) {
      const r = ActionItemQuery.safeParse({ cursor: bad });
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]!.path).toEqual(['cursor']);
    }
    expect(DocumentListQuery.parse({ cursor: docs }).cursor?.tag).toBe('documents');
    const meetings = encodeKeyCursor({ tag: 'meetings', key: ['2022-01-01', 'NUIT-2022-01-01'] });
    const wrongSection = ChangesQueryChecked.safeParse({ since: '2022-01-01', section: 'decisions', cursor: meetings });
    expect(wrongSection.error!.issues[0]!.path).toEqual(['cursor']);
    expect(ChangesQueryChecked.parse({ since: '2022-01-01', cursor: meetings }).cursor?.tag).toBe('meetings');
  });

  it('take a limit between 1 and the maximum, 100 when not given', () => {
    expect(DocumentListQuery.parse({}).limit).toBe(100);
    expect(DocumentListQuery.parse({ limit: '7' }).limit).toBe(7);
    expect(DocumentListQuery.safeParse({ limit: '0' }).success).toBe(false);
    expect(DocumentListQuery.safeParse({ limit: '501' }).success).toBe(false);
  });
});
