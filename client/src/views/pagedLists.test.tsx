import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActionItemListT } from '../../../graph/api/actionItems.js';
import type { ChangesT } from '../../../graph/api/changes.js';
import { DEFAULT_STATE } from '../state/urlState.js';
import { ActionItemsView } from './ActionItemsView.js';
import { ChangesView } from './ChangesView.js';

const downloads = vi.hoisted(() => [] as { name: string; data: string }[]);
vi.mock('../components/download.js', () => ({
  download: (name: string, data: string) => downloads.push({ name, data }),
}));

afterEach(() => {
  vi.unstubAllGlobals();
  downloads.length = 0;
});

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

/** A page of `all` as the API cuts it: `limit` (default 100) after the position the cursor names. */
function cut<T>(all: T[], url: URL) {
  const limit = Number(url.searchParams.get('limit') ?? 100);
  const cursor = url.searchParams.get('cursor');
  const start = cursor ? Number(cursor.slice(1)) : 0;
  const end = Math.min(all.length, start + limit);
  return { items: all.slice(start, end), total: all.length, nextCursor: end < all.length ? `p${end}` : null };
}

const actionItem = (n: number): ActionItemListT['actionItems'][number] => ({
  id: `ActionItem:a${n}`,
  text: `Aksjonspunkt nummer ${n}`,
  responsible: [],
  case: 'Case:NUIT-28/22',
  caseTitle: 'NUIT 28/22 Plan',
  committee: 'NUIT',
  meeting: 'NUIT-2022-09-14',
  date: '2022-09-14',
  status: 'open',
  followedUpBy: [],
  source: null,
});

// Rendering hundreds of rows can take over the default second on a loaded machine.
const PATIENT = { timeout: 10_000 };

describe('the action items, paged', () => {
  const all = Array.from({ length: 250 }, (_, n) => actionItem(n));
  const stub = () => {
    const fetch = vi.fn(async (u: string) => {
      const { items, ...page } = cut(all, new URL(u, 'http://x'));
      return json({ actionItems: items, ...page } satisfies ActionItemListT);
    });
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };

  it('shows the first page with its count, and "Vis flere" adds the next until all are shown', async () => {
    const fetch = stub();
    render(<ActionItemsView state={DEFAULT_STATE} update={vi.fn()} />);
    await screen.findByText('Aksjonspunkt nummer 99', {}, PATIENT);
    expect(screen.queryByText('Aksjonspunkt nummer 100')).toBeNull();
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Viser 100 av 250');
    const more = screen.getByRole('button', { name: 'Vis flere' });
    more.focus();
    fireEvent.click(more);
    await screen.findByText('Aksjonspunkt nummer 199', {}, PATIENT);
    expect(String(fetch.mock.calls.at(-1)![0])).toContain('cursor=p100');
    // The new rows are announced, and focus stays on the button while there is more.
    expect(screen.getByRole('status').textContent).toBe('Viser 200 av 250 100 til vist.');
    expect(document.activeElement).toBe(more);
    fireEvent.click(more);
    await screen.findByText('Aksjonspunkt nummer 249', {}, PATIENT);
    expect(screen.getAllByRole('row')).toHaveLength(251);
    expect(screen.queryByRole('button', { name: 'Vis flere' })).toBeNull();
    // The button is gone with the last page: focus goes to the count, not to the top of the page.
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));
    expect(screen.getByRole('status').textContent).toContain('Viser 250 av 250 50 til vist.');
  }, 30_000);

  it('exports every action item to CSV, not only the rows shown', async () => {
    stub();
    render(<ActionItemsView state={DEFAULT_STATE} update={vi.fn()} />);
    await screen.findByText('Aksjonspunkt nummer 99', {}, PATIENT);
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const lines = downloads[0]!.data.trim().split(/\r?\n/);
    expect(lines).toHaveLength(251);
    expect(lines.at(-1)).toContain('Aksjonspunkt nummer 249');
  }, 30_000);
});

describe('what changed, paged per list', () => {
  const statement = (n: number) => ({
    id: `Statement:s${n}`,
    text: `KS ber om mer tid ${n}.`,
    stance: 'request' as const,
    stanceCue: 'ber om',
    case: null,
    date: '2022-09-14',
    source: null,
  });
  const statements = Array.from({ length: 130 }, (_, n) => statement(n));
  const empty: ChangesT = {
    since: '2022-01-01',
    sinceDate: '2022-01-01',
    today: '2022-12-31',
    meetings: [],
    newCases: [],
    decisions: [],
    statementsByActor: [],
    plannedDue: [],
    actionItemsOpened: [],
    actionItemsFollowedUp: [],
    pages: {},
  };

  it('pages the statements of one actor on, without a second heading for it, each with its stance', async () => {
    const fetch = vi.fn(async (u: string) => {
      const url = new URL(u, 'http://x');
      const section = url.searchParams.get('section');
      if (!url.pathname.endsWith('/changes')) return json({ topics: [], organizations: [] });
      const { items, ...page } = cut(statements, url);
      return json({
        ...empty,
        statementsByActor: [{ actor: 'Organization:ks', name: 'KS', statements: items }],
        pages: section ? { [section]: page } : { statementsByActor: page, decisions: { total: 0, nextCursor: null } },
      } satisfies ChangesT);
    });
    vi.stubGlobal('fetch', fetch);
    render(<ChangesView state={{ ...DEFAULT_STATE, since: '2022-01-01' }} update={vi.fn()} />);
    await screen.findByText(/KS ber om mer tid 99\./);
    const section = screen.getByRole('region', { name: 'Innspill per aktør' });
    expect(within(section).getByRole('status').textContent).toContain('Viser 100 av 130');
    expect(within(section).getAllByLabelText(/^Ønske\. Avgjort av ordene: «ber om»/)).toHaveLength(100);
    fireEvent.click(within(section).getByRole('button', { name: 'Vis flere: Innspill per aktør (Viser 100 av 130)' }));
    await screen.findByText(/KS ber om mer tid 129\./);
    const asked = new URL(String(fetch.mock.calls.at(-1)![0]), 'http://x');
    expect(asked.searchParams.get('section')).toBe('statementsByActor');
    expect(asked.searchParams.get('cursor')).toBe('p100');
    expect(asked.searchParams.get('since')).toBe('2022-01-01');
    expect(section.querySelectorAll('details')).toHaveLength(1);
    expect(within(section).getAllByRole('listitem')).toHaveLength(130);
    expect(within(section).getByRole('status').textContent).toContain('Viser 130 av 130');
  }, 30_000);
});
