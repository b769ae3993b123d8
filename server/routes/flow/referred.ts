import type { FlowT } from '../../../graph/api/index.js';

/** A REFERS_TO of a flow case, as read (server/routes/flow/queries.ts). */
export interface ReferredRow {
  from: string;
  to: string;
  kind: 'meeting' | 'placeholder' | 'case';
  committee: string;
  startDate: string | null;
  when: string | null;
  relative: 'previous' | 'next' | null;
  number: string | null;
  direction: 'earlier' | 'later';
  quote: string | null;
  meetingCases: string[];
}

/** Where a placeholder sits on the time axis: its date, the middle of its month(s), else nowhere. */
function placeOf(r: ReferredRow): string | null {
  if (r.kind === 'meeting') return r.startDate;
  if (!r.when || r.relative) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(r.when)) return r.when;
  const months = r.when.split('/').filter((m) => /^\d{4}-\d{2}$/.test(m));
  if (!months.length) return null;
  return months.length > 1 ? `${months[months.length - 1]}-01` : `${months[0]}-15`;
}

/**
 * Shapes the meeting references of the flow's cases. A reference resolved to a case of the flow is
 * a `referred` link (unless the cases are linked already); a meeting whose case on the topic is
 * linked already is not shown again; a planned treatment a reference stands for is dropped (the
 * reference shows the meeting). Pure.
 */
export function shapeReferred(
  rows: ReferredRow[],
  links: FlowT['links'],
  planned: FlowT['planned'],
  caseIds: Set<string>,
): { links: FlowT['links']; referred: FlowT['referred']; planned: FlowT['planned'] } {
  const pair = (a: string, b: string) => [a, b].sort().join('|');
  const linked = new Set(links.map((l) => pair(l.from, l.to)));
  const extra: FlowT['links'] = [];
  for (const r of rows) {
    if (r.kind !== 'case' || !caseIds.has(r.to) || linked.has(pair(r.from, r.to))) continue;
    linked.add(pair(r.from, r.to));
    const [from, to] = r.direction === 'earlier' ? [r.to, r.from] : [r.from, r.to];
    extra.push({ from, to, kind: 'referred', quote: r.quote });
  }
  const referred: FlowT['referred'] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.kind === 'case') continue;
    if (r.meetingCases.some((c) => caseIds.has(c) && linked.has(pair(r.from, c)))) continue;
    const key = `${r.from}|${r.to}|${r.direction}`;
    if (seen.has(key)) continue;
    seen.add(key);
    referred.push({
      from: r.from,
      to: r.to,
      kind: r.kind,
      committee: r.committee,
      date: placeOf(r),
      when: r.kind === 'meeting' ? r.startDate : (r.number ?? r.when),
      relative: r.relative ?? null,
      direction: r.direction,
      quote: r.quote,
    });
  }
  // "legges frem for Nasjonalt e-helseråd den 2. desember" is also a planned treatment: shown once.
  const laterCommittees = new Set(rows.filter((r) => r.direction === 'later').map((r) => `${r.from}|${r.committee}`));
  return {
    links: [...links, ...extra],
    referred,
    planned: planned.filter((p) => !laterCommittees.has(`${p.from}|${p.committee}`)),
  };
}
