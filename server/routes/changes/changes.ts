import { Router } from 'express';
import {
  Changes,
  ChangesQueryChecked,
  stanceOf,
  type ChangesSectionT,
  type ChangesT,
  type PageInfoT,
} from '../../../graph/api/index.js';
import type { Executor, Row } from '../../../graph/executor.js';
import { NotFoundError } from '../../http/problem.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { keysetPage, nullsLast, num, type Order } from '../../paging/keyset.js';
import { meetingDate, readChanges, type ChangeList } from './queries.js';

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Rows grouped by a key, in first-seen order. */
function groupBy<T>(rows: T[], key: (r: T) => string): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const r of rows) (m.get(key(r)) ?? m.set(key(r), []).get(key(r))!).push(r);
  return [...m.entries()];
}

const order = (tag: ChangesSectionT, key: (r: Row) => unknown[]): Order<Row> => ({
  tag,
  key: (r) => key(r).map(String),
  dirs: ['asc', 'asc', 'asc', 'asc', 'asc'],
});

/** Each list in the order it always had, made unique by ids so that a cursor points between two items. */
export const CHANGES_ORDERS: Record<ChangesSectionT, Order<Row>> = {
  meetings: order('meetings', (r) => [r.startDate, r.id]),
  newCases: order('newCases', (r) => [r.date, r.id]),
  decisions: order('decisions', (r) => [r.date, r.id]),
  // By actor name (the unattributed last), so one actor's statements stand together across pages.
  statementsByActor: order('statementsByActor', (r) => [
    nullsLast(r.name),
    r.actor ?? '',
    nullsLast(r.date),
    num(r.lineStart),
    r.id,
  ]),
  plannedDue: order('plannedDue', (r) => [r.date, r.case, r.committee]),
  actionItemsOpened: order('actionItemsOpened', (r) => [r.case, r.id]),
  actionItemsFollowedUp: order('actionItemsFollowedUp', (r) => [r.followedUpBy, r.id, r.case]),
};

const QUERY_OF: Record<ChangesSectionT, ChangeList> = {
  meetings: 'meetings',
  newCases: 'newCases',
  decisions: 'decisions',
  statementsByActor: 'statements',
  plannedDue: 'planned',
  actionItemsOpened: 'opened',
  actionItemsFollowedUp: 'followedUp',
};

/**
 * GET /api/changes?since=<date or meeting id>: what happened since a date (inclusive) or since a
 * meeting (everything after its day).
 */
export function changesRouter(executor: Executor, now: () => Date = () => new Date()): Router {
  const router = Router();
  router.get('/changes', async (req, res) => {
    const q = validate(ChangesQueryChecked, req.query);
    // A cursor continues its own list; the answer then holds that list only.
    const section = q.section ?? (q.cursor?.tag as ChangesSectionT | undefined);
    let from = q.since;
    let sinceDate = q.since;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(q.since)) {
      const date = await meetingDate(executor, q.since);
      if (!date) throw new NotFoundError(`since: no meeting with id "${q.since}"`);
      sinceDate = date;
      from = nextDay(date);
    }
    const today = now().toISOString().slice(0, 10);
    const body = await consistentBody(
      Changes,
      async () => {
        const c = await readChanges(
          executor,
          {
            from,
            today,
            committee: q.committee ?? null,
            topic: q.topic ?? null,
            organization: q.organization ?? null,
            stances: q.stance ?? null,
          },
          section && QUERY_OF[section],
        );
        const pages: Partial<Record<ChangesSectionT, PageInfoT>> = {};
        const page = (list: ChangesSectionT, rows: Row[]): Row[] => {
          if (section && section !== list) return [];
          const p = keysetPage(rows, CHANGES_ORDERS[list], { limit: q.limit, cursor: q.cursor });
          pages[list] = { total: p.total, nextCursor: p.nextCursor };
          return p.items;
        };
        const planned = c.planned
          .map((p): Row => ({ ...p, overdue: !p.treated && String(p.date) < today }))
          .filter((p) => String(p.date) >= from || !p.treated);
        const statements = page('statementsByActor', c.statements) as (Row & {
          actor: string | null;
          name: string | null;
        })[];
        const body: ChangesT = {
          since: q.since,
          sinceDate,
          today,
          meetings: page('meetings', c.meetings) as ChangesT['meetings'],
          newCases: page('newCases', c.newCases) as ChangesT['newCases'],
          decisions: page('decisions', c.decisions) as ChangesT['decisions'],
          statementsByActor: groupBy(statements, (s) => s.actor ?? '').map(([actor, rows]) => ({
            actor: actor || null,
            name: rows[0]!.name ?? null,
            statements: rows.map((s) => ({
              id: `Statement:${String(s.id)}`,
              text: String(s.text),
              ...stanceOf(s),
              case: (s.case as string | null) ?? null,
              date: (s.date as string | null) ?? null,
              source: s.source as ChangesT['decisions'][number]['source'],
            })),
          })),
          plannedDue: page('plannedDue', planned) as ChangesT['plannedDue'],
          actionItemsOpened: page('actionItemsOpened', c.opened) as ChangesT['actionItemsOpened'],
          actionItemsFollowedUp: page('actionItemsFollowedUp', c.followedUp) as ChangesT['actionItemsFollowedUp'],
          pages,
        };
        return body;
      },
      req.log,
    );
    res.json(body);
  });
  return router;
}
