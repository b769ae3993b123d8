import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchResultT } from '../../../graph/api/responses.js';
import { SearchBox } from './SearchBox.js';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const result: SearchResultT = {
  query: 'kostnad',
  hits: [
    {
      id: 'Statement:s1',
      kind: 'Statement',
      label: 'KS er bekymret for kostnadene',
      snippet: 'KS er bekymret for kostnadene.',
      highlights: [[19, 29]],
      score: 2,
      stance: 'concern',
      stanceCue: 'er bekymret for',
    },
    { id: 'Case:NUIT-37/22', kind: 'Case', label: 'NUIT 37/22', snippet: 'Kostnader', highlights: [], score: 1 },
  ],
};

describe('search by stance', () => {
  it('shows the stance of statement hits and asks only for the stance chosen', async () => {
    const fetch = vi.fn(async (_url: string) => json(result));
    vi.stubGlobal('fetch', fetch);
    render(<SearchBox onPick={() => {}} withStance />);
    const box = screen.getByRole('searchbox');
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'kostnad' } });
    const badge = await within(screen.getByRole('listbox', { hidden: true })).findByText('Bekymring');
    expect(badge.getAttribute('title')).toBe('Avgjort av ordene: «er bekymret for»');
    // Inside the listbox the input keeps focus: the badge is not a tab stop, its cue is read with the option.
    expect(badge.hasAttribute('tabindex')).toBe(false);
    expect(screen.getAllByRole('option')[0]!.textContent).toContain('«er bekymret for»');
    expect(screen.getAllByRole('option')[1]!.querySelector('.stance')).toBeNull();
    expect(String(fetch.mock.calls.at(-1)![0])).not.toContain('stance=');
    fireEvent.change(screen.getByRole('combobox', { name: 'Holdning' }), { target: { value: 'concern' } });
    await vi.waitFor(() => expect(String(fetch.mock.calls.at(-1)![0])).toContain('stance=concern'));
  });

  it('offers no stance choice unless asked to', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(result)),
    );
    render(<SearchBox onPick={() => {}} />);
    expect(screen.queryByRole('combobox', { name: 'Holdning' })).toBeNull();
  });
});
