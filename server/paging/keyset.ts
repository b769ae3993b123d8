import { encodeKeyCursor, type KeyCursor } from '../../graph/api/paging.js';

/*
 * One page of a list read whole, cut by its sort key. The lists are read in one query each (tens of
 * milliseconds on a 1,000-document archive); what was too big was the answer, so the page is cut here
 * and the order is defined here, by `Order.key`, not by the query's ORDER BY.
 */

export type Direction = 'asc' | 'desc';

/** How a list sorts: a key of strings per item, compared left to right, each part asc or desc. The key must be unique per item. */
export interface Order<T> {
  tag: string;
  key: (item: T) => string[];
  dirs: Direction[];
}

/** Zero-padded, so that string order is number order (line numbers and the like, never negative). */
export const num = (n: unknown) => String(Math.max(0, Math.trunc(Number(n) || 0))).padStart(12, '0');

/** A nullable part of a key that sorts its nulls after every value (either direction). */
export const nullsLast = (v: unknown, dir: Direction = 'asc') =>
  v === null || v === undefined ? (dir === 'asc' ? '\u{10FFFF}' : '') : `${dir === 'asc' ? '' : '\u0001'}${String(v)}`;

export function compareKeys(a: string[], b: string[], dirs: Direction[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return (x < y ? -1 : 1) * (dirs[i] === 'desc' ? -1 : 1);
  }
  return 0;
}

export interface PageRequest {
  limit: number;
  cursor?: KeyCursor | undefined;
}

export interface Page<T> {
  total: number;
  items: T[];
  nextCursor: string | null;
}

/**
 * The page of `all` that follows `cursor` (from the start without one), in `order`. Walking the
 * pages by their `nextCursor` yields every item exactly once, in the same order as one page holding
 * all. Pure.
 */
export function keysetPage<T>(all: readonly T[], order: Order<T>, q: PageRequest): Page<T> {
  const keyed = all.map((item) => ({ item, key: order.key(item) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key, order.dirs));
  const after = q.cursor?.key;
  const start = after ? keyed.findIndex((k) => compareKeys(k.key, after, order.dirs) > 0) : 0;
  const from = start < 0 ? keyed.length : start;
  const page = keyed.slice(from, from + q.limit);
  const last = page[page.length - 1];
  return {
    total: keyed.length,
    items: page.map((k) => k.item),
    nextCursor: last && from + page.length < keyed.length ? encodeKeyCursor({ tag: order.tag, key: last.key }) : null,
  };
}
