import { describe, expect, it } from 'vitest';
import { joinWrapped, toLines } from './lines.js';

describe('source lines', () => {
  it('numbers lines as in the file and flags page furniture', () => {
    const lines = toLines('Tekst\n\nside 3\nhttps://www.ehelse.no/x\n12\nMer tekst');
    expect(lines.map((l) => [l.no, l.furniture])).toEqual([
      [1, false],
      [2, false],
      [3, true],
      [4, true],
      [5, true],
      [6, false],
    ]);
  });

  it('keeps numbering when a form feed separates pages', () => {
    expect(toLines('a\n\fb\nc').map((l) => `${l.no}:${l.text}`)).toEqual(['1:a', '2:b', '3:c']);
  });

  it('joins words broken across lines', () => {
    expect(joinWrapped(['Direktoratet for e-', 'helse orienterte'])).toBe('Direktoratet for e-helse orienterte');
    expect(joinWrapped(['EHDS-', 'forordningen'])).toBe('EHDS-forordningen');
    expect(joinWrapped(['informa-', 'sjonsflyt'])).toBe('informasjonsflyt');
    expect(joinWrapped(['helse- og', 'omsorgssektoren'])).toBe('helse- og omsorgssektoren');
  });

  it('judges a broken word by its own letters, whatever space precedes it and however long the text', () => {
    const long = Array.from({ length: 400 }, (_, i) => `linje ${i} med tekst`);
    expect(joinWrapped([...long, 'Se\u00a0e-', 'helse', 'og\tinforma-', 'sjon', 'i 2022-', 'utgaven'])).toBe(
      `${long.join(' ')} Se e-helse og informasjon i 2022-utgaven`,
    );
  });
});
