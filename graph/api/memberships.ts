import { z } from 'zod';
import { MembershipRole } from '../schema/relationships.js';

/*
 * Memberships with periods: who sat in a committee, in which role, for which organisation, from
 * the first to the last meeting whose attendance list names them. Derived from ATTENDED at read
 * time, never stored, so loading or removing a document changes them with no bookkeeping.
 */

const isoDate = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'must be a date YYYY-MM-DD');

const Ref = z.object({ id: z.string(), name: z.string() });

export const MembershipPeriod = z.object({
  person: Ref,
  committee: Ref.extend({ key: z.string() }),
  role: MembershipRole,
  /** The organisation the lists give the person in this stint; null where they give none. */
  organization: Ref.nullable(),
  /** Dates of the first and the last meeting whose list names the person in this role. */
  from: isoDate,
  to: isoDate,
  /** Meetings the lists name the person at in this stint, and of those the ones attended (not "forfall"). */
  meetings: z.number().int().nonnegative(),
  attended: z.number().int().nonnegative(),
});
export type MembershipPeriodT = z.infer<typeof MembershipPeriod>;

export const CommitteeMembersQuery = z.object({
  at: isoDate
    .optional()
    .meta({ description: 'The committee as of this date (its last meeting on or before it); without it, every stint' }),
});

export const CommitteeMembers = z
  .object({
    committee: Ref.extend({ key: z.string() }),
    at: isoDate.nullable(),
    /** The meeting the answer reads the committee at: its last on or before `at`; null before the first or without `at`. */
    asOf: z.object({ id: z.string(), date: isoDate }).nullable(),
    members: z.array(MembershipPeriod),
  })
  .meta({ id: 'CommitteeMembers' });
export type CommitteeMembersT = z.infer<typeof CommitteeMembers>;

export const OrganizationPeriod = z.object({
  organization: Ref,
  /** Dates of the first and the last dated document that gives the person this organisation; null where none is dated. */
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  /** Documents that say so. */
  documents: z.number().int().nonnegative(),
});
export type OrganizationPeriodT = z.infer<typeof OrganizationPeriod>;

export const PersonMemberships = z
  .object({
    person: Ref,
    memberships: z.array(MembershipPeriod),
    organizations: z.array(OrganizationPeriod),
  })
  .meta({ id: 'PersonMemberships' });
export type PersonMembershipsT = z.infer<typeof PersonMemberships>;

/** "leder", "møteleder", "leiar", "ordstyrer" as a word of its own: "avdelingsleder" is a job title. */
const CHAIR = /(?:^|[\s,;(])(?:leder|leiar|møteleder|møteleiar|ordstyrer|utvalgsleder|styreleder)(?=$|[\s,;)])/iu;

/** The role an attendance entry gives its person: status and, for a member, a "leder" in the note. */
export function attendanceRole(status: string, note?: string | null): z.infer<typeof MembershipRole> {
  if (status === 'substitute' || status === 'observer' || status === 'secretariat') return status;
  return note && CHAIR.test(note) ? 'chair' : 'member';
}
