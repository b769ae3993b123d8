import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import * as api from '../../graph/api/index.js';
import { CommitteeParams, PersonParams } from '../routes/memberships/memberships.js';

/** Memberships with periods: who's-who at a date, and a person's committees and organisations over time. */
export function registerMembershipPaths(
  registry: OpenAPIRegistry,
  ok: (schema: z.ZodType, description: string) => RouteConfig['responses'],
): void {
  registry.registerPath({
    method: 'get',
    path: '/api/committees/{id}/members',
    summary: "Who's-who: a committee's members at a date, each with role, organisation and period",
    description:
      'Derived from the attendance lists (ATTENDED): one stint per person, role and organisation, from the first to the last meeting that names it. With `at`, the stints that span the committee\'s last meeting on or before that date (`asOf`); without, every stint. `id` is the committee key ("NUIT") or "Committee:NUIT".',
    request: { params: CommitteeParams, query: api.CommitteeMembersQuery },
    responses: ok(api.CommitteeMembers, 'The committee, the meeting it is read at, and its members'),
  });
  registry.registerPath({
    method: 'get',
    path: '/api/persons/{id}/memberships',
    summary: "A person's committee memberships and organisations, each with its period",
    description:
      'Memberships as in /api/committees/{id}/members; organisations (REPRESENTS) dated by the first and last dated document that gives the person that organisation, so one who moved keeps both.',
    request: { params: PersonParams },
    responses: ok(api.PersonMemberships, "The person's memberships and organisations"),
  });
}
