import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.js';
import { meetingReferencesInText } from './meetingReferences.js';

const gaz = Gazetteer.load();
const sp = { lineStart: 10, lineEnd: 12, quote: 'q' };
/** `null`: the document has no date. */
const read = (text: string, date: string | null = '2022-09-14', committee = 'NUIT') =>
  meetingReferencesInText(gaz, text, sp, { committee, ...(date ? { date } : {}) });
const refs = (text: string, date?: string, committee?: string) =>
  read(text, date, committee).refs.map(
    ({ kind, committee: c, direction, date: d, month, monthEnd, meetingNumber, relative }) => ({
      kind,
      committee: c,
      direction,
      ...(d ? { date: d } : {}),
      ...(month ? { month } : {}),
      ...(monthEnd ? { monthEnd } : {}),
      ...(meetingNumber ? { meetingNumber } : {}),
      ...(relative ? { relative } : {}),
    }),
  );

describe('meeting references without a case number', () => {
  it('reads months of the document year, for every committee the sentence names', () => {
    expect(refs('Overordnede rammer ble kort presentert i Nasjonalt e-helseråd og NUIT i mai/juni møtene.')).toEqual([
      {
        kind: 'meeting-reference',
        committee: 'EHELSERAD',
        direction: 'earlier',
        month: '2022-05',
        monthEnd: '2022-06',
      },
      { kind: 'meeting-reference', committee: 'NUIT', direction: 'earlier', month: '2022-05', monthEnd: '2022-06' },
    ]);
  });

  it.each([
    ['Saken ble drøftet i NUFA i mai-møtet.', { month: '2022-05' }],
    ['Saken ble drøftet i junimøtet i NUFA.', { month: '2022-06' }],
    ['Forslaget ble behandlet i NUFA-møtet i mars 2021.', { month: '2021-03' }],
    ['Temaet ble diskutert i møtene i april og mai i NUFA.', { month: '2022-04', monthEnd: '2022-05' }],
    ['Saken ble presentert i NUFA i mai–juli møtene.', { month: '2022-05', monthEnd: '2022-07' }],
  ])('months: %s', (text, when) => {
    expect(refs(text)).toEqual([{ kind: 'meeting-reference', committee: 'NUFA', direction: 'earlier', ...when }]);
  });

  it.each([
    ['Strategien ble drøftet i NUFA og NUIT i mai.', ['NUFA', 'NUIT'], 'earlier', '2022-05'],
    ['NUIT drøftet anbefalingen i februar.', ['NUIT'], 'earlier', '2022-02'],
    ['Direktoratet svarte at tidsplanen legges fram i NUIT i oktober 2023.', ['NUIT'], 'later', '2023-10'],
  ])('a month without the word "møte": %s', (text, committees, direction, month) => {
    expect(refs(text).map((r) => [r.committee, r.direction, r.month])).toEqual(
      committees.map((c) => [c, direction, month]),
    );
  });

  it("reads the own committee's next meeting when the committee is the subject", () => {
    expect(refs('NUIT ber om at saken følges opp i neste møte.')).toEqual([
      { kind: 'meeting-reference', committee: 'NUIT', direction: 'later', relative: 'next' },
    ]);
    expect(
      refs('Direktoratet for e-helse legger fram en plan for arbeidet i neste møte.', '2015-11-26', 'EHELSESTYRE'),
    ).toEqual([{ kind: 'meeting-reference', committee: 'EHELSESTYRE', direction: 'later', relative: 'next' }]);
  });

  it('reads a past month after the document month as last year, a planned month before it as next year', () => {
    expect(refs('Saken ble drøftet i NUFA i desember-møtet.', '2023-02-01')[0]).toMatchObject({ month: '2022-12' });
    expect(refs('Saken skal behandles i NUFA i januar-møtet.', '2022-11-20')[0]).toMatchObject({
      month: '2023-01',
      direction: 'later',
    });
  });

  it.each([
    ['Tiltak for 2023 ble drøftet i forrige NUIT.', 'NUIT', 'previous', 'earlier'],
    ['Saken ble presentert i forrige møte i NUFA.', 'NUFA', 'previous', 'earlier'],
    ['Utkastet ble gjennomgått i forrige NUFA-møte.', 'NUFA', 'previous', 'earlier'],
    ['Rapporten ble behandlet i e-helserådets forrige møte.', 'EHELSERAD', 'previous', 'earlier'],
    ['Saken tas opp i neste møte i Nasjonalt e-helseråd.', 'EHELSERAD', 'next', 'later'],
    ['Planen skal behandles i neste NUFA.', 'NUFA', 'next', 'later'],
  ])('previous/next meeting: %s', (text, committee, relative, direction) => {
    expect(refs(text)).toEqual([{ kind: 'meeting-reference', committee, direction, relative }]);
  });

  it('takes "forrige møte" without a committee name as the own committee, but only with a treatment verb', () => {
    expect(refs('Saken ble drøftet i forrige møte.', '2022-09-14', 'NUFA')).toEqual([
      { kind: 'meeting-reference', committee: 'NUFA', direction: 'earlier', relative: 'previous' },
    ]);
    expect(refs('Godkjenning av referat fra forrige møte.', '2022-09-14', 'NUFA')).toEqual([]);
  });

  it.each([
    ['Oppdatert forslag vil legges frem for Nasjonalt e-helseråd for tilslutning den 2. desember 2022.', '2022-12-02'],
    ['Strategien legges frem for Nasjonalt e-helseråd den 2. desember.', '2022-12-02'],
    ['Saken skal behandles i NUFA 14.03.2023.', '2023-03-14'],
    ['Planen fremlegges for e-helserådet 7. juni 2023 for tilslutning.', '2023-06-07'],
  ])('planned, dated: %s', (text, date) => {
    expect(refs(text)[0]).toMatchObject({ direction: 'later', date });
  });

  it('a yearless planned date before the document month falls in the next year', () => {
    expect(refs('Forslaget legges frem for NUFA den 12. januar.', '2022-11-30')[0]).toMatchObject({
      date: '2023-01-12',
      direction: 'later',
    });
  });

  it.each([
    ['Forslaget ble presentert i Nasjonalt e-helsestyre 14.03.2018.', 'EHELSESTYRE', '2018-03-14'],
    ['Utkastet ble drøftet i NUFA 19. mai.', 'NUFA', '2022-05-19'],
    ['I møtet 2. juni 2021 ble saken drøftet i Prioriteringsutvalget.', 'NUIT', '2021-06-02'],
  ])('past, dated: %s', (text, committee, date) => {
    expect(refs(text)).toEqual([{ kind: 'meeting-reference', committee, direction: 'earlier', date }]);
  });

  it('reads a meeting number', () => {
    expect(refs('Saken ble behandlet i NUFA i møtet 3/2022.')).toEqual([
      { kind: 'meeting-reference', committee: 'NUFA', direction: 'earlier', meetingNumber: '3/2022' },
    ]);
    expect(refs('Saken skal tas opp i Nasjonalt e-helseråd, møte nr. 4/2023.')[0]).toMatchObject({
      committee: 'EHELSERAD',
      meetingNumber: '4/2023',
      direction: 'later',
    });
  });

  it('names a committee by its older name', () => {
    expect(refs('Saken ble drøftet i Nasjonalt utvalg for IKT-prioritering i forrige møte.')[0]).toMatchObject({
      committee: 'NUIT',
      relative: 'previous',
    });
  });

  it('leaves sentences with a case number to the citation reader', () => {
    expect(refs('NUIT har tidligere drøftet arbeidet med planen, 19. mai (sak 28/22).')).toEqual([]);
    expect(refs('NUFA behandlet sak 36/21 i forrige møte.')).toEqual([]);
  });

  it('needs a treatment verb and a time cue', () => {
    expect(refs('NUIT anbefaler fremlagte forslag til tiltak 2023 for Nasjonalt e-helseråd.')).toEqual([]);
    expect(refs('Arbeidet med utredningen skal drøftes også i Nasjonalt e-helseråd og NUFA.')).toEqual([]);
    expect(refs('Direktoratet for e-helse sendte 31. mai 2022 forslaget på høring.')).toEqual([]);
    expect(refs('Godkjenning av referatet fra NUIT 19. mai 2022.')).toEqual([]);
  });

  it('keeps the sentence as context and the paragraph span', () => {
    const [r] = read('Innledning her. Tiltakene ble drøftet i forrige NUIT. Mer tekst.').refs;
    expect(r!.context).toBe('Tiltakene ble drøftet i forrige NUIT.');
    expect(r!.span).toEqual(sp);
  });

  it('never guesses a year when the document has no date, and says so', () => {
    for (const text of [
      'Saken ble drøftet i NUFA i mai-møtet.',
      'Strategien legges frem for Nasjonalt e-helseråd den 2. desember.',
      'Tiltak for 2023 ble drøftet i forrige NUIT.',
    ]) {
      const res = read(text, null);
      expect(res.refs).toHaveLength(1);
      expect(res.refs[0]!.date ?? res.refs[0]!.month).toBeUndefined();
      expect(res.warnings).toHaveLength(1);
      expect(res.warnings[0]!.line).toBe(10);
      expect(res.warnings[0]!.message).toMatch(/no date/);
    }
    // A date with its year needs no document date.
    const dated = read('Forslaget ble presentert i NUFA 14.03.2018.', null);
    expect(dated.refs[0]!.date).toBe('2018-03-14');
    expect(dated.warnings).toEqual([]);
  });
});
