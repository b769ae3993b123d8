import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BriefT } from '../../../graph/api/brief.js';
import { DEFAULT_STATE } from '../state/urlState.js';
import { BriefView } from './BriefView.js';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

const source = {
  document: 'Referat NUFA 31.08.2022',
  docId: 'abc:0',
  file: 'nufa.txt',
  kind: 'minutes',
  lineStart: 130,
  lineEnd: 131,
  quote: 'q',
};

const caseOf = (earlierConcerns: BriefT['cases'][number]['earlierConcerns']): BriefT['cases'][number] => ({
  id: 'NUIT-37/22',
  number: '37/22',
  title: 'Plan for digitalisering',
  order: 1,
  proposedDecision: null,
  decision: null,
  topics: [],
  history: [],
  raised: [
    {
      statement: 'Statement:s1',
      actor: 'Organization:ks',
      actorName: 'KS',
      text: 'KS støtter planen.',
      stance: 'support',
      stanceCue: 'støtter',
      case: 'NUIT-37/22',
      date: '2022-09-14',
      source: null,
    },
  ],
  earlierConcerns,
  openActionItems: [],
  related: [],
});

const brief = (earlierConcerns: BriefT['cases'][number]['earlierConcerns']): BriefT => ({
  meeting: {
    id: 'NUIT-2022-09-14',
    committee: 'NUIT',
    committeeName: 'NUIT',
    number: '4/2022',
    startDate: '2022-09-14',
    place: null,
  },
  cases: [caseOf(earlierConcerns)],
});

function serve(body: BriefT) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      String(url).includes('/brief')
        ? json(body)
        : json({ meetings: [{ id: 'NUIT-2022-09-14', committee: 'NUIT', startDate: '2022-09-14', number: '4/2022' }] }),
    ),
  );
}

describe('brief: earlier concerns and objections', () => {
  it('lists who raised them, when, on which case, the stance with its cue, and the source', async () => {
    serve(
      brief([
        {
          statement: 'Statement:s2',
          actor: 'Organization:helse-vest',
          actorName: 'Helse Vest RHF',
          text: 'Helse Vest RHF er bekymret for kostnadene.',
          stance: 'concern',
          stanceCue: 'er bekymret for',
          case: 'NUFA-24/22',
          via: 'case',
          date: '2022-08-31',
          source,
        },
        {
          statement: 'Statement:s3',
          actor: null,
          actorName: null,
          text: 'Det ble uttrykt uenighet om fremdriften.',
          stance: 'objection',
          stanceCue: 'uenighet',
          case: 'NUIT-28/22',
          via: 'topic',
          date: '2022-05-19',
          source: null,
        },
      ]),
    );
    render(<BriefView state={DEFAULT_STATE} update={() => {}} />);
    const heading = await screen.findByRole('heading', { name: 'Tidligere bekymringer og innvendinger' });
    const list = heading.nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('2022-08-31');
    expect(items[0]!.textContent).toContain('Helse Vest RHF');
    expect(items[0]!.textContent).toContain('(NUFA 24/22)');
    expect(items[0]!.textContent).toContain('Helse Vest RHF er bekymret for kostnadene.');
    expect(items[0]!.textContent).toContain('Referat NUFA 31.08.2022');
    expect(within(items[0]!).getByRole('link', { name: 'Vis i dokumentet' })).toBeTruthy();
    // The stance is text, and focusing it tells which words decided it.
    const badge = within(items[0]!).getByText('Bekymring');
    expect(badge.tabIndex).toBe(0);
    expect(badge.getAttribute('title')).toBe('Avgjort av ordene: «er bekymret for»');
    expect(items[1]!.textContent).toContain('(NUIT 28/22, samme tema)');
    expect(within(items[1]!).getByText('Innsigelse').getAttribute('title')).toContain('uenighet');
    // Who raised what carries its stance too, outside this section.
    expect(within(list).queryByText('KS støtter planen.', { exact: false })).toBeNull();
    expect(screen.getByText('Støtte').getAttribute('title')).toContain('støtter');
  });

  it('says so when nothing was raised against the case before', async () => {
    serve(brief([]));
    render(<BriefView state={DEFAULT_STATE} update={() => {}} />);
    expect(await screen.findByText('Ingen tidligere bekymringer eller innvendinger registrert.')).toBeTruthy();
  });
});
