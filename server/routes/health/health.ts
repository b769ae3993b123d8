import { Router } from 'express';
import { DatabaseUnavailableError, type Executor } from '../../../graph/executor.js';
import type { Neo4jStatus } from '../../../graph/local/supervisor.js';
import { countNodesByLabel } from './queries.js';

/** /api/ready's own bound: a monitor polling it gets its answer within this long, even from a hung Neo4j. */
export const READY_TIMEOUT_MS = 2_000;

/** The supervised local Neo4j's state; absent for an external Neo4j, which is probed directly. */
export type GraphStatusProvider = () => Neo4jStatus;

/**
 * Live means "this process serves requests; do not restart it". Neo4j being down is a readiness
 * matter (the supervisor is restarting it), so live turns false only when the supervisor has given
 * up: then restarting Sakskart is the one automatic remedy left.
 * Ready means "Neo4j answers now": false (503) while it is down or restarting.
 */
export function healthRouter(executor: Executor, graphStatus?: GraphStatusProvider): Router {
  const router = Router();
  /** Liveness plus what a newcomer wants to see: which Neo4j, and what is in it. */
  router.get('/health', async (_req, res) => {
    const state = graphStatus?.().state;
    if (state && state !== 'up') throw new DatabaseUnavailableError(`Neo4j is ${state}`);
    // Bounded like /api/ready first: a hung Neo4j the supervisor has not noticed yet is a 503 in
    // 2 s, not two reads each waiting out their deadline.
    await executor.ping(READY_TIMEOUT_MS, 'health');
    const [server, counts] = await Promise.all([executor.serverInfo(), countNodesByLabel(executor)]);
    res.json({ status: 'ok', neo4j: server, nodes: counts });
  });
  router.get('/ready', async (_req, res) => {
    const notReady = (state: string | undefined) => {
      res.setHeader('Retry-After', '5');
      res.status(503).json({ ready: false, ...(state && { neo4j: state }) });
    };
    // Known down: answer at once instead of waiting for a connection timeout.
    const before = graphStatus?.().state;
    if (before && before !== 'up') return notReady(before);
    try {
      await executor.ping(READY_TIMEOUT_MS, 'ready');
      res.json({ ready: true });
    } catch {
      // The probe can fail before the supervisor has seen the process exit (or while a live JVM
      // hangs): read its state again, and never call a Neo4j that did not answer "up".
      const after = graphStatus?.().state;
      notReady(after === 'up' ? 'unresponsive' : after);
    }
  });
  router.get('/live', (_req, res) => {
    const status = graphStatus?.();
    if (status?.state === 'gave-up') {
      res.status(503).json({ live: false, neo4j: status.state, reason: status.lastError ?? 'Neo4j restarts failed' });
      return;
    }
    res.json({ live: true });
  });
  return router;
}
