import { Router } from 'express';
import type { Executor } from '../../../graph/executor.js';
import { countNodesByLabel } from './queries.js';

export function healthRouter(executor: Executor): Router {
  const router = Router();
  /** Liveness plus what a newcomer wants to see: which Neo4j, and what is in it. */
  router.get('/health', async (_req, res) => {
    const [server, counts] = await Promise.all([executor.serverInfo(), countNodesByLabel(executor)]);
    res.json({ status: 'ok', neo4j: server, nodes: counts });
  });
  /** Readiness: false (503) while Neo4j is unreachable, so a balancer stops sending traffic. */
  router.get('/ready', async (_req, res) => {
    try {
      await executor.verify();
      res.json({ ready: true });
    } catch {
      res.setHeader('Retry-After', '5');
      res.status(503).json({ ready: false });
    }
  });
  router.get('/live', (_req, res) => {
    res.json({ live: true });
  });
  return router;
}
