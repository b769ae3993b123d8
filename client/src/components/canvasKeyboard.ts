import type { DrawnNode } from './canvasSummary.js';

export type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const VECTORS: Record<Direction, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1], // screen y grows downwards
  ArrowDown: [0, 1],
};

/**
 * The neighbour nearest the arrow's direction: among the neighbours within 90° of it, the one with
 * the smallest angle to it, nearer ones first when angles tie (within ~5°). Undefined when no
 * neighbour lies that way; neighbours without a position are skipped.
 */
export function neighbourInDirection(
  from: { x: number; y: number },
  neighbours: readonly DrawnNode[],
  dir: Direction,
): DrawnNode | undefined {
  const [vx, vy] = VECTORS[dir];
  let best: { n: DrawnNode; angle: number; dist: number } | undefined;
  for (const n of neighbours) {
    if (n.x === undefined || n.y === undefined) continue;
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const angle = Math.acos(Math.max(-1, Math.min(1, (dx * vx + dy * vy) / dist)));
    if (angle >= Math.PI / 2) continue;
    const better = !best || angle < best.angle - 0.09 || (Math.abs(angle - best.angle) <= 0.09 && dist < best.dist);
    if (better) best = { n, angle, dist };
  }
  return best?.n;
}

/** What the live region says for a focused node: "Møte: NUIT 2022-09-14, 12 koblinger". */
export function announcement(n: DrawnNode, template: string, kindName: string): string {
  return template.replace('{kind}', kindName).replace('{name}', n.label).replace('{degree}', String(n.degree));
}
