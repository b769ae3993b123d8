import { nodeId, stanceOf, type ConcernTimelineT, type StanceCountsT } from '../../../graph/api/index.js';
import type { Row } from '../../../graph/executor.js';
import type { StanceT } from '../../../graph/schema/index.js';

type Trend = ConcernTimelineT['topics'][number]['trend'];

/**
 * An organisation's statements per topic over time. A topic it began raising after its first
 * statement on anything is "started"; one it no longer raised at its latest meetings is "stopped".
 */
export function concernTimeline(id: string, rows: Row[]): ConcernTimelineT {
  const statements = rows.filter((r) => r.statement);
  const allDates = [
    ...new Set(
      statements
        .map((r) => r.date)
        .filter(Boolean)
        .map(String),
    ),
  ].sort();
  const firstAll = allDates[0];
  const lastAll = allDates[allDates.length - 1];
  type Point = { count: number; stances: StanceCountsT };
  const add = (into: Map<string, Point>, date: string, st: StanceT) => {
    const p = into.get(date) ?? { count: 0, stances: {} };
    p.count++;
    p.stances[st] = (p.stances[st] ?? 0) + 1;
    into.set(date, p);
  };
  const topics = new Map<string, { name: string; byDate: Map<string, Point>; stances: StanceCountsT }>();
  // Every statement once (a case or topic may name it twice): what the timeline over all topics draws.
  const overall = new Map<string, Point>();
  const seen = new Set<string>();
  const cases = new Map<string, ConcernTimelineT['cases'][number]>();
  for (const r of statements) {
    const date = r.date ? String(r.date) : undefined;
    // A topic named by both the statement and its case counts once.
    const named = new Map(((r.topics as { key: string; name: string }[]) ?? []).map((t) => [t.key, t]));
    const st = stanceOf(r).stance;
    if (date && !seen.has(String(r.statement))) add(overall, date, st);
    seen.add(String(r.statement));
    for (const t of named.values()) {
      const e = topics.get(t.key) ?? { name: t.name, byDate: new Map<string, Point>(), stances: {} as StanceCountsT };
      if (date) add(e.byDate, date, st);
      e.stances[st] = (e.stances[st] ?? 0) + 1;
      topics.set(t.key, e);
    }
    const cid = nodeId('Case', String(r.case));
    const c = cases.get(cid) ?? {
      id: cid,
      title: String(r.title ?? r.case),
      date: date ?? null,
      statements: [],
      decision: r.decision ? String(r.decision) : null,
    };
    if (!c.statements.some((s) => s.id === String(r.statement)))
      c.statements.push({ id: nodeId('Statement', String(r.statement)), text: String(r.text ?? ''), ...stanceOf(r) });
    cases.set(cid, c);
  }
  const trend = (dates: string[]): Trend => {
    if (dates.length <= 1 && allDates.length <= 1) return 'once';
    if (dates[0]! > firstAll!) return 'started';
    if (dates[dates.length - 1]! < lastAll!) return 'stopped';
    return dates.length === 1 ? 'once' : 'steady';
  };
  return {
    organization: { id: nodeId('Organization', id), name: String(rows[0]?.name ?? id) },
    topics: [...topics.entries()]
      .map(([key, t]) => {
        const points = [...t.byDate.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([date, p]) => ({ date, ...p }));
        const dates = points.map((p) => p.date);
        return {
          id: nodeId('Topic', key),
          name: t.name,
          first: dates[0] ?? null,
          last: dates[dates.length - 1] ?? null,
          points,
          stances: t.stances,
          trend: dates.length ? trend(dates) : ('once' as Trend),
        };
      })
      .sort((a, b) => (a.first ?? '').localeCompare(b.first ?? '') || a.name.localeCompare(b.name, 'nb')),
    timeline: [...overall.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, p]) => ({ date, ...p })),
    cases: [...cases.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id)),
  };
}
