import { describe, expect, it } from 'vitest';
import { placeholderId, refWindow } from './meetingRefKeys.js';
import { resolveMeetingRef, type MeetingCandidate, type MeetingRefInfo } from './resolveMeetingRefs.js';

const ref = (over: Partial<MeetingRefInfo>): MeetingRefInfo => ({
  id: 'ci-1',
  fromCase: 'NUIT-38/22',
  committee: 'EHELSERAD',
  direction: 'earlier',
  context: 'ble kort presentert i Nasjonalt e-helseråd',
  topics: [],
  citingDate: '2022-09-14',
  ...over,
});
const meeting = (committee: string, startDate: string, cases: MeetingCandidate['cases'] = [], number?: string) => ({
  id: `${committee}-${startDate}`,
  committee,
  startDate,
  endDate: startDate,
  ...(number ? { number } : {}),
  cases,
});

describe('windows and placeholder keys of meeting references', () => {
  it('gives each time cue a window of start dates', () => {
    expect(refWindow({ date: '2022-12-02' })).toEqual({ from: '2022-11-29', to: '2022-12-02' });
    expect(refWindow({ month: '2022-05', monthEnd: '2022-06' })).toEqual({ from: '2022-05-01', to: '2022-06-30' });
    expect(refWindow({ month: '2024-02' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(refWindow({ meetingNumber: '3/2022' })).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(refWindow({ relative: 'previous', citingDate: '2022-09-14' })).toEqual({
      from: '2022-04-17',
      to: '2022-09-13',
    });
    expect(refWindow({ relative: 'next', citingDate: '2022-09-14' })?.from).toBe('2022-09-15');
    expect(refWindow({ relative: 'previous' })).toBeUndefined();
  });

  it('keys placeholders so that references to one meeting meet in one node', () => {
    expect(placeholderId('NUIT', { month: '2022-05' })).toBe('ref-NUIT-2022-05');
    expect(placeholderId('NUIT', { month: '2022-05', monthEnd: '2022-06', citingDate: '2022-09-14' })).toBe(
      'ref-NUIT-2022-05_2022-06',
    );
    expect(placeholderId('EHELSERAD', { date: '2022-12-02', citingDate: '2022-09-14' })).toBe(
      'ref-EHELSERAD-2022-12-02',
    );
    expect(placeholderId('NUIT', { relative: 'previous', citingDate: '2022-09-14' })).toBe(
      'ref-NUIT-before-2022-09-14',
    );
    expect(placeholderId('NUFA', { meetingNumber: '3/2022' })).toBe('ref-NUFA-m3-2022');
    expect(placeholderId('NUIT', { relative: 'previous' })).toBeUndefined();
  });
});

describe('resolving a meeting reference', () => {
  const ehds = { id: 'EHELSERAD-12/22', topics: ['ehds'] };
  const other = { id: 'EHELSERAD-13/22', topics: ['helseplattformen'] };

  it('finds the meeting of the month(s) and its case on the same topic', () => {
    const res = resolveMeetingRef(
      ref({ month: '2022-05', monthEnd: '2022-06' }),
      [
        meeting('EHELSERAD', '2022-06-08', [ehds, other]),
        meeting('EHELSERAD', '2022-09-01'),
        meeting('NUIT', '2022-05-19'),
      ],
      ['ehds'],
    );
    expect(res).toEqual({ meetings: ['EHELSERAD-2022-06-08'], cases: ['EHELSERAD-12/22'] });
  });

  it('prefers the case whose main subject the topic is over one that mentions it', () => {
    const mention = { id: 'EHELSERAD-7/22', topics: ['ehds'], weights: { ehds: 1 } };
    const main = { id: 'EHELSERAD-6/22', topics: ['ehds'], weights: { ehds: 102 } };
    expect(
      resolveMeetingRef(ref({ date: '2022-06-08' }), [meeting('EHELSERAD', '2022-06-08', [mention, main])], ['ehds'])
        .cases,
    ).toEqual(['EHELSERAD-6/22']);
  });

  it('prefers the topics of the sentence over those of the citing case', () => {
    const res = resolveMeetingRef(
      ref({ date: '2022-06-08', topics: ['helseplattformen'] }),
      [meeting('EHELSERAD', '2022-06-08', [ehds, other])],
      ['ehds'],
    );
    expect(res.cases).toEqual(['EHELSERAD-13/22']);
  });

  it('takes the latest meeting before the citing one for "forrige", never the citing meeting itself', () => {
    const ms = [
      meeting('NUIT', '2022-03-01'),
      meeting('NUIT', '2022-05-19'),
      meeting('NUIT', '2022-09-14'),
      meeting('NUIT', '2022-11-17'),
    ];
    expect(resolveMeetingRef(ref({ committee: 'NUIT', relative: 'previous' }), ms, []).meetings).toEqual([
      'NUIT-2022-05-19',
    ]);
    expect(
      resolveMeetingRef(ref({ committee: 'NUIT', relative: 'next', direction: 'later' }), ms, []).meetings,
    ).toEqual(['NUIT-2022-11-17']);
  });

  it("finds another committee's meeting on the citing day, and leaves a reference to the own meeting alone", () => {
    const nufa = meeting('NUFA', '2022-09-14');
    expect(resolveMeetingRef(ref({ committee: 'NUFA', date: '2022-09-14' }), [nufa], []).meetings).toEqual([
      'NUFA-2022-09-14',
    ]);
    const self = resolveMeetingRef(ref({ committee: 'NUIT', date: '2022-09-14' }), [meeting('NUIT', '2022-09-14')], []);
    expect(self).toEqual({ meetings: [], cases: [] });
  });

  it('matches a meeting by number, and a day inside a two-day meeting', () => {
    expect(
      resolveMeetingRef(
        ref({ committee: 'NUFA', meetingNumber: '3/2022' }),
        [meeting('NUFA', '2022-06-01', [], '3/2022')],
        [],
      ).meetings,
    ).toEqual(['NUFA-2022-06-01']);
    const twoDays = { ...meeting('NUFA', '2022-06-01'), endDate: '2022-06-02' };
    expect(resolveMeetingRef(ref({ committee: 'NUFA', date: '2022-06-02' }), [twoDays], []).meetings).toEqual([
      'NUFA-2022-06-01',
    ]);
  });

  it('stands in a placeholder when no meeting is loaded, and warns when the reference has no time', () => {
    expect(resolveMeetingRef(ref({ date: '2022-12-02', direction: 'later' }), [], ['ehds'])).toEqual({
      meetings: [],
      cases: [],
      placeholder: { id: 'ref-EHELSERAD-2022-12-02', committee: 'EHELSERAD', when: '2022-12-02' },
    });
    expect(resolveMeetingRef(ref({ committee: 'NUIT', relative: 'previous' }), [], []).placeholder).toEqual({
      id: 'ref-NUIT-before-2022-09-14',
      committee: 'NUIT',
      when: '2022-09-14',
      relative: 'previous',
    });
    const lost = resolveMeetingRef(ref({ relative: 'previous', citingDate: undefined }), [], []);
    expect(lost.placeholder).toBeUndefined();
    expect(lost.warning).toMatch(/no date/);
  });
});
