import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActorStatementsT } from '../../../../graph/api/actorRecord.js';
import { ActorRecord } from './ActorRecord.js';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

const statement = (n: number, year: string): ActorStatementsT['statements'][number] => ({
  id: `Statement:s${n}`,
  text: `KS er bekymret for kostnadene ${n}.`,
  kind: 'input',
  stance: 'concern',
  stanceCue: 'er bekymret for',
  date: `${year}-05-10`,
  committee: 'NUIT',
  case: { id: 'Case:NUIT-28/22', title: 'Plan' },
  topic: null,
});

/** A record of 25 statements in 2022 and 3 in 2019, answered as the API pages it. */
function api(url: URL): ActorStatementsT {
  const key = url.searchParams.get('key');
  const limit = Number(url.searchParams.get('limit'));
  const cursor = url.searchParams.get('cursor');
  const all =
    key === '2019'
      ? [0, 1, 2].map((n) => statement(100 + n, '2019'))
      : Array.from({ length: 25 }, (_, n) => statement(n, '2022'));
  const start = cursor ? Number(cursor.slice(1)) : 0;
  return {
    actor: { id: 'Organization:ks', name: 'KS', kind: 'Organization' },
    group: 'year',
    key,
    total: key ? all.length : 28,
    groups: [
      {
        key: '2022',
        label: '2022',
        count: 25,
        stances: { concern: 20, support: 5 },
        first: '2022-01-01',
        last: '2022-12-01',
      },
      { key: '2019', label: '2019', count: 3, stances: { concern: 3 }, first: '2019-01-01', last: '2019-12-01' },
    ],
    stances: { concern: 23, support: 5 },
    statements: all.slice(start, start + limit),
    nextCursor: start + limit < all.length ? `k${String(start + limit).padStart(4, '0')}` : null,
  };
}

describe("an actor's record in its details", () => {
  it('shows groups with their counts, the newest open, ten statements at a time with their stance and cue', async () => {
    const fetch = vi.fn(async (u: string) => json(api(new URL(u, 'http://x'))));
    vi.stubGlobal('fetch', fetch);
    render(<ActorRecord actorId="Organization:ks" onOpen={vi.fn()} />);
    const newest = await screen.findByRole('button', { name: /2022: 25 innspill/ });
    expect(newest.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: /2019: 3 innspill/ }).getAttribute('aria-expanded')).toBe('false');
    await screen.findByText('KS er bekymret for kostnadene 0.');
    const list = screen.getByTestId('actor-record');
    expect(within(list).getAllByLabelText(/^Bekymring\. Avgjort av ordene: «er bekymret for»/)).toHaveLength(10);
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere (10 av 25)' }));
    await screen.findByText('KS er bekymret for kostnadene 19.');
    expect(String(fetch.mock.calls.at(-1)![0])).toContain('cursor=k0010');
    expect(screen.getByRole('button', { name: 'Vis flere (20 av 25)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /2019: 3 innspill/ }));
    await screen.findByText('KS er bekymret for kostnadene 100.');
    // A machine shared by many test runs renders slowly.
  }, 30_000);

  it('asks again by topic when the reader groups by topic, and by stance when filtered', async () => {
    const fetch = vi.fn(async (u: string) => json(api(new URL(u, 'http://x'))));
    vi.stubGlobal('fetch', fetch);
    render(<ActorRecord actorId="Organization:ks" onOpen={vi.fn()} />);
    await screen.findByRole('button', { name: /2022: 25 innspill/ });
    fireEvent.change(screen.getByLabelText('Grupper etter'), { target: { value: 'topic' } });
    await vi.waitFor(() => expect(fetch.mock.calls.some((c) => String(c[0]).includes('group=topic'))).toBe(true));
    fireEvent.change(screen.getByLabelText('Holdning'), { target: { value: 'support' } });
    await vi.waitFor(() => expect(fetch.mock.calls.some((c) => String(c[0]).includes('stance=support'))).toBe(true));
  }, 30_000);
});
