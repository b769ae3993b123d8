import { Router } from 'express';
import { z } from 'zod';
import {
  CommitteeMembers,
  CommitteeMembersQuery,
  nodeId,
  PersonMemberships,
  type CommitteeMembersT,
  type PersonMembershipsT,
} from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { consistentBody } from '../../http/consistentBody.js';
import { NotFoundError } from '../../http/problem.js';
import { validate } from '../../http/validate.js';
import { deriveMemberships, membersAt, organisationPeriods } from './derive.js';
import { readCommittee, readPerson } from './queries.js';

/** A committee's key ("NUIT") or its public id ("Committee:NUIT"). */
export const CommitteeParams = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .transform((s) => s.replace(/^Committee:/, '')),
});
export const PersonParams = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .transform((s) => s.replace(/^Person:/, '')),
});

/** GET /api/committees/{id}/members (who's-who at a date) and /api/persons/{id}/memberships. */
export function membershipsRouter(executor: Executor): Router {
  const router = Router();
  router.get('/committees/:id/members', async (req, res) => {
    const { id } = validate(CommitteeParams, req.params);
    const q = validate(CommitteeMembersQuery, req.query);
    const body = await consistentBody(
      CommitteeMembers,
      async () => {
        const c = await readCommittee(executor, id);
        if (!c) throw new NotFoundError(`No committee with key "${id}"`);
        const all = deriveMemberships(c.attendance);
        const committee = { id: nodeId('Committee', c.key), key: c.key, name: c.name };
        if (!q.at) return { committee, at: null, asOf: null, members: all } satisfies CommitteeMembersT;
        const { asOf, members } = membersAt(
          all,
          c.meetings.map((m) => m.date),
          q.at,
        );
        const meeting = asOf ? c.meetings.filter((m) => m.date === asOf).pop() : undefined;
        const answer: CommitteeMembersT = {
          committee,
          at: q.at,
          asOf: meeting ? { id: nodeId('Meeting', meeting.id), date: meeting.date } : null,
          members,
        };
        return answer;
      },
      req.log,
    );
    res.json(body);
  });
  router.get('/persons/:id/memberships', async (req, res) => {
    const { id } = validate(PersonParams, req.params);
    const body = await consistentBody(
      PersonMemberships,
      async () => {
        const p = await readPerson(executor, id);
        if (!p) throw new NotFoundError(`No person with id "${id}"`);
        const answer: PersonMembershipsT = {
          person: { id: nodeId('Person', p.id), name: p.name },
          memberships: deriveMemberships(p.attendance),
          organizations: organisationPeriods(p.represents),
        };
        return answer;
      },
      req.log,
    );
    res.json(body);
  });
  return router;
}
