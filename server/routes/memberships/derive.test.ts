import { describe, expect, it } from 'vitest';
import { attendanceRole } from '../../../graph/api/index.js';
import { deriveMemberships, membersAt, organisationPeriods, type AttendanceRow } from './derive.js';

const row = (person: string, date: string, over: Partial<AttendanceRow> = {}): AttendanceRow => ({
  person,
  personName: person,
  committee: 'NUIT',
  committeeName: 'Nasjonalt utvalg for IKT-prioritering',
  date,
  status: 'present',
  role: 'member',
  org: 'hv',
  orgName: 'Helse Vest RHF',
  ...over,
});

describe('attendanceRole', () => {
  it('reads the role from the status, and a chair from a "leder" of its own in the note', () => {
    expect(attendanceRole('present')).toBe('member');
    expect(attendanceRole('absent')).toBe('member');
    expect(attendanceRole('present', 'leder')).toBe('chair');
    expect(attendanceRole('present', 'Helse Vest RHF, møteleder')).toBe('chair');
    expect(attendanceRole('present', 'avdelingsleder')).toBe('member');
    expect(attendanceRole('substitute', 'leder')).toBe('substitute');
    expect(attendanceRole('observer')).toBe('observer');
    expect(attendanceRole('secretariat')).toBe('secretariat');
  });
});

describe('deriveMemberships', () => {
  it('spans a stint from the first to the last meeting naming the person, counting forfall as listed not attended', () => {
    const [m, ...rest] = deriveMemberships([
      row('kari', '2020-05-01'),
      row('kari', '2019-02-01'),
      row('kari', '2021-01-10', { status: 'absent' }),
    ]);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      person: { id: 'Person:kari' },
      committee: { id: 'Committee:NUIT', key: 'NUIT' },
      role: 'member',
      organization: { id: 'Organization:hv', name: 'Helse Vest RHF' },
      from: '2019-02-01',
      to: '2021-01-10',
      meetings: 3,
      attended: 2,
    });
  });

  it('keeps a person who moved organisation as two stints, each with its period', () => {
    const ms = deriveMemberships([
      row('liv', '2018-03-01', { org: 'ehelse', orgName: 'Direktoratet for e-helse' }),
      row('liv', '2019-03-01', { org: 'ehelse', orgName: 'Direktoratet for e-helse' }),
      row('liv', '2020-03-01', { org: 'hdir', orgName: 'Helsedirektoratet' }),
      row('liv', '2021-03-01', { org: 'hdir', orgName: 'Helsedirektoratet' }),
    ]);
    expect(ms.map((m) => [m.organization?.name, m.from, m.to])).toEqual([
      ['Direktoratet for e-helse', '2018-03-01', '2019-03-01'],
      ['Helsedirektoratet', '2020-03-01', '2021-03-01'],
    ]);
  });

  it('gives a list without organisation to the nearest stint in that role, and keeps roles apart', () => {
    const ms = deriveMemberships([
      row('ola', '2018-01-01', { org: 'a', orgName: 'A' }),
      row('ola', '2020-01-01', { org: 'b', orgName: 'B' }),
      row('ola', '2019-11-01', { org: null, orgName: null }),
      row('ola', '2022-01-01', { status: 'substitute', role: 'substitute', org: null, orgName: null }),
    ]);
    expect(ms.map((m) => [m.role, m.organization?.name ?? null, m.from, m.to])).toEqual([
      ['member', 'A', '2018-01-01', '2018-01-01'],
      ['member', 'B', '2019-11-01', '2020-01-01'],
      ['substitute', null, '2022-01-01', '2022-01-01'],
    ]);
  });

  it('reads the role from status and note where a load before roles were stored gives none', () => {
    const [m] = deriveMemberships([row('per', '2020-01-01', { role: null, note: 'leder' })]);
    expect(m!.role).toBe('chair');
  });
});

describe('membersAt', () => {
  const ms = deriveMemberships([
    row('kari', '2019-01-01'),
    row('kari', '2019-06-01'),
    row('ola', '2019-06-01', { status: 'substitute', role: 'substitute' }),
    row('liv', '2020-01-01'),
    row('liv', '2020-06-01', { note: 'leder', role: 'chair' }),
  ]);
  const dates = ['2019-01-01', '2019-06-01', '2020-01-01', '2020-06-01'];
  const names = (at: string) => membersAt(ms, dates, at).members.map((m) => `${m.person.name}:${m.role}`);

  it('reads the committee at its last meeting on or before the date', () => {
    expect(membersAt(ms, dates, '2019-08-15').asOf).toBe('2019-06-01');
    expect(names('2019-08-15')).toEqual(['kari:member', 'ola:substitute']);
    expect(names('2020-03-01')).toEqual(['liv:member']);
    expect(names('2021-01-01')).toEqual(['liv:chair']);
  });

  it('lists nobody before the first meeting', () => {
    expect(membersAt(ms, dates, '2018-12-31')).toEqual({ asOf: null, members: [] });
  });
});

describe('organisationPeriods', () => {
  it('dates each organisation by its documents, earliest first, undated ones last', () => {
    expect(
      organisationPeriods([
        { org: 'hdir', orgName: 'Helsedirektoratet', dates: ['2021-01-01', '2020-02-01'] },
        { org: 'x', orgName: 'X', dates: [null] },
        { org: 'ehelse', orgName: 'Direktoratet for e-helse', dates: ['2017-01-01', null, '2019-05-05'] },
      ]).map((o) => [o.organization.name, o.from, o.to, o.documents]),
    ).toEqual([
      ['Direktoratet for e-helse', '2017-01-01', '2019-05-05', 3],
      ['Helsedirektoratet', '2020-02-01', '2021-01-01', 2],
      ['X', null, null, 1],
    ]);
  });
});
