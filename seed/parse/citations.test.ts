import { describe, expect, it } from 'vitest';
import { PREVIOUS_TABLE } from './citations.js';

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
