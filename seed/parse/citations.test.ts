import { describe, expect, it } from 'vitest';
import { citationsInText, PREVIOUS_TABLE } from './citations.js';
import { Gazetteer } from './gazetteer.js';

describe('the heading of a table of earlier treatments', () => {
  it.each([
    'Vedtak fra tidligere behandlinger',
    'Vedtak fra tidligere behandling',
    'Vedtak frå tidlegare handsaming',
    'Tidligere behandlinger:',
    'Tidlegare behandlingar',
    'Saksgang',
  ])('reads "%s"', (heading) => expect(PREVIOUS_TABLE.test(heading)).toBe(true));

  it('is not a sentence that merely mentions an earlier treatment', () =>
    expect(PREVIOUS_TABLE.test('Saken har tidligere vært behandlet i NUFA.')).toBe(false));
});

describe('a case put off from a meeting named without a day', () => {
  const gaz = Gazetteer.load();
  const sp = { lineStart: 1, lineEnd: 1, quote: '' };
  const from = (text: string) =>
    citationsInText(gaz, text, sp, 'NUFA', 2023)
      .filter((c) => c.kind === 'postponed-from')
      .map(({ month, relative, date }) => ({ month, relative, date }));
  it.each([
    ['Saken ble utsatt fra møtet i mars.', { month: '2023-03' }],
    ['Saka vart utsett frå møtet i november 2022.', { month: '2022-11' }],
    ['Saken ble utsatt fra marsmøtet.', { month: '2023-03' }],
    ['Saken ble utsatt fra forrige møte.', { relative: 'previous' }],
    ['Saken ble utsatt fra møtet 8. juni 2023.', { date: '2023-06-08' }],
  ])('%j', (text, want) => {
    expect(from(text)).toEqual([{ month: undefined, relative: undefined, date: undefined, ...want }]);
  });
  it('is not a case put off to a later meeting', () => expect(from('Saken ble utsatt til møtet i mars.')).toEqual([]));
});
