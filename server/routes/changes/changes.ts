import { Router } from 'express';
import { Changes, ChangesQuery, stanceOf, type ChangesT } from '../../../graph/api/index.js';
import type { Executor, Row } from '../../../graph/executor.js';
import { NotFoundError } from '../../http/problem.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { meetingDate, readChanges } from './queries.js';

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Rows grouped by a key, in first-seen order. */
function groupBy<T>(rows: T[], key: (r: T) => string): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const r of rows) (m.get(key(r)) ?? m.set(key(r), []).get(key(r))!).push(r);
  return [...m.entries()];
}

/**
 * GET /api/changes?since=<date or meeting id>: what happened since a date (inclusive) or since a
 * meeting (everything after its day).
 */
export function changesRouter(executor: Executor, now: () => Date = () => new Date()): Router {
  const router = Router();
  router.get('/changes', async (req, res) => {
    const q = validate(ChangesQuery, req.query);
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
        const c = await readChanges(executor, {
          from,
          today,
          committee: q.committee ?? null,
          topic: q.topic ?? null,
          organization: q.organization ?? null,
          stances: q.stance ?? null,
        });
        const statements = c.statements as (Row & { actor: string | null; name: string | null })[];
        const body: ChangesT = {
          since: q.since,
          sinceDate,
          today,
          meetings: c.meetings as ChangesT['meetings'],
          newCases: c.newCases as ChangesT['newCases'],
          decisions: c.decisions as ChangesT['decisions'],
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
          plannedDue: c.planned
            .map((p) => ({
              ...(p as Omit<ChangesT['plannedDue'][number], 'overdue'>),
              overdue: !p.treated && String(p.date) < today,
            }))
            .filter((p) => p.date >= from || !p.treated),
          actionItemsOpened: c.opened as ChangesT['actionItemsOpened'],
          actionItemsFollowedUp: c.followedUp as ChangesT['actionItemsFollowedUp'],
        };
        return body;
      },
      req.log,
    );
    res.json(body);
  });
  return router;
}
