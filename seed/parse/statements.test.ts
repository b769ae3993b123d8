import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.js';
import { parseStatement } from './statements.js';

const gaz = Gazetteer.load();
const span = { lineStart: 1, lineEnd: 1, quote: '' };
const ids = (s: ReturnType<typeof parseStatement>) => s?.raisers.map((r) => r.id);

describe('statement attribution', () => {
  it('attributes to the organisation that opens the statement, by any of its aliases', () => {
    expect(ids(parseStatement(gaz, 'Helse Midt RHF mener dette er riktig.', span))).toEqual(['helse-midt']);
    expect(ids(parseStatement(gaz, 'Representant fra kommunene mener det må ligge til grunn.', span))).toEqual([
      'kommunene',
    ]);
    expect(ids(parseStatement(gaz, 'Legeforeningen stilte spørsmål om tidsplanen.', span))).toEqual(['legeforeningen']);
  });

  it('never invents a speaker', () => {
    expect(ids(parseStatement(gaz, 'Det ble stilt spørsmål om EPJ-leverandører har vært involvert.', span))).toEqual(
      [],
    );
    expect(ids(parseStatement(gaz, 'FHI sitt arbeid fikk bred støtte i NUIT.', span))).toEqual([]);
    expect(ids(parseStatement(gaz, 'Standard Norge bør få en større rolle.', span))).toEqual([]);
  });

  it('splits off responses by another organisation', () => {
    const s = parseStatement(
      gaz,
      'KS ville vite hvem som følger opp. Helsedirektoratet svarte at dette må undersøkes. Det ses til England.',
      span,
    );
    expect(s?.text).toBe('KS ville vite hvem som følger opp.');
    expect(s?.responses).toEqual([
      expect.objectContaining({
        text: 'Helsedirektoratet svarte at dette må undersøkes. Det ses til England.',
        raisers: [expect.objectContaining({ id: 'helsedirektoratet' })],
      }),
    ]);
  });

  it('reads several speakers joined by "og"', () => {
    const s = parseStatement(
      gaz,
      'Helse Midt RHF uttalte at regionen har investert. Representanten fra Trondheim kommune og KS støttet dette.',
      span,
    );
    expect(s?.responses[0]?.raisers.map((r) => r.id)).toEqual(['trondheim-kommune', 'ks']);
  });
});
