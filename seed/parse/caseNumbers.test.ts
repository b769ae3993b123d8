import { describe, expect, it } from 'vitest';
import { caseHeading, caseNumbersIn } from './caseNumbers.js';

describe('case numbers in every common form', () => {
  it.each([
    ['Sak 14/23 Godkjenning', '14/23', 'Godkjenning'],
    ['Sak 15-23 Nasjonal e-helsestrategi', '15/23', 'Nasjonal e-helsestrategi'],
    ['Sak 2023/12 Porteføljestatus', '12/23', 'Porteføljestatus'],
    ['Sak 2023-014 Velferdsteknologi', '14/23', 'Velferdsteknologi'],
    ['NUIT 10/24 Porteføljestyring', '10/24', 'Porteføljestyring'],
    ['09:20 | NUIT 10/24 | Porteføljestyring | Orientering', '10/24', 'Porteføljestyring Orientering'],
    ['37/22 Plan for neste år', '37/22', 'Plan for neste år'],
  ])('%s', (line, number, rest) => {
    const h = caseHeading(line);
    expect(h?.number).toBe(number);
    expect(h?.rest).toBe(rest);
  });

  it('reads the time a row opens with', () => {
    expect(caseHeading('09:20 | NUIT 10/24 | Porteføljestyring')?.time).toBe('09:20');
  });

  it('does not take a date, a meeting number or a range for a case heading', () => {
    expect(caseHeading('2023-05-10 møtet ble holdt')).toBeUndefined();
    expect(caseHeading('Møte 2/2023')).toBeUndefined();
    expect(caseHeading('10-15 minutter hver')).toBeUndefined();
  });

  it('finds references in running text with their series', () => {
    const text = 'drøfta i sak 2023/08 og i sak 09-23, jf. NUIT 04/24';
    expect(caseNumbersIn(text).map((r) => [r.number, r.series, text.slice(r.index, r.index + 4)])).toEqual([
      ['8/23', undefined, 'sak '],
      ['9/23', undefined, 'sak '],
      ['4/24', 'NUIT', 'NUIT'],
    ]);
  });
});
