import compression from 'compression';
import express, { type Express } from 'express';
import { rateLimit } from 'express-rate-limit';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Executor } from '../graph/executor.js';
import { DEFAULT_HEAVY_LIMITS, heavyGate, type HeavyLimits } from './http/heavyGate.js';
import { fixedCost, neighbourhoodCost, pathsCost } from './http/heavyCosts.js';
import { allowedHostNames, hostCheck } from './http/hosts.js';
import { graphVersionEtag } from './http/etag.js';
import { notFoundRoute, problemHandler, sendProblem } from './http/problem.js';
import { redactRequest, redactResponse } from './http/redact.js';
import { unavailableWhileDown } from './http/databaseDown.js';
import { securityHeaders } from './http/securityHeaders.js';
import { docsRouter } from './openapi/docs.js';
import { dependenciesRouter } from './routes/dependencies/dependencies.js';
import { entitiesRouter } from './routes/entities/entities.js';
import { flowRouter } from './routes/flow/flow.js';
import { glossaryRouter } from './routes/glossary/glossary.js';
import { healthRouter, type GraphStatusProvider } from './routes/health/health.js';
import { matrixRouter } from './routes/matrix/matrix.js';
import { meetingsRouter } from './routes/meetings/meetings.js';
import { neighbourhoodRouter } from './routes/neighbourhood/neighbourhood.js';
import { pathsRouter } from './routes/paths/paths.js';
import { searchRouter } from './routes/search/search.js';
import { actionItemsRouter } from './routes/actionItems/actionItems.js';
import { briefRouter } from './routes/brief/brief.js';
import { changesRouter } from './routes/changes/changes.js';
import { documentsRouter } from './routes/documents/documents.js';
import { feedsRouter } from './routes/feeds/feeds.js';
import { landscapeRouter } from './routes/landscape/landscape.js';
import { actorsRouter } from './routes/actors/actors.js';
import { concernsRouter } from './routes/concerns/concerns.js';
import { lineageRouter } from './routes/lineage/lineage.js';
import { membershipsRouter } from './routes/memberships/memberships.js';
import { exportCost } from './routes/exports/cost.js';
import { exportsRouter } from './routes/exports/exports.js';

export interface AppOptions {
  executor: Executor;
  logger: Logger;
  /** Folder of the built client; served at / when given. */
  clientDir?: string;
  /** Requests per minute per client address on /api. */
  rateLimitPerMinute?: number;
  /** Allowed CORS origins; none by default. */
  corsOrigins?: string[];
  /** State of the supervised local Neo4j, for /api/ready and /api/live (see routes/health). */
  graphStatus?: GraphStatusProvider;
  /** The URL users open; its host is allowed and its scheme decides CSP upgrades and HSTS. */
  publicUrl?: URL;
  /** Further host names users may open the app under (loopback names are always allowed). */
  allowedHosts?: string[];
  /** Express 'trust proxy': false (default), a hop count, or proxy addresses/CIDRs. */
  trustProxy?: false | number | string[];
  /** Admission limits of the heavy graph routes. */
  heavy?: HeavyLimits;
  /** Bearer token that allows adding and removing documents; without it writes are refused. */
  adminToken?: string;
  /** Largest upload per file, in MB. */
  maxFileMb?: number;
  /** Admission limits of uploads (POST /api/documents). */
  uploads?: HeavyLimits;
  /** How long the graph version behind ETags is trusted before it is read again (writes elsewhere). */
  graphVersionTtlMs?: number;
}

export function createApp(opts: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // Forwarded headers are believed only from proxies the operator names: otherwise any client
  // could choose its own address (and rate-limit budget) with X-Forwarded-For.
  app.set('trust proxy', opts.trustProxy ?? false);
  app.use(
    pinoHttp({
      logger: opts.logger,
      // The admin token, cookies and any ?token= are replaced before a line is written.
      serializers: { req: redactRequest, res: redactResponse },
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
    }),
  );
  app.use(hostCheck(allowedHostNames(opts.publicUrl, opts.allowedHosts)));
  app.use(securityHeaders(opts.publicUrl));
  if (opts.corsOrigins?.length) {
    const allowed = new Set(opts.corsOrigins);
    app.use((req, res, next) => {
      const origin = req.headers.origin;
      if (origin && allowed.has(origin)) {
        res.setHeader('Access-Control-Allow-Origin', origin);
        res.setHeader('Vary', 'Origin');
      }
      next();
    });
  }
  app.use(compression());
  app.use(express.json({ limit: '100kb' }));
  const api = express.Router();
  // Monitors poll these; a burst of API traffic must not make a healthy server look dead.
  api.use(healthRouter(opts.executor, opts.graphStatus));
  api.use(
    rateLimit({
      windowMs: 60_000,
      limit: opts.rateLimitPerMinute ?? 600,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      // Without a trusted proxy X-Forwarded-For is ignored on purpose; no need to warn about it.
      validate: { xForwardedForHeader: false },
      handler: (req, res) => {
        sendProblem(res, {
          type: 'about:blank',
          title: 'Too Many Requests',
          status: 429,
          detail: 'Rate limit exceeded; slow down.',
          instance: req.originalUrl,
        });
      },
    }),
  );
  api.use(docsRouter());
  const whileDown = unavailableWhileDown(opts.graphStatus);
  api.use(whileDown);
  // Before the heavy gate: a revalidated answer (304) runs no query, so it costs no budget.
  const etag = graphVersionEtag(opts.executor, opts.graphVersionTtlMs);
  api.use(etag);
  const heavy = heavyGate(opts.heavy ?? DEFAULT_HEAVY_LIMITS);
  api.use('/neighbourhood', heavy(neighbourhoodCost));
  api.use('/paths', heavy(pathsCost));
  for (const path of ['/flow', '/matrix', '/topics/dependencies']) api.use(path, heavy(fixedCost));
  api.use('/exports', heavy(exportCost));
  for (const route of [
    searchRouter,
    entitiesRouter,
    neighbourhoodRouter,
    pathsRouter,
    flowRouter,
    matrixRouter,
    dependenciesRouter,
    meetingsRouter,
    glossaryRouter,
    changesRouter,
    briefRouter,
    actionItemsRouter,
    landscapeRouter,
    concernsRouter,
    actorsRouter,
    membershipsRouter,
    lineageRouter,
    exportsRouter,
  ]) {
    api.use(route(opts.executor));
  }
  api.use(
    documentsRouter(opts.executor, {
      adminToken: opts.adminToken,
      maxFileMb: opts.maxFileMb,
      onGraphChanged: etag.invalidate,
      ...(opts.uploads ? { uploads: opts.uploads } : {}),
    }),
  );
  api.use(notFoundRoute);
  app.use('/api', api);
  app.use('/feeds', whileDown, feedsRouter(opts.executor));
  if (opts.clientDir) {
    app.use(express.static(opts.clientDir, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes: any other GET serves the app shell.
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile('index.html', { root: opts.clientDir }));
  }
  app.use(notFoundRoute);
  app.use(problemHandler);
  return app;
}
