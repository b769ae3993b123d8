import { describe, expect, it } from 'vitest';
import { layoutFlow } from './flowLayout.js';

const flow = {
  total: 3,
  nextCursor: null,
  span: null,
  lanes: [
    { committee: 'NUFA', name: 'Nasjonalt fagutvalg', shortName: 'NUFA' },
    { committee: 'NUIT', name: 'Prioriteringsutvalget', shortName: 'NUIT' },
  ],
  cases: [
    {
      id: 'NUIT-18/22',
      committee: 'NUIT',
      number: '18/22',
      title: 'Orientering',
      date: '2022-05-19',
      dates: ['2022-05-19'],
      type: null,
      stub: false,
    },
    {
      id: 'NUFA-27/22',
      committee: 'NUFA',
      number: '27/22',
      title: 'EHDS',
      date: '2022-08-31',
      dates: ['2022-08-31'],
      type: null,
      stub: false,
    },
    {
      id: 'NUIT-38/22',
      committee: 'NUIT',
      number: '38/22',
      title: 'EHDS',
      date: '2022-09-14',
      dates: ['2022-09-14'],
      type: null,
      stub: false,
    },
    {
      id: 'NUIT-30/22',
      committee: 'NUIT',
      number: '30/22',
      title: 'Standarder',
      date: '2022-05-19',
      dates: ['2022-05-19', '2022-09-14'],
      type: null,
      stub: false,
    },
  ],
  links: [{ from: 'NUFA-27/22', to: 'NUIT-38/22', kind: 'earlier-treatment' as const, quote: null }],
  planned: [{ from: 'NUIT-38/22', committee: 'NUFA', date: null, quote: 'skal drøftes i NUFA' }],
  referred: [
    {
      from: 'NUIT-38/22',
      to: 'ref-NUFA-2022-05_2022-06',
      kind: 'placeholder' as const,
      committee: 'NUFA',
      date: '2022-06-01',
      when: '2022-05/2022-06',
      relative: null,
      direction: 'earlier' as const,
      quote: 'ble kort presentert i NUFA i mai/juni møtene',
    },
    {
      from: 'NUIT-18/22',
      to: 'ref-NUIT-before-2022-05-19',
      kind: 'placeholder' as const,
      committee: 'NUIT',
      date: null,
      when: '2022-05-19',
      relative: 'previous' as const,
      direction: 'earlier' as const,
      quote: 'drøftet i forrige NUIT',
    },
  ],
};

describe('issue flow layout', () => {
  it('shows a postponed case at its last treatment, with its earlier one as a placeholder', () => {
    const g = layoutFlow(flow);
    const main = g.nodes.find((n) => n.id === 'NUIT-30/22')!;
    expect(main.date).toBe('2022-09-14');
    const arrow = g.arrows.find((a) => a.to === main && a.kind === 'postponed-from')!;
    expect(arrow.from).toMatchObject({ ghost: 'earlier', date: '2022-05-19' });
  });

  it('puts cases in their committee lane, left to right by date', () => {
    const g = layoutFlow(flow);
    const at = (id: string) => g.nodes.find((n) => n.id === id)!;
    expect(at('NUIT-18/22').lane).toBe(1);
    expect(at('NUFA-27/22').lane).toBe(0);
    expect(at('NUIT-18/22').x).toBeLessThan(at('NUFA-27/22').x);
    expect(at('NUFA-27/22').x).toBeLessThan(at('NUIT-38/22').x);
  });

  it('draws planned treatments dashed, to a placeholder after the planning case', () => {
    const g = layoutFlow(flow);
    const planned = g.arrows.find((a) => a.kind === 'planned')!;
    expect(planned.dashed).toBe(true);
    expect(planned.to.ghost).toBe('planned');
    expect(planned.to.lane).toBe(0);
    expect(planned.to.x).toBeGreaterThan(planned.from.x);
  });

  it('puts meetings referred to in their committee lane, dashed, pointing at the referring case', () => {
    const g = layoutFlow(flow);
    const refs = g.arrows.filter((a) => a.kind === 'referred');
    expect(refs).toHaveLength(2);
    const [months, previous] = refs;
    expect(months!.dashed).toBe(true);
    expect(months!.from).toMatchObject({ ghost: 'referred', lane: 0, date: '2022-06-01', label: '2022-05/2022-06' });
    expect(months!.to.id).toBe('NUIT-38/22');
    // "forrige NUIT" without a loaded meeting: before the referring case, in its lane.
    expect(previous!.from).toMatchObject({ ghost: 'referred', lane: 1 });
    expect(previous!.from.x).toBeLessThan(previous!.to.x);
  });
});
