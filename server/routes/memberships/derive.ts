import { attendanceRole, type MembershipPeriodT, type OrganizationPeriodT } from '../../../graph/api/index.js';
import { nodeId } from '../../../graph/api/ids.js';

/** One ATTENDED relationship with its meeting, as the queries read it. */
export interface AttendanceRow {
  person: string;
  personName: string;
  committee: string;
  committeeName: string;
  date: string;
  status: string;
  /** Stored since parser version 8; older loads give only the status and note. */
  role?: string | null;
  note?: string | null;
  org?: string | null;
  orgName?: string | null;
}

interface Stint<T extends AttendanceRow> {
  row: T;
  rows: T[];
  role: MembershipPeriodT['role'];
  org: string | null;
  orgName: string | null;
  dates: Set<string>;
  attendedDates: Set<string>;
}

const roleOf = (r: AttendanceRow): MembershipPeriodT['role'] =>
  r.role === 'member' ||
  r.role === 'substitute' ||
  r.role === 'observer' ||
  r.role === 'chair' ||
  r.role === 'secretariat'
    ? r.role
    : attendanceRole(r.status, r.note);

const dayGap = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b));

/**
 * Memberships from attendance: one stint per person, committee, role and organisation, from the
 * first to the last meeting that names it. A list that gives no organisation counts towards the
 * person's stint in that role nearest in time that has one (the organisation is left unsaid, not
 * changed); only when there is none does it make a stint of its own.
 */
export function deriveMemberships(rows: readonly AttendanceRow[]): MembershipPeriodT[] {
  return deriveStints(rows).map((s) => s.period);
}

/** As deriveMemberships, with the attendance rows each stint was read from (for its sources). */
export function deriveStints<T extends AttendanceRow>(rows: readonly T[]): { period: MembershipPeriodT; rows: T[] }[] {
  const stints = new Map<string, Stint<T>>();
  const add = (r: T, role: Stint<T>['role'], org: string | null, orgName: string | null) => {
    const key = [r.person, r.committee, role, org ?? ''].join('\u0000');
    let s = stints.get(key);
    if (!s) stints.set(key, (s = { row: r, rows: [], role, org, orgName, dates: new Set(), attendedDates: new Set() }));
    s.rows.push(r);
    s.dates.add(r.date);
    if (r.status !== 'absent') s.attendedDates.add(r.date);
  };
  // Lists with an organisation, by person, committee and role: where an unsaid one is looked up.
  const withOrg = new Map<string, T[]>();
  const seat = (r: T, role: Stint<T>['role']) => [r.person, r.committee, role].join('\u0000');
  for (const r of rows)
    if (r.org) {
      const role = roleOf(r);
      add(r, role, r.org, r.orgName ?? r.org);
      const k = seat(r, role);
      const list = withOrg.get(k);
      if (list) list.push(r);
      else withOrg.set(k, [r]);
    }
  for (const r of rows.filter((x) => !x.org)) {
    const role = roleOf(r);
    const near = (withOrg.get(seat(r, role)) ?? [])
      .slice()
      .sort((a, b) => dayGap(a.date, r.date) - dayGap(b.date, r.date) || a.date.localeCompare(b.date))[0];
    add(r, role, near?.org ?? null, near ? (near.orgName ?? near.org!) : null);
  }
  return [...stints.values()]
    .map((s) => {
      const dates = [...s.dates].sort();
      const period: MembershipPeriodT = {
        person: { id: nodeId('Person', s.row.person), name: s.row.personName },
        committee: { id: nodeId('Committee', s.row.committee), key: s.row.committee, name: s.row.committeeName },
        role: s.role,
        organization: s.org ? { id: nodeId('Organization', s.org), name: s.orgName ?? s.org } : null,
        from: dates[0]!,
        to: dates[dates.length - 1]!,
        meetings: dates.length,
        attended: s.attendedDates.size,
      };
      return { period, rows: s.rows };
    })
    .sort(
      ({ period: a }, { period: b }) =>
        a.committee.key.localeCompare(b.committee.key) ||
        a.from.localeCompare(b.from) ||
        a.person.name.localeCompare(b.person.name, 'nb') ||
        a.role.localeCompare(b.role),
    );
}

const ROLE_ORDER: Record<MembershipPeriodT['role'], number> = {
  chair: 0,
  member: 1,
  substitute: 2,
  observer: 3,
  secretariat: 4,
};

/**
 * The committee as of a date: read at its last meeting on or before the date, the stints that
 * span that meeting. A committee is known only at its meetings, so between two meetings it is as
 * it was at the earlier one; before its first meeting nobody is listed.
 */
export function membersAt(
  memberships: readonly MembershipPeriodT[],
  meetingDates: readonly string[],
  at: string,
): { asOf: string | null; members: MembershipPeriodT[] } {
  const asOf =
    meetingDates
      .filter((d) => d <= at)
      .sort()
      .pop() ?? null;
  if (!asOf) return { asOf: null, members: [] };
  const members = memberships
    .filter((m) => m.from <= asOf && asOf <= m.to)
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.person.name.localeCompare(b.person.name, 'nb'));
  return { asOf, members };
}

/** One REPRESENTS relationship with the dates of the documents that state it (null: undated). */
export interface RepresentsRow {
  org: string;
  orgName: string;
  dates: readonly (string | null)[];
}

/** A person's organisations, each with the period its documents span, earliest first. */
export function organisationPeriods(rows: readonly RepresentsRow[]): OrganizationPeriodT[] {
  return rows
    .map((r) => {
      const dated = r.dates.filter((d): d is string => !!d).sort();
      return {
        organization: { id: nodeId('Organization', r.org), name: r.orgName },
        from: dated[0] ?? null,
        to: dated[dated.length - 1] ?? null,
        documents: r.dates.length,
      };
    })
    .sort(
      (a, b) =>
        (a.from ?? '9999').localeCompare(b.from ?? '9999') ||
        a.organization.name.localeCompare(b.organization.name, 'nb'),
    );
}
