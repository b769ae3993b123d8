import express, { type Express } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Executor } from '../graph/executor.js';
import { notFoundRoute, problemHandler } from './http/problem.js';
import { docsRouter } from './openapi/docs.js';
import { dependenciesRouter } from './routes/dependencies/dependencies.js';
import { entitiesRouter } from './routes/entities/entities.js';
import { flowRouter } from './routes/flow/flow.js';
import { glossaryRouter } from './routes/glossary/glossary.js';
import { healthRouter } from './routes/health/health.js';
import { matrixRouter } from './routes/matrix/matrix.js';
import { meetingsRouter } from './routes/meetings/meetings.js';
import { neighbourhoodRouter } from './routes/neighbourhood/neighbourhood.js';
import { pathsRouter } from './routes/paths/paths.js';
import { searchRouter } from './routes/search/search.js';
import { landscapeRouter } from './routes/landscape/landscape.js';
import { concernsRouter } from './routes/concerns/concerns.js';

export interface AppOptions {
  executor: Executor;
  logger: Logger;
  /** Folder of the built client; served at / when given. */
  clientDir?: string;
  /** Requests per minute per client address on /api. */
  rateLimitPerMinute?: number;
  /** Allowed CORS origins; none by default. */
  corsOrigins?: string[];
}

export function createApp(opts: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger: opts.logger,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Cytoscape and React set inline styles on elements; scripts stay same-origin only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'worker-src': ["'self'", 'blob:'],
        },
      },
    }),
  );
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
  app.use(express.json({ limit: '100kb' }));
  const api = express.Router();
  api.use(
    rateLimit({
      windowMs: 60_000,
      limit: opts.rateLimitPerMinute ?? 600,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (req, res) => {
        res.status(429).type('application/problem+json').json({
          type: 'about:blank',
          title: 'Too Many Requests',
          status: 429,
          detail: 'Rate limit exceeded; slow down.',
          instance: req.originalUrl,
        });
      },
    }),
  );
  api.use(healthRouter(opts.executor));
  api.use(docsRouter());
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
    landscapeRouter,
    concernsRouter,
  ]) {
    api.use(route(opts.executor));
  }
  api.use(notFoundRoute);
  app.use('/api', api);
  if (opts.clientDir) {
    app.use(express.static(opts.clientDir, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes: any other GET serves the app shell.
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile('index.html', { root: opts.clientDir }));
  }
  app.use(notFoundRoute);
  app.use(problemHandler);
  return app;
}
