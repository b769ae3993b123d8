import { describe, expect, it } from 'vitest';
import { CELL_GAP_EM, layoutPage, type TextPiece } from './pdfLayout.js';

/*
 * Synthetic pdf.js text items: a run of text at (x, y) with a width of half the font height per
 * character, as a proportional font averages. Real PDFs of the forms are read in
 * tests/unit/formsQuality.test.ts.
 */
const H = 10;
const piece = (str: string, x: number, y: number, h = H): TextPiece => ({
  str,
  x,
  y,
  width: str.length * 0.5 * h,
  height: h,
});
/** A table row: cells at the given column starts; a cell given as lines wraps, one line every `pitch` below. */
function row(y: number, starts: number[], cells: (string | string[])[], pitch = 11.6): TextPiece[] {
  return cells.flatMap((c, i) => (Array.isArray(c) ? c : [c]).map((t, k) => piece(t, starts[i]!, y - k * pitch)));
}
const cols = [60, 160, 300];

describe('layoutPage: lines and table cells from text positions', () => {
  it('reads paragraph lines top to bottom as they are, whatever the drawing order', () => {
    const lines = [
      piece('Direktoratet for e-helse orienterte om status.', 57, 700),
      piece('Det ble påpekt at', 57, 688.4),
    ];
    expect(layoutPage(lines)).toEqual(['Direktoratet for e-helse orienterte om status.', 'Det ble påpekt at']);
    expect(layoutPage([...lines].reverse())).toEqual(layoutPage(lines));
  });

  it('joins runs of one line with a space at a word gap and without one where a word was cut', () => {
    const a = piece('Helse', 57, 700);
    const b = piece('Vest', a.x + a.width + 3, 700);
    const c = piece('RHF', b.x + b.width + 0.2, 700);
    expect(layoutPage([a, b, c])).toEqual(['Helse VestRHF']);
  });

  it('writes a gap wider than about two spaces of the font as a tab, relative to the font size', () => {
    const label = piece('Referent:', 57, 700);
    const gap = CELL_GAP_EM * H + 1;
    expect(layoutPage([label, piece('Karen Lima', label.x + label.width + gap, 700)])).toEqual([
      'Referent:\tKaren Lima',
    ]);
    // The same gap in a font twice as large is a word space.
    const big = piece('Referent:', 57, 700, 2 * H);
    expect(layoutPage([big, piece('Karen Lima', big.x + big.width + gap, 700, 2 * H)])).toEqual([
      'Referent: Karen Lima',
    ]);
  });

  it('reads a table of single-line rows as one line per row, the header too', () => {
    const pieces = [
      ...row(700, cols, ['Navn', 'Organisasjon', 'Rolle']),
      ...row(680, cols, ['Kari Nordlie', 'Helse Bergen HF', 'Medlem']),
      ...row(660, cols, ['Ola Jøsendal', 'Helse Vest RHF', 'Leder']),
    ];
    expect(layoutPage(pieces)).toEqual([
      'Navn\tOrganisasjon\tRolle',
      'Kari Nordlie\tHelse Bergen HF\tMedlem',
      'Ola Jøsendal\tHelse Vest RHF\tLeder',
    ]);
  });

  it('puts a wrapped cell back together when the row’s other cells are centred on it', () => {
    // Cells centred vertically: the one-line cells sit half a line below the wrapped cell's first line.
    const pieces = [
      ...row(700, [60, 100, 160, 380], ['Tid', 'Sak', 'Tema', 'Behandling']),
      ...row(665.8, [60, 100, 380], ['09:20', 'NUIT 10/24', 'Orientering']),
      ...row(671.6, [160], [['Porteføljestyring – rapport for', 'første kvartal']]),
      ...row(630, [60, 100, 160, 380], ['10:15', 'NUIT 11/24', 'Prioritering 2025', 'Drøfting']),
    ];
    expect(layoutPage(pieces)).toEqual([
      'Tid\tSak\tTema\tBehandling',
      '09:20\tNUIT 10/24\tPorteføljestyring – rapport for første kvartal\tOrientering',
      '10:15\tNUIT 11/24\tPrioritering 2025\tDrøfting',
    ]);
  });

  it('keeps the first cell’s wrapped line in its row, and joins a word cut at a hyphen without a space', () => {
    const pieces = [
      ...row(700, cols, ['Tiltak', 'Ansvarlig', 'Frist']),
      ...row(
        668,
        [60, 160],
        [
          ['Lage oversikt over', 'kommunene'],
          ['Direktoratet for e-', 'helse'],
        ],
      ),
      ...row(662.2, [300], ['1. mai']),
      ...row(630, cols, ['Invitere fastleger', 'KS', '15. april']),
    ];
    expect(layoutPage(pieces)).toEqual([
      'Tiltak\tAnsvarlig\tFrist',
      'Lage oversikt over kommunene\tDirektoratet for e-helse\t1. mai',
      'Invitere fastleger\tKS\t15. april',
    ]);
  });

  it('tells rows apart in a tight table, where rows follow at the pitch of a cell’s lines', () => {
    const pieces = [
      ...row(700, cols, ['Navn', 'Organisasjon', 'Rolle']),
      ...row(688, cols, [['Ann-Kristin', 'Smilden'], 'Bærum kommune', 'Medlem']),
      ...row(664, cols, ['Morten Dahl', 'Stavanger kommune', 'Medlem']),
    ];
    // Every step is 12 points, one line: the second line of "Ann-Kristin Smilden" opens no row, the
    // next line with its first column and more is the next row.
    const tight = pieces.map((p) => (p.str === 'Smilden' ? { ...p, y: 676 } : p));
    expect(layoutPage(tight)).toEqual([
      'Navn\tOrganisasjon\tRolle',
      'Ann-Kristin Smilden\tBærum kommune\tMedlem',
      'Morten Dahl\tStavanger kommune\tMedlem',
    ]);
  });

  it('ends a table at a line wider than its columns and keeps the paragraph break before it', () => {
    const pieces = [
      ...row(700, cols, ['Navn', 'Organisasjon', 'Rolle']),
      ...row(680, cols, ['Kari Nordlie', 'Helse Bergen HF', 'Medlem']),
      piece('Sak 05/23 Godkjenning av innkalling og dagsorden', 57, 640),
      piece('Innkalling og dagsorden ble godkjent uten merknader, og', 57, 628.4),
      piece('referatet ble godkjent.', 57, 616.8),
      piece('Vedtak: Godkjent.', 57, 590),
    ];
    expect(layoutPage(pieces)).toEqual([
      'Navn\tOrganisasjon\tRolle',
      'Kari Nordlie\tHelse Bergen HF\tMedlem',
      '',
      'Sak 05/23 Godkjenning av innkalling og dagsorden',
      'Innkalling og dagsorden ble godkjent uten merknader, og',
      'referatet ble godkjent.',
      '',
      'Vedtak: Godkjent.',
    ]);
  });

  it('leaves an interior empty cell empty, so later cells keep their column', () => {
    const pieces = [
      ...row(700, cols, ['Navn', 'Organisasjon', 'Rolle']),
      ...row(680, [60, 300], ['Karen Lima', 'Referent']),
      ...row(660, cols, ['Kari Nordlie', 'Helse Bergen HF', 'Medlem']),
    ];
    expect(layoutPage(pieces)[1]).toBe('Karen Lima\t\tReferent');
  });

  it('reads a line of widely spaced single words (justified, letter-spaced) as words, not cells', () => {
    const words = 'Det ble påpekt at finansieringen av driften fortsatt er uavklart'.split(' ');
    let x = 57;
    const pieces = words.map((w) => {
      const p = piece(w, x, 700);
      x += p.width + 0.8 * H;
      return p;
    });
    expect(layoutPage(pieces)).toEqual([words.join(' ')]);
  });

  it('cuts a run with a wide run of spaces inside it into cells', () => {
    expect(layoutPage([piece('Dato: 7. juni 2023      Sted: Oslo', 57, 700)])).toEqual([
      'Dato: 7. juni 2023\tSted: Oslo',
    ]);
  });
});
