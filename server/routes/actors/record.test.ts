import { describe, expect, it } from 'vitest';
import { ActorStatementsQuery, NO_GROUP } from '../../../graph/api/index.js';
import { STANCES } from '../../../graph/schema/index.js';
import { pageRecord, type RecordRequest, type RecordRow } from './record.js';

/** `n` statements over ten years, three committees, four topics (one in five without), every stance. */
function rows(n: number): RecordRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `s${String(i).padStart(4, '0')}`,
    // Several statements share a date (one meeting), and every 17th has none.
    date: i % 17 === 0 ? null : `${2013 + (i % 10)}-${String(1 + (i % 12)).padStart(2, '0')}-10`,
    committee: ['NUIT', 'NUFA', 'EHELSERAD'][i % 3]!,
    topic: i % 5 === 0 ? null : { key: `t${i % 4}`, name: `Tema ${i % 4}` },
    stance: STANCES[i % STANCES.length]!,
  }));
}

/** Every page, following nextCursor from the first. */
function allPages(all: RecordRow[], q: Omit<RecordRequest, 'cursor'>) {
  const pages = [pageRecord(all, q)];
  while (pages[pages.length - 1]!.nextCursor) {
    const cursor = ActorStatementsQuery.parse({ cursor: pages[pages.length - 1]!.nextCursor }).cursor!;
    pages.push(pageRecord(all, { ...q, cursor }));
  }
  return pages;
}

describe("an actor's record, grouped and paged", () => {
  const all = rows(250);

  it('sends every statement exactly once over its pages, newest first, undated last', () => {
    const pages = allPages(all, { group: 'year', limit: 20 });
    expect(pages).toHaveLength(13);
    const ids = pages.flatMap((p) => p.rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(250);
    expect(pages.every((p) => p.total === 250)).toBe(true);
    const dates = pages.flatMap((p) => p.rows.map((r) => r.date ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(pages[pages.length - 1]!.rows.at(-1)!.date).toBeNull();
  });

  it('counts each statement in one group, so the groups add up to the total, per stance too', () => {
    for (const group of ['year', 'topic', 'committee'] as const) {
      const p = pageRecord(all, { group, limit: 5 });
      expect(p.groups.reduce((s, g) => s + g.count, 0)).toBe(250);
      for (const g of p.groups) expect(Object.values(g.stances).reduce((s, n) => s + n, 0)).toBe(g.count);
    }
    const years = pageRecord(all, { group: 'year', limit: 5 }).groups;
    expect(years.map((g) => g.key)).toEqual([...years.map((g) => g.key).filter((k) => k !== NO_GROUP), NO_GROUP]);
    expect(years[0]).toMatchObject({ key: '2022', label: '2022' });
    expect(years.at(-1)).toMatchObject({ key: NO_GROUP, label: null });
    const topics = pageRecord(all, { group: 'topic', limit: 5 }).groups;
    expect(topics.map((g) => g.count).slice(0, -1)).toEqual(
      [...topics.map((g) => g.count).slice(0, -1)].sort((a, b) => b - a),
    );
  });

  it("pages one group: its pages hold exactly the group's count, all of it", () => {
    const groups = pageRecord(all, { group: 'committee', limit: 1 }).groups;
    for (const g of groups) {
      const pages = allPages(all, { group: 'committee', key: g.key, limit: 7 });
      const got = pages.flatMap((p) => p.rows);
      expect(got).toHaveLength(g.count);
      expect(pages[0]!.total).toBe(g.count);
      expect(new Set(got.map((r) => r.committee ?? NO_GROUP))).toEqual(new Set([g.key]));
    }
  });

  it('filters by stance before grouping, and keeps the unfiltered stance counts', () => {
    const p = pageRecord(all, { group: 'year', limit: 200, stances: ['concern', 'objection'] });
    expect(p.rows.every((r) => r.stance === 'concern' || r.stance === 'objection')).toBe(true);
    expect(p.total).toBe(all.filter((r) => r.stance === 'concern' || r.stance === 'objection').length);
    expect(p.groups.reduce((s, g) => s + g.count, 0)).toBe(p.total);
    expect(Object.values(p.stances).reduce((s, n) => s + n, 0)).toBe(250);
  });

  it('keeps its place when statements are added before the cursor or the sent ones removed', () => {
    const first = pageRecord(all, { group: 'year', limit: 30 });
    const cursor = ActorStatementsQuery.parse({ cursor: first.nextCursor }).cursor!;
    const expected = pageRecord(all, { group: 'year', limit: 30, cursor }).rows.map((r) => r.id);
    // A newer statement loaded meanwhile, and one already sent removed: the next page is the same.
    const changed = [
      { id: 'new', date: '2030-01-01', committee: 'NUIT', topic: null, stance: 'support' as const },
      ...all.filter((r) => r.id !== first.rows[3]!.id),
    ];
    expect(pageRecord(changed, { group: 'year', limit: 30, cursor }).rows.map((r) => r.id)).toEqual(expected);
  });

  it('answers an actor without statements with an empty record', () => {
    expect(pageRecord([], { group: 'topic', limit: 20 })).toEqual({
      total: 0,
      groups: [],
      stances: {},
      rows: [],
      nextCursor: null,
    });
  });

  it('refuses a cursor that no answer gave, naming the field', () => {
    for (const cursor of ['o20', 'kxyz!', 'k' + btoa('not json'), 'k' + btoa('[1,2]')]) {
      const r = ActorStatementsQuery.safeParse({ cursor });
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]!.path).toEqual(['cursor']);
    }
    expect(ActorStatementsQuery.safeParse({ limit: '0' }).error!.issues[0]!.path).toEqual(['limit']);
    expect(ActorStatementsQuery.safeParse({ limit: '201' }).success).toBe(false);
    expect(ActorStatementsQuery.safeParse({ group: 'month' }).error!.issues[0]!.path).toEqual(['group']);
  });
});
