import type { Request } from 'express';
import { neighbourhoodCost } from '../../http/heavyCosts.js';

/**
 * Budget units of an export: a view costs what its neighbourhood costs; the whole graph reads
 * every node and relationship (a few seconds on the bundled corpus): with the default budget of
 * 600 a client may start six a minute.
 */
export const exportCost = (req: Request): number => (req.path.startsWith('/view') ? neighbourhoodCost(req) : 100);
