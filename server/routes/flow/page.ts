import type { FlowT } from '../../../graph/api/index.js';

type Case = FlowT['cases'][number];

export interface PageRequest {
  from?: string;
  to?: string;
  committees?: string[];
  limit: number;
  cursor?: string;
}

/** A quote is a tooltip in the flow: its first words say which sentence it is, the case has the rest. */
const QUOTE_MAX = 80;
export function shortQuote(q: string | null): string | null {
  if (q === null || q.length <= QUOTE_MAX) return q;
  const cut = q.slice(0, QUOTE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > QUOTE_MAX / 2 ? space : QUOTE_MAX)}…`;
}

/** A case is in the period when any of its meetings (or, undated, its own date) is. */
function inPeriod(c: Case, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  const dates = c.dates.length ? c.dates : c.date ? [c.date] : [];
  return dates.some((d) => (!from || d >= from) && (!to || d <= to));
}

/**
 * One page of a flow, cases in date order. A link is sent with the page of its later end, so that
 * a client that appends pages gets every link between the cases it has, once; planned treatments and
 * meeting references come with the page of the case that makes them. Pure.
 */
export function pageFlow(
  all: Pick<FlowT, 'cases' | 'links' | 'planned' | 'referred'>,
  q: PageRequest,
): Pick<FlowT, 'cases' | 'links' | 'planned' | 'referred' | 'total' | 'nextCursor' | 'span'> {
  const committees = q.committees ? new Set(q.committees) : undefined;
  const kept = all.cases.filter((c) => (!committees || committees.has(c.committee)) && inPeriod(c, q.from, q.to));
  const start = q.cursor ? Number(q.cursor.slice(1)) : 0;
  const end = Math.min(start + q.limit, kept.length);
  const index = new Map(kept.map((c, i) => [c.id, i]));
  const onPage = (id: string) => {
    const i = index.get(id);
    return i !== undefined && i >= start && i < end;
  };
  const links = all.links.filter((l) => {
    const a = index.get(l.from);
    const b = index.get(l.to);
    if (a === undefined || b === undefined) return false;
    const later = Math.max(a, b);
    return later >= start && later < end;
  });
  return {
    cases: kept.slice(start, end),
    links: links.map((l) => ({ ...l, quote: shortQuote(l.quote) })),
    planned: all.planned.filter((p) => onPage(p.from)).map((p) => ({ ...p, quote: shortQuote(p.quote) })),
    referred: all.referred.filter((r) => onPage(r.from)).map((r) => ({ ...r, quote: shortQuote(r.quote) })),
    total: kept.length,
    span: spanOf(kept, all),
    nextCursor: end < kept.length ? `o${end}` : null,
  };
}

/** First and last date of every page (cases and the meetings they plan or refer to): the axis drawn from page one. */
function spanOf(kept: Case[], all: Pick<FlowT, 'planned' | 'referred'>): FlowT['span'] {
  const ids = new Set(kept.map((c) => c.id));
  const dates = [
    ...kept.flatMap((c) => (c.dates.length ? c.dates : c.date ? [c.date] : [])),
    ...all.planned.filter((p) => ids.has(p.from)).map((p) => p.date),
    ...all.referred.filter((r) => ids.has(r.from)).map((r) => r.date),
  ].filter((d): d is string => Boolean(d));
  if (!dates.length) return null;
  dates.sort();
  return { from: dates[0]!, to: dates[dates.length - 1]! };
}
