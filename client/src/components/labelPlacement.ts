/*
 * Which node labels a canvas shows: never two over each other. Labels are placed in order of
 * priority (the selected node and its neighbours first, then by degree, then by kind) and a label
 * that would cover one already placed waits until zooming in makes room (see labelScale: labels
 * keep their size on screen while the nodes spread apart).
 */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** The label's box on screen. */
  box: Box;
  degree: number;
  kind: string;
  /** The selected node and its neighbours: always labelled. */
  forced: boolean;
}

/** Which kinds are named first when two labels compete: the structure before the detail. */
const KIND_RANK: Record<string, number> = {
  Committee: 0,
  Group: 1,
  Topic: 2,
  Organization: 3,
  Meeting: 4,
  Case: 5,
  ReferencedMeeting: 6,
  Person: 7,
  ActionItem: 8,
  Statement: 9,
};
const rank = (kind: string) => KIND_RANK[kind] ?? 10;

/** Screen pixels between two labels, so that adjacent ones do not touch. */
const GAP = 2;
/** Side of a cell of the spatial grid, in screen pixels: about one label's height a few times over. */
const CELL = 64;

export const overlaps = (a: Box, b: Box, gap = 0) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

export function byPriority(a: LabelCandidate, b: LabelCandidate): number {
  return (
    Number(b.forced) - Number(a.forced) ||
    b.degree - a.degree ||
    rank(a.kind) - rank(b.kind) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The ids whose label is shown. Greedy in priority order; a grid of screen cells keeps each test to
 * the labels nearby, so a thousand labels cost milliseconds. Forced labels are shown even when they
 * meet each other (the selection's neighbours must be named); no other label covers any shown one.
 */
export function placeLabels(candidates: LabelCandidate[]): Set<string> {
  const shown = new Set<string>();
  const grid = new Map<string, Box[]>();
  const cells = (b: Box) => {
    const out: string[] = [];
    for (let x = Math.floor((b.x1 - GAP) / CELL); x <= Math.floor((b.x2 + GAP) / CELL); x++)
      for (let y = Math.floor((b.y1 - GAP) / CELL); y <= Math.floor((b.y2 + GAP) / CELL); y++) out.push(`${x},${y}`);
    return out;
  };
  for (const c of [...candidates].sort(byPriority)) {
    const at = cells(c.box);
    if (!c.forced && at.some((k) => grid.get(k)?.some((b) => overlaps(b, c.box, GAP)))) continue;
    shown.add(c.id);
    for (const k of at) {
      const list = grid.get(k);
      if (list) list.push(c.box);
      else grid.set(k, [c.box]);
    }
  }
  return shown;
}

/**
 * How much larger than its style a label is drawn at a zoom: zoomed out, labels keep their size
 * on screen (so they can be read, and fewer fit); zoomed in past 1 they grow with the graph as
 * before. In steps of a quarter octave, so a small zoom does not restyle the whole graph.
 */
export function labelScale(zoom: number): number {
  if (zoom >= 1) return 1;
  const step = Math.ceil(-Math.log2(Math.max(zoom, 1 / 16)) * 4) / 4;
  return Math.min(2 ** step, 8);
}
