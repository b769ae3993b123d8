import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.js';
import { speakerOf } from './speakers.js';

const gaz = Gazetteer.load();
const ids = (s: string) => speakerOf(gaz, s)?.actors.map((a) => a.id);

describe('who said what in a sentence of minutes', () => {
  it.each([
    ['Fra Helse Vest ble det understreket at sykehusene trenger en plan.', ['helse-vest']],
    ['Representanten for kommunene mente at fristen er for kort.', ['kommunene']],
    ['KS og Legeforeningen var enige om at fastlegene må involveres.', ['ks', 'legeforeningen']],
    ['Helse Midt-Norge meinte at erfaringane må takast med.', ['helse-midt']],
    ['Helse Sør-Øst: Handlingsplanen må vise finansieringen.', ['helse-sor-ost']],
    ['Stig Slørdahl fra Helse Midt-Norge RHF påpekte at søket er tregt.', ['helse-midt']],
    ['Helse Bergen HF fremhevet at ingen har ansvaret.', ['helse-bergen-hf']],
  ])('%s', (sentence, want) => {
    expect(ids(sentence)).toEqual(want);
  });

  it('leaves an anonymous point without a speaker and invents none', () => {
    expect(speakerOf(gaz, 'Det vart peika på at porteføljen manglar ei oversikt.')).toMatchObject({
      actors: [],
      anonymous: true,
    });
    expect(speakerOf(gaz, 'Det ble også stilt spørsmål ved om Statens legemiddelverk har ressurser.')?.actors).toEqual(
      [],
    );
    expect(speakerOf(gaz, 'Innkallingen ble godkjent.')).toBeUndefined();
  });

  it('marks replies', () => {
    expect(speakerOf(gaz, 'Til dette svarte Direktoratet for e-helse at to tiltak gjelder kommunene.')).toMatchObject({
      reply: 'always',
    });
    expect(speakerOf(gaz, 'Direktoratet for e-helse svara at finansieringa skal avklarast.')?.reply).toBe('always');
  });
});
