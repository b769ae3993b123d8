import { describe, expect, it } from 'vitest';
import { shapeReferred, type ReferredRow } from './referred.js';

const row = (over: Partial<ReferredRow>): ReferredRow => ({
  from: 'NUIT-38/22',
  to: 'ref-EHELSERAD-2022-05_2022-06',
  kind: 'placeholder',
  committee: 'EHELSERAD',
  startDate: null,
  when: '2022-05/2022-06',
  relative: null,
  number: null,
  direction: 'earlier',
  quote: 'ble kort presentert i Nasjonalt e-helseråd og NUIT i mai/juni møtene',
  meetingCases: [],
  ...over,
});

describe('meetings referred to in the issue flow', () => {
  it('places a placeholder of months at its last month, and keeps what was written', () => {
    const { referred } = shapeReferred([row({})], [], [], new Set(['NUIT-38/22']));
    expect(referred).toEqual([
      expect.objectContaining({
        kind: 'placeholder',
        committee: 'EHELSERAD',
        date: '2022-06-01',
        when: '2022-05/2022-06',
      }),
    ]);
  });

  it('turns a reference resolved to a case of the flow into a referred link, earlier case first', () => {
    const res = shapeReferred(
      [
        row({ kind: 'case', to: 'EHELSERAD-6/22', committee: 'EHELSERAD' }),
        row({ kind: 'meeting', to: 'EHELSERAD-2022-06-08', startDate: '2022-06-08', meetingCases: ['EHELSERAD-6/22'] }),
      ],
      [],
      [],
      new Set(['NUIT-38/22', 'EHELSERAD-6/22']),
    );
    expect(res.links).toEqual([
      { from: 'EHELSERAD-6/22', to: 'NUIT-38/22', kind: 'referred', quote: expect.any(String) },
    ]);
    // The meeting is shown by its case already.
    expect(res.referred).toEqual([]);
  });

  it('shows a loaded meeting without a case on the topic in its lane, at its date', () => {
    const res = shapeReferred(
      [
        row({
          kind: 'meeting',
          to: 'NUIT-2022-05-19',
          committee: 'NUIT',
          startDate: '2022-05-19',
          relative: 'previous',
        }),
      ],
      [],
      [],
      new Set(['NUIT-38/22']),
    );
    expect(res.referred).toEqual([
      expect.objectContaining({ to: 'NUIT-2022-05-19', kind: 'meeting', date: '2022-05-19', when: '2022-05-19' }),
    ]);
  });

  it('does not draw a planned treatment twice when a reference stands for it', () => {
    const planned = [
      { from: 'NUIT-34/22', committee: 'EHELSERAD', date: '2022-12-02', quote: 'legges frem' },
      { from: 'NUIT-34/22', committee: 'NUFA', date: null, quote: 'skal drøftes i NUFA' },
    ];
    const res = shapeReferred(
      [row({ from: 'NUIT-34/22', to: 'ref-EHELSERAD-2022-12-02', when: '2022-12-02', direction: 'later' })],
      [],
      planned,
      new Set(['NUIT-34/22']),
    );
    expect(res.planned).toEqual([planned[1]]);
    expect(res.referred[0]).toMatchObject({ date: '2022-12-02', direction: 'later' });
  });
});
