import { describe, expect, it } from 'vitest';
import { splitRow } from './caseTypes.js';
import { Gazetteer } from './gazetteer.js';
import { NoDocumentError, parseText } from './parseFile.js';

const gaz = Gazetteer.load();
const doc = (text: string) => parseText(gaz, text).documents[0]!;
const cases = (text: string) => doc(text).cases.map((c) => `${c.number} ${c.title}${c.type ? ` [${c.type}]` : ''}`);

describe('committee by any name', () => {
  it.each([
    ['Møte i Nasjonalt e-helseråd\nDato 7. juni 2023\n\nSak Tema\n12/23 Godkjenning', 'EHELSERAD'],
    ['Innkalling til styremøte i Nasjonal IKT HF\nDato: 10.12.2015\n\nSak 38/15 Budsjett', 'NASJONAL-IKT-HF'],
    ['STYREMØTE I NASJONAL IKT HF\nDato 14.04.2016\n\nSak 3/16 Budsjett', 'NASJONAL-IKT-HF'],
    ['Referat fra møte i styringsgruppen for Nasjonal IKT\nDato: 12.12.2013\n\nSak 45/13 Godkjenning', 'NASJONAL-IKT'],
    ['Møteinnkalling\nNasjonalt utvalg for fag og arkitektur\nDato 19.11.2015\n\nSak 1/15 Godkjenning', 'NUFA'],
    ['Nasjonalt e-helsestyre\nMøte 1/2018\nDato 14.03.2018\n\nSak 2/18 Portefølje', 'EHELSESTYRE'],
  ])('%j is of %s', (text, key) => {
    expect(doc(text).committee).toBe(key);
  });

  it('takes the addressee of a memo header, not the copy or the sender', () => {
    const d = doc(
      'Til: Medlemmer av NUFA\nKopi: Nasjonalt e-helsestyre\nFra: Direktoratet for e-helse\nMøteinnkalling\nMøtetidspkt: 19. november 2015 kl. 10.00\n\nSak 01/15 Godkjenning',
    );
    expect([d.committee, d.meeting?.startDate]).toEqual(['NUFA', '2015-11-19']);
  });
});

describe('meeting dates', () => {
  const date = (header: string) => {
    const d = doc(`Møte i NUIT\n${header}\n\nSak Tema\n30/19 Godkjenning`);
    return d.meeting ? `${d.meeting.startDate}/${d.meeting.endDate}` : d.missing.join(', ');
  };
  it.each([
    ['Dato 14. mars 2019', '2019-03-14/2019-03-14'],
    ['Dato: 14.03.2019', '2019-03-14/2019-03-14'],
    ['Dato: 12.\ndesember 2019, kl 10.00', '2019-12-12/2019-12-12'],
    ['Møtetidspkt: 18. september 2019 kl. 10', '2019-09-18/2019-09-18'],
    ['Dato 27. – 28. april 2019', '2019-04-27/2019-04-28'],
    ['Møte 1/2019\nDAG 1 (14. mars) kl. 12\nDAG 2 (15. mars) kl. 8', '2019-03-14/2019-03-15'],
    ['Sted: Oslo', 'no date'],
  ])('%j → %s', (header, want) => {
    expect(date(header)).toBe(want);
  });
});

describe('case numbers in every shape', () => {
  it('reads "Sak 72/15", "72/15" and "01/15" as 72/15 and 1/15', () => {
    expect(
      cases('Møte i NUFA\nDato 19.11.2015\n\nSak Tema\nSak 72/15 Budsjett\n73/15 Strategi\n01/15 Godkjenning'),
    ).toEqual(['72/15 Budsjett', '73/15 Strategi', '1/15 Godkjenning']);
  });

  it('reads bare item numbers in a case table with the year of the meeting', () => {
    expect(
      cases(
        'STYREMØTE I NASJONAL IKT HF\nDato 14.04.2016\n\nNr Sak Sakstype\n01 Godkjenning Beslutning\n02 Årlig melding',
      ),
    ).toEqual(['1/16 Godkjenning [Beslutning]', '2/16 Årlig melding']);
  });

  it('restores a first number cut off by the text layer from the next row', () => {
    expect(cases('Møte i NUIT\nDato 14.03.2019\n\nSak Tema\n/19 Godkjenning av innkalling\n08/19 Portefølje')).toEqual([
      '7/19 Godkjenning av innkalling',
      '8/19 Portefølje',
    ]);
  });

  it('takes the year from the case numbers when the document has no date, and says the date is missing', () => {
    const d = doc('Møteinnkalling\nNUFA\nMøte 4/2016\nSted Oslo\n\nSak Tema\nSak 30/16 Godkjenning\nSak 31/16 Katalog');
    expect([d.cases.map((c) => c.number), d.meeting, d.status, d.missing]).toEqual([
      ['30/16', '31/16'],
      undefined,
      'partial',
      ['no date'],
    ]);
  });

  it('accepts case numbers longer than three digits', () => {
    expect(cases('Møte i NUIT\nDato 14.03.2019\n\nSak Tema\n1024/19 Lang nummerering')).toEqual([
      '1024/19 Lang nummerering',
    ]);
  });
});

describe('case types', () => {
  it.each([
    ['Budsjett 2016 B', 'Budsjett 2016', 'Beslutning'],
    ['Status (O)', 'Status', 'Orientering'],
    ['Strategi D', 'Strategi', 'Drøfting'],
    ['Strategi Til drøfting', 'Strategi', 'Drøfting'],
    ['Plan 10:15 Orienteringssak', 'Plan', 'Orientering'],
  ])('%j → %s [%s]', (row, title, type) => {
    const r = splitRow(row);
    expect([r.title, r.type]).toEqual([title, type]);
  });
});

describe('attendance', () => {
  it('reads a one-line "Name (Organisation) Name (Organisation)" list', () => {
    const d = doc(
      'Referat\nMøte i NUIT\nDato 11.10.2023\nTil stede: Karl Vestli (Direktoratet for e-helse) Kristin Brevik (KS) Per Olav Skjesol (Helse Midt-Norge RHF)\nForfall: Anne Slåtten (Helse Nord RHF)\n\nSak 40/23 Godkjenning',
    );
    expect(d.attendance.map((a) => `${a.person} ${a.status} ${a.org?.id}`)).toEqual([
      'Karl Vestli present ehelse',
      'Kristin Brevik present ks',
      'Per Olav Skjesol present helse-midt',
      'Anne Slåtten absent helse-nord',
    ]);
  });

  it('splits "Name, Org Name, Org" entries that a PDF ran into one line, and nothing else', () => {
    const d = doc(
      'Referat\nMøte i NUIT\nDato 11.10.2023\nDeltakere:\nStein Olav Skrøvseth, Nasjonalt senter for e-helseforskning Lars Vorland, Bergen kommune\nKari Nordlie, Helse Bergen HF Ola Dahl, Sauda kommune Liv Berg, KS\nPer Hansen, Direktoratet for e-helse, Avdeling Styring Og Forvaltning\n\nSak 40/23 Godkjenning',
    );
    expect(d.attendance.map((a) => `${a.person} | ${a.org?.name}`)).toEqual([
      'Stein Olav Skrøvseth | Nasjonalt senter for e-helseforskning',
      'Lars Vorland | Bergen kommune',
      'Kari Nordlie | Helse Bergen HF',
      'Ola Dahl | Sauda kommune',
      'Liv Berg | KS',
      // A last segment that is no "Org Name" pair stays part of the organisation text, unguessed.
      'Per Hansen | Direktoratet for e-helse, Avdeling Styring Og Forvaltning',
    ]);
  });

  it('reads a member list placed after the case table', () => {
    const d = doc(
      'STYREMØTE I NASJONAL IKT HF\nDato 14.04.2016\n\nNr Sak\n01 Godkjenning\n02 Eventuelt\n\nDeltakere\nHerlof Nilssen (Helse Vest RHF)\nThomas Bagley (Helse Sør-Øst RHF)\n',
    );
    expect([d.attendance.map((a) => `${a.person} ${a.status}`), d.cases.map((c) => c.title)]).toEqual([
      ['Herlof Nilssen member', 'Thomas Bagley member'],
      ['Godkjenning', 'Eventuelt'],
    ]);
  });
});

describe('what is not recognised', () => {
  it('keeps a text that is no committee document as a partial text document with passages', () => {
    const d = doc('Handleliste\n\nMelk og brød til helgen.\nEgg.\n\nHusk Helseplattformen-møtet.');
    expect([
      d.kind,
      d.status,
      d.missing.includes('no case table'),
      d.passages.map((p) => [p.lineStart, p.text]),
    ]).toEqual([
      'text',
      'partial',
      true,
      [
        [1, 'Handleliste'],
        [3, 'Melk og brød til helgen. Egg.'],
        [6, 'Husk Helseplattformen-møtet.'],
      ],
    ]);
  });

  it('gives passages their character offset in the file', () => {
    const text = 'Overskrift\r\n\r\n  Avsnitt to';
    const p = doc(text).passages[1]!;
    expect(text.replace(/\r\n/g, '\n').slice(p.offset, p.offset + 7)).toBe('Avsnitt');
  });

  it('refuses only a text without letters', () => {
    expect(() => parseText(gaz, ' \n\t\n')).toThrow(NoDocumentError);
    expect(() => parseText(gaz, '12 34\n')).toThrow(NoDocumentError);
  });
});
