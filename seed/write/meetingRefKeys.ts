import type { ParsedCitation } from '../parse/types.js';

/*
 * Where a meeting reference without a case number can point: a window of start dates per
 * committee (the blocking key that finds candidates through the (committee, startDate) index), and
 * the key of the placeholder that stands for the meeting while it is not loaded. Pure.
 */

const DAY = 86_400_000;
/** "forrige/neste møte" looks this far back or ahead; committees meet several times a year. */
export const RELATIVE_DAYS = 150;
/** A meeting over several days is matched by any of them; look this far back for its start. */
const MEETING_DAYS = 3;

const shift = (date: string, days: number) => new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);
const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

export interface RefTime {
  date?: string;
  month?: string;
  monthEnd?: string;
  meetingNumber?: string;
  relative?: 'previous' | 'next';
  citingDate?: string;
}

/** Start dates a meeting must have to be the one referred to; undefined when the reference is unresolvable. */
export function refWindow(r: RefTime): { from: string; to: string } | undefined {
  if (r.date) return { from: shift(r.date, -MEETING_DAYS), to: r.date };
  if (r.month) return { from: `${r.month}-01`, to: lastDay(r.monthEnd ?? r.month) };
  if (r.meetingNumber) {
    const year = r.meetingNumber.split('/')[1];
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
  if (r.relative && r.citingDate)
    return r.relative === 'previous'
      ? { from: shift(r.citingDate, -RELATIVE_DAYS), to: shift(r.citingDate, -1) }
      : { from: shift(r.citingDate, 1), to: shift(r.citingDate, RELATIVE_DAYS) };
  return undefined;
}

/** What the placeholder is called by: date, month(s), meeting number, or relative to the citing meeting. */
export function refWhen(r: RefTime): string | undefined {
  if (r.date) return r.date;
  if (r.month) return r.monthEnd ? `${r.month}/${r.monthEnd}` : r.month;
  if (r.meetingNumber) return r.meetingNumber;
  if (r.relative && r.citingDate) return r.citingDate;
  return undefined;
}

/**
 * The placeholder's id: two documents referring to "NUIT in May 2022" meet in one node
 * (`ref-NUIT-2022-05`); "forrige NUIT" from the meeting of 14 September is `ref-NUIT-before-2022-09-14`.
 */
export function placeholderId(committee: string, r: RefTime): string | undefined {
  if (r.relative && !r.date && !r.month && !r.meetingNumber)
    return r.citingDate
      ? `ref-${committee}-${r.relative === 'previous' ? 'before' : 'after'}-${r.citingDate}`
      : undefined;
  if (r.meetingNumber && !r.date && !r.month) return `ref-${committee}-m${r.meetingNumber.replace('/', '-')}`;
  const when = refWhen(r);
  return when ? `ref-${committee}-${when.replace('/', '_')}` : undefined;
}

/** The citation properties a meeting reference adds, with the window its candidates are found in. */
export function meetingRefProps(ci: ParsedCitation, citingDate: string | undefined): Record<string, unknown> {
  const time: RefTime = {
    ...(ci.date ? { date: ci.date } : {}),
    ...(ci.month ? { month: ci.month } : {}),
    ...(ci.monthEnd ? { monthEnd: ci.monthEnd } : {}),
    ...(ci.meetingNumber ? { meetingNumber: ci.meetingNumber } : {}),
    ...(ci.relative ? { relative: ci.relative } : {}),
    ...(citingDate ? { citingDate } : {}),
  };
  const w = refWindow(time);
  return {
    ...time,
    ...(ci.direction ? { direction: ci.direction } : {}),
    ...(w ? { windowFrom: w.from, windowTo: w.to } : {}),
  };
}
