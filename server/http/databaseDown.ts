import type { RequestHandler } from 'express';
import type { GraphStatusProvider } from '../routes/health/health.js';
import { sendProblem } from './problem.js';

/**
 * While the supervisor knows the local Neo4j is not answering (down, hung, restarting, given up),
 * requests that need it are answered 503 at once instead of each waiting out its own deadline: a
 * hung JVM would otherwise hold every request for the length of a query timeout. Without a
 * supervisor (external Neo4j) every request is let through and the executor's deadlines apply.
 */
export function unavailableWhileDown(graphStatus: GraphStatusProvider | undefined): RequestHandler {
  return (req, res, next) => {
    const state = graphStatus?.().state;
    if (!state || state === 'up') return next();
    res.setHeader('Retry-After', '5');
    sendProblem(res, {
      type: 'https://sakskart.no/problems/database-unavailable',
      title: 'Database unavailable',
      status: 503,
      detail: `Neo4j is not answering right now (${state}); it is being restarted, try again shortly.`,
      instance: req.originalUrl,
    });
  };
}
