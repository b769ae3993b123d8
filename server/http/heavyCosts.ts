import type { Request } from 'express';
import { NeighbourhoodQuery, PathQuery } from '../../graph/api/index.js';

/*
 * Budget units of the heavy routes. A full-size neighbourhood (20 ids, depth 3, 2000 nodes) costs
 * 60; what the explorer asks on a click (a few ids, depth 1-2, 1000 nodes) costs 1-5. Invalid
 * input costs 1: the route answers 400 without touching Neo4j.
 */
export const neighbourhoodCost = (req: Request): number => {
  const q = NeighbourhoodQuery.safeParse(req.query);
  return q.success ? Math.ceil((q.data.ids.length * q.data.depth * q.data.limit) / 2000) : 1;
};

/** All shortest paths grow fast with their length; the explorer's default (6 × 5) costs 8. */
export const pathsCost = (req: Request): number => {
  const q = PathQuery.safeParse(req.query);
  return q.success ? Math.ceil((q.data.maxLength * q.data.limit) / 4) : 1;
};

/** Flow, matrix and dependencies have a fixed shape: their size follows the graph, not the request. */
export const fixedCost = (): number => 1;
