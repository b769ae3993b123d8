/**
 * Lines and table cells of a PDF page rebuilt from where its text is drawn. A PDF has no lines or
 * tables, only runs of text at positions; read in drawing order, a table's cells come out joined by
 * single spaces and a cell that wraps is cut into lines of its own, so "09:20 NUIT 10/24 Porte…"
 * reads as one sentence. Here pieces are grouped into lines by their baseline, a gap wider than
 * about two spaces of the font separates cells (written as a tab, the cell separator the parsers
 * read), and runs of such lines whose cells stand in the same columns are read as a table: each
 * row's wrapped cell lines are put back into their cells, one output line per row. Everything is
 * decided by geometry, relative to the font size, never by the words.
 */

/** One run of text as pdf.js reports it: baseline origin, advance width and font height, in points. */
export interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A gap wider than this (in font heights) separates cells: about two spaces of a text font (a space is 0.25–0.32 em). */
export const CELL_GAP_EM = 0.5;
/**
 * A line of more "cells" than this, most of them one or two words, is spaced-out text (justified
 * or letter-spaced), not cells.
 */
const SPACED_WORDS = 6;
/** A gap wider than this is a word space when neither side brings its own. */
const WORD_GAP_EM = 0.12;
/** Baselines closer than this (in font heights) are one line (sub- and superscripts stay on it). */
const SAME_LINE_EM = 0.4;
/** Lines of one table cell, or of one paragraph, follow each other at most this far apart. */
const WRAP_PITCH_EM = 1.5;
/** A line with more cells than this is no table row (and is not worth a column search). */
const MAX_CELLS = 40;

interface Cell {
  text: string;
  x0: number;
  x1: number;
}

interface Line {
  y: number;
  /** The font height of the line's largest piece. */
  h: number;
  cells: Cell[];
}

const heightOf = (p: TextPiece) => (p.height > 0 ? p.height : 10);

/** A piece whose text holds a run of three or more spaces is cut there, each part placed by its share of the width. */
function splitSpaced(p: TextPiece): TextPiece[] {
  if (!/\S {3,}\S/.test(p.str)) return [p];
  const per = p.str.length ? p.width / p.str.length : 0;
  const out: TextPiece[] = [];
  for (const m of p.str.matchAll(/\S+(?: {1,2}\S+)*/g))
    out.push({ ...p, str: m[0], x: p.x + m.index * per, width: m[0].length * per });
  return out;
}

/** Joins the pieces of one line, left to right, into cells split at gaps wider than `gapEm`. */
function cellsOf(pieces: TextPiece[], gapEm: number): Cell[] {
  const cells: Cell[] = [];
  let cur: Cell | undefined;
  for (const p of pieces) {
    const h = heightOf(p);
    const gap = cur ? p.x - cur.x1 : 0;
    if (!cur || gap > gapEm * h) {
      cur = { text: p.str, x0: p.x, x1: p.x + p.width };
      cells.push(cur);
      continue;
    }
    const spaced = /\s$/.test(cur.text) || /^\s/.test(p.str);
    cur.text += gap > WORD_GAP_EM * h && !spaced ? ` ${p.str}` : p.str;
    cur.x1 = Math.max(cur.x1, p.x + p.width);
  }
  for (const c of cells) c.text = c.text.replace(/\s+/g, ' ').trim();
  return cells.filter((c) => c.text);
}

/** Pieces grouped into lines by baseline, top of the page first. */
function linesOf(pieces: TextPiece[]): Line[] {
  const sorted = pieces
    .flatMap(splitSpaced)
    .filter((p) => p.str.trim() && Number.isFinite(p.x) && Number.isFinite(p.y))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextPiece[][] = [];
  let group: TextPiece[] = [];
  let y = 0;
  for (const p of sorted) {
    if (group.length && Math.abs(p.y - y) > SAME_LINE_EM * Math.min(heightOf(p), heightOf(group[0]!))) {
      groups.push(group);
      group = [];
    }
    if (!group.length) y = p.y;
    group.push(p);
  }
  if (group.length) groups.push(group);
  return groups.map((g) => {
    const row = g.sort((a, b) => a.x - b.x);
    const cells = cellsOf(row, CELL_GAP_EM);
    return {
      y: g[0]!.y,
      h: Math.max(...g.map(heightOf)),
      cells: cells.length > MAX_CELLS ? cellsOf(row, Infinity) : cells,
    };
  });
}

/**
 * The x-extents a table's lines cover, merged: the gaps between them are its column gutters. A
 * cell that would bridge a gutter (it overlaps two covered extents) does not fit the table.
 */
class Columns {
  private spans: [number, number][] = [];

  fits(cells: Cell[]): boolean {
    return cells.every((c) => this.spans.filter(([a, b]) => c.x0 < b && c.x1 > a).length <= 1);
  }

  add(cells: Cell[]): void {
    for (const c of cells) {
      const over = this.spans.filter(([a, b]) => c.x0 < b && c.x1 > a);
      const rest = this.spans.filter((s) => !over.includes(s));
      const a = Math.min(c.x0, ...over.map((s) => s[0]));
      const b = Math.max(c.x1, ...over.map((s) => s[1]));
      this.spans = [...rest, [a, b] as [number, number]].sort((p, q) => p[0] - q[0]);
    }
  }

  indexOf(c: Cell): number {
    const i = this.spans.findIndex(([a, b]) => c.x0 < b && c.x1 > a);
    return i < 0 ? this.spans.length : i;
  }

  get count(): number {
    return this.spans.length;
  }
}

/** Joins the lines of a wrapped cell; a line ending in a hyphen runs on without a space ("IKT-" + "investeringar"). */
const joinWrapped = (parts: string[]) =>
  parts.reduce((acc, p) => (!acc ? p : /\p{L}-$/u.test(acc) ? `${acc}${p}` : `${acc} ${p}`), '');

const close = (a: Line, b: Line) => Math.abs(a.y - b.y) <= WRAP_PITCH_EM * Math.max(a.h, b.h);

/**
 * A table: consecutive lines fitting one set of columns, of which one has several cells and
 * either another has several too or a cell of it wraps (three lines or more). A line of one cell
 * belongs to it only at wrap distance from a neighbour that fits too (a wrapped cell's other line,
 * or the cell beside it); anything wider than its column (a paragraph, a heading) ends it.
 */
function tableAt(lines: Line[], start: number): { end: number; columns: Columns } | undefined {
  if (lines[start]!.cells.length < 2) return undefined;
  const columns = new Columns();
  columns.add(lines[start]!.cells);
  let end = start + 1;
  let multi = 1;
  for (; end < lines.length; end++) {
    const l = lines[end]!;
    if (!columns.fits(l.cells)) break;
    if (l.cells.length < 2) {
      const next = lines[end + 1];
      const wrapsNext = next && close(l, next) && columns.fits(next.cells);
      if (!close(lines[end - 1]!, l) && !wrapsNext) break;
    } else multi++;
    columns.add(l.cells);
  }
  return multi >= 2 || end - start >= 3 ? { end, columns } : undefined;
}

/**
 * One output line per row of the table: its cells in column order, separated by tabs. Rows are
 * told apart by their vertical steps. Where rows are spaced wider than the lines inside a cell
 * (cell padding), a wide step opens a row. In a tight table all steps are alike, and a row opens
 * where a line of several cells takes up the first column again a full line below.
 */
function tableRows(lines: Line[], columns: Columns): string[] {
  const steps = lines.slice(1).map((l, i) => ({ dy: lines[i]!.y - l.y, h: Math.max(l.h, lines[i]!.h) }));
  const full = steps.filter((s) => s.dy >= 0.9 * s.h).map((s) => s.dy);
  const pitch = full.length ? Math.min(...full) : undefined;
  const padded = pitch !== undefined && full.some((d) => d > 1.3 * pitch);
  const firstColumn = (x: Line) => x.cells.some((c) => columns.indexOf(c) === 0);
  const rows: Line[][] = [];
  for (const l of lines) {
    const row = rows[rows.length - 1];
    const prev = row?.[row.length - 1];
    const dy = prev ? prev.y - l.y : Infinity;
    // A wrapped cell's first line drawn above its row's middle (cells centred vertically) opens
    // the row, and the row's other cells join it.
    const opens =
      !row ||
      (padded
        ? dy > 1.3 * pitch!
        : !close(prev!, l) ||
          (dy >= 0.9 * Math.max(l.h, prev!.h) && l.cells.length >= 2 && firstColumn(l) && row.some(firstColumn)));
    if (opens) rows.push([l]);
    else row.push(l);
  }
  return rows.map((row) => {
    const parts: string[][] = Array.from({ length: columns.count }, () => []);
    for (const l of row) for (const c of l.cells) parts[Math.min(columns.indexOf(c), columns.count - 1)]!.push(c.text);
    const cells = parts.map(joinWrapped);
    while (cells.length && !cells[cells.length - 1]) cells.pop();
    return cells.join('\t');
  });
}

const spacedWords = (cells: Cell[]) =>
  cells.length > SPACED_WORDS && cells.filter((c) => c.text.split(' ').length <= 2).length * 2 > cells.length;

/** The vertical distance of wrapped lines on the page: the shortest baseline step that recurs. */
function linePitch(lines: Line[]): number | undefined {
  const steps = lines
    .slice(1)
    .map((l, i) => lines[i]!.y - l.y)
    .filter((d, i) => d >= 0.9 * Math.max(lines[i]!.h, lines[i + 1]!.h))
    .sort((a, b) => a - b);
  return steps.length ? steps[Math.floor(steps.length * 0.1)] : undefined;
}

/**
 * The text lines of one page, top to bottom. A blank line stands where the vertical gap is
 * clearly wider than the page's line pitch (a new paragraph), as a text file would have it.
 */
export function layoutPage(pieces: TextPiece[]): string[] {
  const lines = linesOf(pieces);
  const pitch = linePitch(lines);
  const out: string[] = [];
  let prev: Line | undefined;
  const emit = (text: string, first: Line, last: Line) => {
    if (prev && pitch && prev.y - first.y > 1.4 * pitch && out.length && out[out.length - 1] !== '') out.push('');
    out.push(text);
    prev = last;
  };
  for (let i = 0; i < lines.length;) {
    const table = tableAt(lines, i);
    if (table) {
      const block = lines.slice(i, table.end);
      const rows = tableRows(block, table.columns);
      emit(rows[0]!, block[0]!, block[0]!);
      for (const r of rows.slice(1)) out.push(r);
      prev = block[block.length - 1];
      i = table.end;
      continue;
    }
    const l = lines[i]!;
    emit(l.cells.map((c) => c.text).join(spacedWords(l.cells) ? ' ' : '\t'), l, l);
    i++;
  }
  return out;
}
