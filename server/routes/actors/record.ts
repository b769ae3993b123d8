import {
  encodeRecordCursor,
  NO_GROUP,
  type RecordCursor,
  type RecordGroupingT,
  type RecordGroupT,
  type StanceCountsT,
} from '../../../graph/api/index.js';
import type { StanceT } from '../../../graph/schema/index.js';

/** What grouping and paging need of a statement; its text and case are read for the page only. */
export interface RecordRow {
  id: string;
  date: string | null;
  committee: string | null;
  topic: { key: string; name: string } | null;
  stance: StanceT;
}

export interface RecordRequest {
  group: RecordGroupingT;
  key?: string;
  stances?: StanceT[];
  limit: number;
  cursor?: RecordCursor;
}

export interface RecordPage {
  total: number;
  groups: RecordGroupT[];
  stances: StanceCountsT;
  /** The page's statements, in order. */
  rows: RecordRow[];
  nextCursor: string | null;
}

/** The group a statement falls in: exactly one per statement, so the groups' counts add up to the total. */
export function groupOf(r: RecordRow, group: RecordGroupingT): { key: string; label: string | null } {
  if (group === 'year') {
    const y = r.date && /^[0-9]{4}/.test(r.date) ? r.date.slice(0, 4) : null;
    return y ? { key: y, label: y } : { key: NO_GROUP, label: null };
  }
  if (group === 'topic') return r.topic ? { key: r.topic.key, label: r.topic.name } : { key: NO_GROUP, label: null };
  return r.committee ? { key: r.committee, label: r.committee } : { key: NO_GROUP, label: null };
}

// Newest first; an undated statement sorts after every dated one ('' is below any date); then by id.
const sortDate = (r: RecordRow) => r.date ?? '';
const before = (a: { date: string; id: string }, b: { date: string; id: string }) =>
  a.date !== b.date ? a.date > b.date : a.id < b.id;

const count = (into: StanceCountsT, s: StanceT) => {
  into[s] = (into[s] ?? 0) + 1;
};

/**
 * One page of an actor's statements and the groups they fall in. The cursor is the sort key of the
 * last statement sent, so a page starts right after it even when statements were added or removed
 * meanwhile: nothing sent is sent twice, nothing before it is skipped. Pure.
 */
export function pageRecord(all: RecordRow[], q: RecordRequest): RecordPage {
  const stances: StanceCountsT = {};
  for (const r of all) count(stances, r.stance);
  const wanted = q.stances ? new Set(q.stances) : undefined;
  const filtered = all.filter((r) => !wanted || wanted.has(r.stance));
  const groups = new Map<string, RecordGroupT>();
  for (const r of filtered) {
    const { key, label } = groupOf(r, q.group);
    const g = groups.get(key) ?? { key, label, count: 0, stances: {}, first: null, last: null };
    g.count++;
    count(g.stances, r.stance);
    if (r.date && (!g.first || r.date < g.first)) g.first = r.date;
    if (r.date && (!g.last || r.date > g.last)) g.last = r.date;
    groups.set(key, g);
  }
  const inKey = q.key === undefined ? filtered : filtered.filter((r) => groupOf(r, q.group).key === q.key);
  const sorted = [...inKey].sort((a, b) =>
    before({ date: sortDate(a), id: a.id }, { date: sortDate(b), id: b.id }) ? -1 : 1,
  );
  const cursor = q.cursor;
  const start = cursor ? sorted.findIndex((r) => before(cursor, { date: sortDate(r), id: r.id })) : 0;
  const from = start < 0 ? sorted.length : start;
  const rows = sorted.slice(from, from + q.limit);
  const last = rows[rows.length - 1];
  return {
    total: inKey.length,
    groups: [...groups.values()].sort(groupOrder(q.group)),
    stances,
    rows,
    nextCursor:
      last && from + rows.length < sorted.length ? encodeRecordCursor({ date: sortDate(last), id: last.id }) : null,
  };
}

/** Years newest first; topics and committees by size, then name; the statements without one last. */
const groupOrder =
  (group: RecordGroupingT) =>
  (a: RecordGroupT, b: RecordGroupT): number => {
    if ((a.key === NO_GROUP) !== (b.key === NO_GROUP)) return a.key === NO_GROUP ? 1 : -1;
    if (group === 'year') return b.key.localeCompare(a.key);
    return b.count - a.count || (a.label ?? '').localeCompare(b.label ?? '', 'nb');
  };
