import { describe, expect, it } from 'vitest';
import { titleContinues } from './cases.js';
import { Gazetteer } from './gazetteer.js';
import { parseText } from './parseFile.js';

const gaz = Gazetteer.load();
const minutes = (body: string) =>
  parseText(gaz, `Referat fra møte i NUFA\nDato: 14. juni 2023\n\n${body}`).documents[0]!.cases;

describe('a case title', () => {
  it.each([
    ['Legemiddelgrunndata –', 'veien videre', true],
    ['Status for arbeidet med', 'Helseplattformen', true],
    ['Nasjonal kjernejournal og', 'pasientens legemiddelliste', true],
    ['Digital hjemmeoppfølging i', 'kommunene (2023–2025)', true],
    ['Nasjonal kjernejournal', 'videreutvikling i 2024', true],
    ['Eventuelt', 'Ingen saker.', false],
    ['Godkjenning av innkalling', 'Innkallingen ble godkjent.', false],
    ['Prioritering av tiltak i 2024', 'Saka vart drøfta i NUIT i sak 2023/08. Helse Nord peika på det.', false],
    ['Godkjenning av referatet', 'fra NUFA 27. – 28. april 2022', true],
    ['Velferdsteknologi i hjemmetjenesten', 'Helse Bergen HF fremhevet at sykehuset mottar data', false],
    ['Helsedataprogrammet – status', 'saken ble utsatt fra møtet 8. juni 2023.', false],
  ])('%j continued by %j: %s', (sofar, next, expected) => {
    expect(titleContinues(sofar, next)).toBe(expected);
  });

  it('stops before the case text when minutes start it on the next line', () => {
    const cases = minutes(
      [
        'Sak 2023-013 Godkjenning av innkalling',
        'Innkallingen ble godkjent.',
        '',
        'Sak 2023-014 Legemiddelgrunndata –',
        'veien videre',
        'Apotekforeningen påpekte at grunndata må oppdateres daglig.',
        '',
        'Sak 2023-015 Eventuelt',
        'Ingen saker.',
      ].join('\n'),
    );
    expect(cases.map((c) => c.title)).toEqual([
      'Godkjenning av innkalling',
      'Legemiddelgrunndata – veien videre',
      'Eventuelt',
    ]);
    expect(cases[1]!.statements.map((s) => s.text)).toEqual([
      'Apotekforeningen påpekte at grunndata må oppdateres daglig.',
    ]);
  });

  it('reads a short case text as text: a case put off to the next meeting is planned there', () => {
    const [c] = minutes('Sak 15/23 Informasjonssikkerhet i kommunene\nSaken ble utsatt til neste møte.');
    expect(c!.title).toBe('Informasjonssikkerhet i kommunene');
    expect(c!.citations).toContainEqual(
      expect.objectContaining({ kind: 'meeting-reference', relative: 'next', direction: 'later' }),
    );
  });

  it('keeps the short wrapped rows of an agenda table as rows', () => {
    const cases = parseText(
      gaz,
      'Møteinnkalling NUIT\nDato: 14. september 2022\n\nSak Tema\n37/22 Plan for\nlegemiddelområdet 12:15 Drøfting\n38/22 Eventuelt',
    ).documents[0]!.cases;
    expect(cases.map((c) => `${c.number} ${c.title}`)).toEqual(['37/22 Plan for legemiddelområdet', '38/22 Eventuelt']);
  });
});
