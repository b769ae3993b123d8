import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.js';
import { parseText } from './parseFile.js';
import { isScheduleBreak } from './schedule.js';

const gaz = Gazetteer.load();
const cases = (body: string) =>
  parseText(gaz, `Referat fra møte i NUFA\nDato: 14. juni 2023\n\n${body}`).documents[0]!.cases;

describe('a line of the running order', () => {
  it.each([
    ['Slutt dag 1', true],
    ['Lunsj 11:30', true],
    ['Pause', true],
    ['Torsdag 1. september 2022', true],
    ['Slutt på ordningen med papirresepter.', false],
    ['Pause i arbeidet med grunndata er ikke ønskelig, og NUFA ber om fremdrift i saken', false],
  ])('%j: %s', (line, expected) => {
    expect(isScheduleBreak(line)).toBe(expected);
  });

  it('ends the decision before it, in minutes of a two-day meeting', () => {
    const [first, second] = cases(
      [
        'Sak 29/23 Nasjonal e-helsestrategi – målindikatorer',
        'Direktoratet orienterte om målindikatorene.',
        'Vedtak:',
        'NUFA drøftet målindikatorer og ba direktoratet ta med innspill fra møtet i det',
        'videre arbeidet.',
        '',
        'Slutt dag 1',
        '',
        'Sak 30/23 Fagdag om digital hjemmeoppfølging',
        'Vedtak:',
        'NUFA tok saken til orientering.',
        'Slutt dag 2',
      ].join('\n'),
    );
    expect(first?.decision).toBe(
      'NUFA drøftet målindikatorer og ba direktoratet ta med innspill fra møtet i det videre arbeidet.',
    );
    expect(second?.decision).toBe('NUFA tok saken til orientering.');
  });
});
