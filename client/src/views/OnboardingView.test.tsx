import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommitteeMembersT, MembershipPeriodT } from '../../../graph/api/memberships.js';
import { OnboardingView } from './OnboardingView.js';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

const stint = (
  name: string,
  role: MembershipPeriodT['role'],
  org: string,
  from: string,
  to: string,
): MembershipPeriodT => ({
  person: { id: `Person:${name.toLowerCase().replace(/ /g, '-')}`, name },
  committee: { id: 'Committee:NUIT', key: 'NUIT', name: 'Nasjonalt utvalg for IKT-prioritering' },
  role,
  organization: { id: `Organization:${org}`, name: org },
  from,
  to,
  meetings: 3,
  attended: 3,
});

const committee = { id: 'Committee:NUIT', key: 'NUIT', name: 'Nasjonalt utvalg for IKT-prioritering' };
const early: CommitteeMembersT = {
  committee,
  at: '2014-02-01',
  asOf: { id: 'Meeting:NUIT-2014-01-20', date: '2014-01-20' },
  members: [stint('Kari Vik', 'member', 'Helse Vest RHF', '2013-03-01', '2015-06-01')],
};
const late: CommitteeMembersT = {
  committee,
  at: '2020-03-01',
  asOf: { id: 'Meeting:NUIT-2020-02-10', date: '2020-02-10' },
  members: [
    stint('Liv Strand', 'chair', 'Helsedirektoratet', '2019-01-10', '2021-11-01'),
    stint('Ola Berg', 'substitute', 'KS', '2020-02-10', '2020-02-10'),
  ],
};

function serve() {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const u = String(url);
      calls.push(u);
      if (u.includes('/api/glossary')) return json({ entries: [], organizations: [] });
      if (u.includes('/api/whoswho'))
        return json({ committees: [{ committee: 'NUIT', name: committee.name, people: [] }] });
      if (u.includes('/api/committees/NUIT/members')) return json(u.includes('at=2014') ? early : late);
      return new Response('{}', { status: 404 });
    }),
  );
  return calls;
}

const setDate = (text: string) => {
  const field = screen.getByLabelText('Dato');
  fireEvent.change(field, { target: { value: text } });
  fireEvent.blur(field);
};

describe("who's-who at a date", () => {
  it('asks for the committee on the typed date and lists each person with role, organisation and period', async () => {
    const calls = serve();
    render(<OnboardingView update={() => {}} onTour={() => {}} />);
    expect(await screen.findByText('Velg en dato for å se hvem som satt i utvalget da.')).toBeTruthy();
    expect(calls.some((c) => c.includes('/members'))).toBe(false);

    setDate('1.3.2020');
    const table = await screen.findByRole('table');
    expect(calls).toContain('/api/committees/NUIT/members?at=2020-03-01');
    expect(screen.getByText('Slik deltakerlisten fra møtet 10.02.2020 viser det')).toBeTruthy();
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['Liv Strand', 'leder', 'Helsedirektoratet', '10.01.2019–01.11.2021', '3'],
      ['Ola Berg', 'vara', 'KS', '10.02.2020', '3'],
    ]);

    setDate('01.02.2014');
    expect(await screen.findByText('Kari Vik')).toBeTruthy();
    expect(screen.queryByText('Liv Strand')).toBeNull();
    expect(calls).toContain('/api/committees/NUIT/members?at=2014-02-01');
  });

  it('names a date that does not exist, and asks for nothing', async () => {
    const calls = serve();
    render(<OnboardingView update={() => {}} onTour={() => {}} />);
    await screen.findByText('Velg en dato for å se hvem som satt i utvalget da.');
    setDate('31.02.2020');
    expect((await screen.findByRole('alert')).textContent).toMatch(/31\.02\.2020/);
    expect(calls.some((c) => c.includes('/members'))).toBe(false);
  });
});
