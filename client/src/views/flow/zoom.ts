/*
 * Zoom and pan of the flow's time span, in milliseconds. Pure: the chart, the keyboard and the
 * overview brush all go through these, so the span never leaves the flow nor shrinks below a week.
 */

const MIN_SPAN = 14 * 86_400_000;

/** Keeps [lo, hi] within the flow's span (widened a little) and at least two weeks wide. */
export function clampSpan(d: [number, number], span: [number, number]): [number, number] {
  const full = span[1] - span[0];
  const w = Math.min(Math.max(d[1] - d[0], MIN_SPAN), full);
  const lo = Math.min(Math.max(d[0], span[0]), span[1] - w);
  return [lo, lo + w];
}

/** Zooms by `factor` (< 1 zooms in) keeping the instant `at` where it is. */
export function zoomAt(d: [number, number], at: number, factor: number, span: [number, number]): [number, number] {
  return clampSpan([at - (at - d[0]) * factor, at + (d[1] - at) * factor], span);
}

export const panBy = (d: [number, number], ms: number): [number, number] => [d[0] + ms, d[1] + ms];
