import { useRef, useState, type RefObject } from 'react';
import type { GraphCanvasHandle } from './GraphCanvas.js';
import { announcement, neighbourInDirection, type Direction } from './canvasKeyboard.js';

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * Keyboard on the canvas: an arrow moves the selection to the neighbour nearest that direction,
 * Escape goes back to the node it came from; the focused node is announced (kind, name, degree).
 * Returns a key handler (true when it used the key) and the live region's text.
 */
export function useCanvasKeyboard(
  canvas: RefObject<GraphCanvasHandle | null>,
  selected: string | undefined,
  select: (id: string | undefined) => void,
  say: { template: string; kind: (k: string) => string },
) {
  const trail = useRef<string[]>([]);
  const [spoken, setSpoken] = useState('');
  const focus = (id: string | undefined) => {
    select(id);
    const n = id ? canvas.current?.drawnNodes().find((d) => d.id === id) : undefined;
    setSpoken(n ? announcement(n, say.template, say.kind(n.kind)) : '');
  };
  const onKey = (key: string): boolean => {
    const c = canvas.current;
    if (!c) return false;
    if (ARROWS.has(key)) {
      const drawn = c.drawnNodes();
      const from = drawn.find((d) => d.id === selected);
      // Nothing selected yet: the arrow starts at the best-connected node.
      if (!from || from.x === undefined || from.y === undefined) {
        const start = [...drawn].sort((a, b) => b.degree - a.degree)[0];
        if (start) focus(start.id);
        return !!start;
      }
      const near = new Set(c.neighbourIds(from.id));
      const next = neighbourInDirection(
        { x: from.x, y: from.y },
        drawn.filter((d) => near.has(d.id)),
        key as Direction,
      );
      if (next) {
        trail.current.push(from.id);
        focus(next.id);
      }
      return true;
    }
    if (key === 'Escape') {
      const back = trail.current.pop();
      focus(back);
      return true;
    }
    return false;
  };
  return { onKey, spoken };
}
