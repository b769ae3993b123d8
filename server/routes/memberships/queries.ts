import type { Executor } from '../../../graph/executor.js';
import type { AttendanceRow, RepresentsRow } from './derive.js';

/* Attendance as the lists give it: each ATTENDED with its meeting's date, role and organisation. */
const ATTENDANCE_RETURN = `
OPTIONAL MATCH (o:Organization {id: a.org})
RETURN p.id AS person, p.name AS personName, c.key AS committee, c.name AS committeeName,
       m.startDate AS date, a.status AS status, a.role AS role, a.note AS note, a.org AS org, o.name AS orgName`;

const COMMITTEE = `
MATCH (c:Committee {key: $key})
OPTIONAL MATCH (m:Meeting)-[:OF]->(c)
WITH c, m ORDER BY m.startDate
RETURN c.key AS key, c.name AS name, collect({id: m.id, date: m.startDate}) AS meetings`;

const COMMITTEE_ATTENDANCE = `
MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)-[:OF]->(c:Committee {key: $key})
${ATTENDANCE_RETURN}`;

const PERSON = `MATCH (p:Person {id: $id}) RETURN p.id AS id, p.name AS name`;

const PERSON_ATTENDANCE = `
MATCH (p:Person {id: $id})-[a:ATTENDED]->(m:Meeting)-[:OF]->(c:Committee)
${ATTENDANCE_RETURN}`;

/* `sources` holds one JSON object per stating document, with that document's date. */
const PERSON_REPRESENTS = `
MATCH (:Person {id: $id})-[r:REPRESENTS]->(o:Organization)
RETURN o.id AS org, coalesce(o.name, o.id) AS orgName, coalesce(r.sources, []) AS sources`;

/** One ATTENDANCE_RETURN row as the derivation reads it. */
export const attendanceRow = (r: Record<string, unknown>): AttendanceRow => ({
  person: String(r.person),
  personName: String(r.personName ?? r.person),
  committee: String(r.committee),
  committeeName: String(r.committeeName ?? r.committee),
  date: String(r.date),
  status: String(r.status),
  role: (r.role as string | null) ?? null,
  note: (r.note as string | null) ?? null,
  org: (r.org as string | null) ?? null,
  orgName: (r.orgName as string | null) ?? null,
});

const toAttendance = (rows: Record<string, unknown>[]): AttendanceRow[] => rows.map(attendanceRow);

export async function readCommittee(
  executor: Executor,
  key: string,
): Promise<{
  key: string;
  name: string;
  meetings: { id: string; date: string }[];
  attendance: AttendanceRow[];
} | null> {
  const [c] = await executor.read(COMMITTEE, { key }, 'committee-members');
  if (!c) return null;
  const attendance = toAttendance(await executor.read(COMMITTEE_ATTENDANCE, { key }, 'committee-members'));
  const meetings = (c.meetings as { id: string | null; date: string | null }[]).filter(
    (m): m is { id: string; date: string } => !!m.id && !!m.date,
  );
  return { key: String(c.key), name: String(c.name ?? c.key), meetings, attendance };
}

export async function readPerson(
  executor: Executor,
  id: string,
): Promise<{ id: string; name: string; attendance: AttendanceRow[]; represents: RepresentsRow[] } | null> {
  const [p] = await executor.read(PERSON, { id }, 'person-memberships');
  if (!p) return null;
  const [attendance, represents] = await Promise.all([
    executor.read(PERSON_ATTENDANCE, { id }, 'person-memberships'),
    executor.read(PERSON_REPRESENTS, { id }, 'person-memberships'),
  ]);
  return {
    id: String(p.id),
    name: String(p.name ?? p.id),
    attendance: toAttendance(attendance),
    represents: represents.map((r) => ({
      org: String(r.org),
      orgName: String(r.orgName),
      dates: (r.sources as string[]).map((s) => {
        try {
          const d = (JSON.parse(s) as { date?: unknown }).date;
          return typeof d === 'string' ? d : null;
        } catch {
          return null;
        }
      }),
    })),
  };
}
