import { describe, expect, it } from 'vitest';
import { groupCanvasLabel } from './groupCanvasLabel.js';

describe("a group's label on the canvas", () => {
  it('keeps the count of a long label and shortens its name', () => {
    const a = groupCanvasLabel('Helsedata og helsedataråd: 7 ønsker');
    const b = groupCanvasLabel('Helsedata og helsedataråd: 2 bekymringer');
    expect(a).toMatch(/^Helsedata og.*…: 7 ønsker$/);
    expect(b).toMatch(/…: 2 bekymringer$/);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(26);
  });

  it('leaves a short label, and a label without a count, as it is', () => {
    expect(groupCanvasLabel('KS: 4 personer')).toBe('KS: 4 personer');
    expect(groupCanvasLabel('Nasjonal e-helseportefølje og veikart')).toBe('Nasjonal e-helseportefølje og veikart');
  });
});
