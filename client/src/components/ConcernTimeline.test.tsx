import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConcernTimelineT } from '../../../graph/api/strategy.js';
import { ConcernTimeline } from './ConcernTimeline.js';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const timeline: ConcernTimelineT = {
  organization: { id: 'Organization:ks', name: 'KS' },
  topics: [
    {
      id: 'Topic:legemiddelomradet',
      name: 'Plan for digitalisering på legemiddelområdet',
      first: '2022-05-19',
      last: '2022-09-14',
      points: [
        { date: '2022-05-19', count: 2, stances: { request: 2 } },
        { date: '2022-09-14', count: 1, stances: { concern: 1 } },
      ],
      stances: { request: 2, concern: 1 },
      trend: 'steady',
    },
    {
      id: 'Topic:ehds',
      name: 'EHDS',
      first: '2022-09-14',
      last: '2022-09-14',
      points: [{ date: '2022-09-14', count: 1, stances: { support: 1 } }],
      stances: { support: 1 },
      trend: 'started',
    },
  ],
  timeline: [
    { date: '2022-05-19', count: 2, stances: { request: 2 } },
    { date: '2022-09-14', count: 2, stances: { concern: 1, support: 1 } },
  ],
  cases: [
    {
      id: 'Case:NUIT-28/22',
      title: 'Strategisk plan for digitalisering av legemiddelområdet',
      date: '2022-05-19',
      statements: [
        {
          id: 'Statement:x',
          text: 'KS sa at legemiddelområdet er høyt prioritert.',
          stance: 'information',
          stanceCue: '',
        },
      ],
      decision: 'NUIT tok saken til orientering.',
    },
  ],
};

describe('concern timeline in an organisation’s details', () => {
  it('opens on demand and shows topics over time, trends, cases, statements and decisions', async () => {
    const fetch = vi.fn(async () => json(timeline));
    vi.stubGlobal('fetch', fetch);
    const onOpen = vi.fn();
    render(<ConcernTimeline orgId="Organization:ks" onOpen={onOpen} />);
    expect(fetch).not.toHaveBeenCalled();
    const toggle = screen.getByRole('button', { name: /Vis hvordan/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    await screen.findByTestId('concern-timeline');
    expect(String(fetch.mock.calls[0]![0 as never])).toBe('/api/organizations/ks/concerns');
    expect(
      screen.getByRole('img', { name: 'Plan for digitalisering på legemiddelområdet: 2022-05-19: 2, 2022-09-14: 1' }),
    ).toBeTruthy();
    // Two meetings in one year: by quarter, each bar's stances in words.
    const chart = screen.getByRole('img', { name: /^Innspill over tid, etter holdning, per kvartal/ });
    expect(chart.getAttribute('aria-label')).toContain('2022 K2: 2 (Ønske 2)');
    expect(chart.getAttribute('aria-label')).toContain('2022 K3: 2 (Bekymring 1, Støtte 1)');
    fireEvent.click(screen.getByRole('button', { name: 'Vis tidslinjen som tabell' }));
    expect(screen.getByRole('rowheader', { name: '2022 K3' })).toBeTruthy();
    // The statement carries its stance in words, its cue on focus.
    expect(screen.getByLabelText(/^Informasjon\. Ingen signalord/)).toBeTruthy();
    expect(screen.getByText(/begynte å ta opp/)).toBeTruthy();
    expect(screen.getByText('KS sa at legemiddelområdet er høyt prioritert.')).toBeTruthy();
    expect(screen.getByText(/NUIT tok saken til orientering/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /NUIT 28\/22/ }));
    expect(onOpen).toHaveBeenCalledWith('Case:NUIT-28/22');
  });
});
