import { describe, expect, it } from 'vitest';
import { resolveLinks, type CaseInfo, type CitationInfo } from './resolveLinks.js';

const c = (id: string, title: string, dates: string[], topics: string[] = []): CaseInfo => {
  const [committee, number] = id.split('-') as [string, string];
  return { id, committee, number, title, dates, topics, stub: false, doc: 'd' };
};
const cite = (p: Partial<CitationInfo> & Pick<CitationInfo, 'fromCase' | 'kind'>): CitationInfo => ({
  id: `ci-${Math.random()}`,
  context: '',
  topics: [],
  doc: 'doc',
  lineStart: 1,
  lineEnd: 1,
  quote: 'q',
  ...p,
});

describe('resolving citations', () => {
  const cases = [
    c('NUFA-25/22', 'Samarbeidsmodell for internasjonale standarder', ['2022-08-31'], ['internasjonale-standarder']),
    c('NUFA-26/22', 'Kunstig intelligens', ['2022-08-31'], ['kunstig-intelligens']),
    c(
      'NUIT-30/22',
      'Samarbeidsmodell for internasjonale standarder',
      ['2022-05-19', '2022-09-14'],
      ['internasjonale-standarder'],
    ),
  ];

  it('reconciles a cited number whose title belongs to another case, with a warning', () => {
    const ci = cite({
      fromCase: 'NUIT-30/22',
      kind: 'earlier-treatment',
      committee: 'NUFA',
      number: '26/22',
      title: 'Samarbeidsmodell for internasjonale standarder',
      date: '2022-08-31',
      topics: ['internasjonale-standarder'],
    });
    const r = resolveLinks(cases, [ci]);
    expect(r.rels).toContainEqual(
      expect.objectContaining({ type: 'LINKED', from: 'NUFA-25/22', to: 'NUIT-30/22', kind: 'earlier-treatment' }),
    );
    expect(r.rels.some((l) => l.type === 'LINKED' && l.from === 'NUFA-26/22')).toBe(false);
    expect(r.warnings.get(ci.id)).toMatch(/linked to NUFA-25\/22/);
  });

  it('keeps a warning and makes no link when nothing matches', () => {
    const ci = cite({
      fromCase: 'NUIT-30/22',
      kind: 'earlier-treatment',
      committee: 'NUFA',
      number: '26/22',
      title: 'Helseapper',
      topics: ['helseapper'],
    });
    const r = resolveLinks(cases, [ci]);
    expect(r.rels.filter((l) => l.type === 'LINKED' && l.kind === 'earlier-treatment')).toEqual([]);
    expect(r.warnings.get(ci.id)).toMatch(/not linked/);
  });

  it('creates a stub for a cited case that is not loaded', () => {
    const r = resolveLinks(cases, [
      cite({
        fromCase: 'NUIT-30/22',
        kind: 'earlier-treatment',
        committee: 'NUFA',
        number: '36/21',
        title: 'Roller og ansvar',
      }),
    ]);
    expect(r.stubs).toEqual([expect.objectContaining({ id: 'NUFA-36/21', title: 'Roller og ansvar' })]);
    expect(r.rels).toContainEqual(expect.objectContaining({ from: 'NUFA-36/21', to: 'NUIT-30/22' }));
  });

  it('never calls standing items the same matter', () => {
    const r = resolveLinks(
      [
        c('NUFA-31/22', 'Eventuelt', ['2022-08-31']),
        c('NUIT-40/22', 'Eventuelt', ['2022-09-14']),
        c('NUFA-1/22', 'Godkjenning av innkalling og dagsorden', ['2022-02-01']),
        c('NUIT-1/22', 'Godkjenning av innkalling og dagsorden', ['2022-02-17']),
      ],
      [],
    );
    expect(r.rels).toEqual([]);
  });

  it('infers the same matter in another committee from near-identical titles', () => {
    const r = resolveLinks(cases, []);
    expect(r.rels).toContainEqual(
      expect.objectContaining({ type: 'LINKED', from: 'NUIT-30/22', to: 'NUFA-25/22', kind: 'same-matter' }),
    );
  });

  it('links a case put off from a meeting named by its month, or from the previous meeting, by title', () => {
    const all = [
      c('NUFA-9/23', 'Velferdsteknologi i hjemmetjenesten', ['2023-03-15']),
      c('NUFA-10/23', 'Informasjonssikkerhet', ['2023-03-15']),
      c('NUFA-14/23', 'Velferdsteknologi i hjemmetjenesten', ['2023-06-14']),
    ];
    for (const when of [{ month: '2023-03' }, { relative: 'previous' as const }]) {
      const r = resolveLinks(all, [cite({ fromCase: 'NUFA-14/23', kind: 'postponed-from', ...when })]);
      expect(r.rels.filter((l) => l.type === 'LINKED')).toEqual([
        expect.objectContaining({ from: 'NUFA-9/23', to: 'NUFA-14/23', kind: 'postponed-from' }),
      ]);
    }
    const none = cite({ fromCase: 'NUFA-14/23', kind: 'postponed-from', month: '2023-02' });
    const r = resolveLinks(all, [none]);
    expect(r.rels).toEqual([]);
    expect(r.warnings.get(none.id)).toMatch(/postponed from NUFA 2023-02/);
  });
});
