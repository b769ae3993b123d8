import { describe, expect, it } from 'vitest';
import { announcement, neighbourInDirection } from './canvasKeyboard.js';
import { canvasSummary, type DrawnNode } from './canvasSummary.js';

const n = (id: string, x: number, y: number, kind = 'Case', degree = 1): DrawnNode => ({
  id,
  kind,
  label: id,
  degree,
  x,
  y,
});
const around = [n('right', 100, 5), n('up', 3, -80), n('left', -50, 0), n('downRight', 60, 70), n('farRight', 300, 0)];

describe('neighbourInDirection', () => {
  it('picks the neighbour with the smallest angle to the arrow', () => {
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'ArrowRight')?.id).toBe('right');
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'ArrowUp')?.id).toBe('up');
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'ArrowLeft')?.id).toBe('left');
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'ArrowDown')?.id).toBe('downRight');
  });
  it('prefers the nearer of two neighbours at about the same angle', () => {
    expect(neighbourInDirection({ x: 0, y: 0 }, [n('far', 300, 0), n('near', 100, 2)], 'ArrowRight')?.id).toBe('near');
  });
  it('finds nothing when no neighbour lies that way, and skips nodes without a position', () => {
    expect(neighbourInDirection({ x: 0, y: 0 }, [n('left', -50, 0)], 'ArrowRight')).toBeUndefined();
    expect(
      neighbourInDirection({ x: 0, y: 0 }, [{ id: 'x', kind: 'Case', label: 'x', degree: 1 }], 'ArrowRight'),
    ).toBeUndefined();
  });
});

describe('announcement and summary', () => {
  it('announces kind, name and degree', () => {
    expect(announcement(n('NUIT 2022-09-14', 0, 0, 'Meeting', 12), '{kind}: {name}, {degree} koblinger', 'Møte')).toBe(
      'Møte: NUIT 2022-09-14, 12 koblinger',
    );
  });
  it('counts kinds largest first and names the best-connected nodes', () => {
    const nodes = [
      n('NUIT', 0, 0, 'Committee', 14),
      n('m1', 0, 0, 'Meeting', 3),
      n('m2', 0, 0, 'Meeting', 2),
      n('c1', 0, 0, 'Case', 0),
    ];
    const text = canvasSummary(
      nodes,
      19,
      { summary: '{n} noder: {kinds}.', top: 'Mest koblet: {top}.', edges: '{n} koblinger.' },
      (k, c) => `${c} ${k}`,
      'nb-NO',
    );
    expect(text).toBe('4 noder: 2 Meeting, 1 Case, 1 Committee. 19 koblinger. Mest koblet: NUIT (14), m1 (3), m2 (2).');
    expect(canvasSummary([], 0, { summary: '', top: '', edges: '' }, String, 'nb-NO')).toBe('');
  });
});
