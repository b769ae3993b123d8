import { describe, expect, it } from 'vitest';
import { Gazetteer, successionCycle } from './gazetteer.js';
import { toLines } from './lines.js';
import { successionsIn } from './successions.js';

const gaz = Gazetteer.load();
const read = (text: string, year?: number) =>
  successionsIn(gaz, toLines(text), year).map(({ type, predecessor, successor, date, span }) => ({
    type,
    from: predecessor.key,
    to: successor.key,
    date,
    lines: [span.lineStart, span.lineEnd],
  }));

describe('successions stated in running text', () => {
  it('reads "X overtar oppgavene til Y fra <date>" as Y succeeded by X on that date', () => {
    const text =
      'Innledning.\n\nNUIT overtar oppgavene til styringsgruppen for\nNasjonal IKT fra 1. januar 2016. Mer tekst.';
    expect(read(text)).toEqual([
      { type: 'SUCCEEDED_BY', from: 'NASJONAL-IKT', to: 'NUIT', date: '2016-01-01', lines: [3, 4] },
    ]);
  });

  it('reads a merger in the passive, between organisations', () => {
    expect(read('Direktoratet for e-helse slås sammen med Helsedirektoratet med virkning fra 1. januar 2024.')).toEqual(
      [{ type: 'MERGED_INTO', from: 'ehelse', to: 'helsedirektoratet', date: '2024-01-01', lines: [1, 1] }],
    );
  });

  it('reads "erstattes av" and "avløser", and keeps a year alone out of the date', () => {
    expect(read('Nasjonalt e-helsestyre erstattes av Nasjonalt e-helseråd i 2023.')).toEqual([
      { type: 'SUCCEEDED_BY', from: 'EHELSESTYRE', to: 'EHELSERAD', date: undefined, lines: [1, 1] },
    ]);
    expect(read('Nasjonalt e-helseråd avløste Nasjonalt e-helsestyre.')[0]).toMatchObject({
      from: 'EHELSESTYRE',
      to: 'EHELSERAD',
    });
  });

  it('needs two different known bodies around the verb', () => {
    expect(read('NUIT overtar oppgavene til arbeidsgruppen fra 1. mars 2022.')).toEqual([]);
    expect(read('Løsningen erstatter den gamle, sa NUFA.')).toEqual([]);
    expect(read('NUIT drøftet saken og NUFA ga innspill.')).toEqual([]);
  });
});

describe('a cycle in successions', () => {
  it('is found with the keys around it', () => {
    expect(
      successionCycle([
        ['A', 'B'],
        ['B', 'C'],
        ['C', 'A'],
      ]),
    ).toEqual(['A', 'B', 'C', 'A']);
    expect(
      successionCycle([
        ['A', 'B'],
        ['A', 'C'],
        ['B', 'C'],
      ]),
    ).toBeUndefined();
  });

  it('makes the registry refuse to load, naming the keys', () => {
    const committees = [
      { key: 'A', name: 'A', shortName: 'A', succeededBy: [{ key: 'B', source: 's' }] },
      { key: 'B', name: 'B', shortName: 'B', succeededBy: [{ key: 'A', source: 's' }] },
    ];
    expect(
      () =>
        new Gazetteer({
          committees,
          organizations: { organizations: [], contextualAliases: {}, roles: [] },
          topics: [],
        }),
    ).toThrow('registry: the successions form a cycle (A → B → A)');
  });
});
