import { describe, expect, it } from 'vitest';
import { toLines } from './lines.js';
import { dominantCaseYear, normaliseLines } from './normalise.js';

const texts = (s: string) =>
  normaliseLines(toLines(s))
    .filter((l) => !l.furniture && l.text.trim())
    .map((l) => l.text);

describe('normaliser', () => {
  it('re-breaks a flattened agenda (header and table on one line) before headings and case numbers', () => {
    const flat =
      '1 Møte i Nasjonalt e-helseråd Møte 3/2023 Dato 7. juni 2023 Tid Kl 10.00 Sted Oslo Sak Tema Sakstype 12/23 Godkjenning av innkalling og dagsorden Godkjenning 13/23 Referat fra forrige møte Godkjenning';
    expect(texts(flat)).toEqual([
      'Møte i Nasjonalt e-helseråd',
      'Møte 3/2023',
      'Dato 7. juni 2023',
      'Tid Kl 10.00',
      'Sted Oslo',
      'Sak Tema Sakstype',
      '12/23 Godkjenning av innkalling og dagsorden Godkjenning',
      '13/23 Referat fra forrige møte Godkjenning',
    ]);
  });

  it('keeps the file line number of every piece, and where in the line it starts', () => {
    const lines = normaliseLines(toLines('Innledning\n12/22 Første sak Drøfting 13/22 Andre sak Orientering'));
    expect(lines.map((l) => [l.no, l.col ?? 0])).toEqual([
      [1, 0],
      [2, 0],
      [2, 26],
    ]);
  });

  it('does not cut at references in running text ("i sak 45/22", "(sak 3/22)")', () => {
    const long = `${'Saken ble drøftet i sak 45/22 Helseteknologi og senere fulgt opp (sak 46/22) Videre arbeid. '.repeat(2)}`;
    expect(texts(long)).toHaveLength(1);
  });

  it('cuts "Sak 72/15" rows and "Forslag til vedtak:" in flattened case texts', () => {
    const flat =
      'Sak 14/15 Budsjett 2016 Styret får budsjettet. Forslag til vedtak: Budsjettet vedtas. Sak 15/15 Eventuelt Ingen saker er meldt til eventuelt på forhånd, men styret kan ta opp saker i møtet.';
    expect(texts(flat)).toEqual([
      'Sak 14/15 Budsjett 2016 Styret får budsjettet.',
      'Forslag til vedtak: Budsjettet vedtas.',
      'Sak 15/15 Eventuelt Ingen saker er meldt til eventuelt på forhånd, men styret kan ta opp saker i møtet.',
    ]);
  });

  it('flags page headers and footers, also when repeated with other page numbers', () => {
    const text = [
      'Nasjonal IKT HF – Styremøte 10. desember 2015 Side 1 av 3',
      'Sak 1/15 A',
      'Sideordnet tekst om side 2 av saken.',
      'Nasjonalt e-helseråd – møteinnkalling 6. mars 2024',
      'x',
      'Nasjonalt e-helseråd – møteinnkalling 6. mars 2024',
      'y',
      'Nasjonalt e-helseråd – møteinnkalling 6. mars 2024',
    ].join('\n');
    expect(texts(text)).toEqual(['Sak 1/15 A', 'Sideordnet tekst om side 2 av saken.', 'x', 'y']);
  });

  it('reads a two-column member list column by column', () => {
    const text = [
      'Medlemmer                            Observatører',
      'Ola Nordmann (Helse Vest RHF)        Kari Hansen (NAV)',
      'Per Hansen (KS)                      Eva Li (FHI)',
      'Lise Berg (Helsedirektoratet)',
      'Sekretariat: Anne Olsen (Direktoratet for e-helse)',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Medlemmer',
      'Ola Nordmann (Helse Vest RHF)',
      'Per Hansen (KS)',
      'Lise Berg (Helsedirektoratet)',
      'Observatører',
      'Kari Hansen (NAV)',
      'Eva Li (FHI)',
      'Sekretariat: Anne Olsen (Direktoratet for e-helse)',
    ]);
  });

  it('turns a wide-spaced table column into one space', () => {
    expect(texts('Sak 21/17 Nasjonal e-helsestrategi          Tilslutning')).toEqual([
      'Sak 21/17 Nasjonal e-helsestrategi Tilslutning',
    ]);
  });

  it('finds the year most case numbers carry', () => {
    expect(dominantCaseYear('12/23 a 13/23 b, jf. sak 45/22')).toBe(23);
    expect(dominantCaseYear('ingen saker')).toBeUndefined();
  });
});
