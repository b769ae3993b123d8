import express, { Router } from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildOpenApiDocument } from './document.js';

const require = createRequire(import.meta.url);

/** /api/openapi.json and interactive docs at /api/docs (Swagger UI, served from this origin). */
export function docsRouter(): Router {
  const router = Router();
  const doc = buildOpenApiDocument();
  router.get('/openapi.json', (_req, res) => res.json(doc));
  const uiDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  // Our own initializer replaces the bundled one, which points at the petstore demo.
  router.get('/docs/swagger-initializer.js', (_req, res) => {
    res
      .type('application/javascript')
      .send(
        "window.onload = () => { window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true }); };",
      );
  });
  router.get('/docs', (req, res, next) =>
    req.originalUrl.endsWith('/') ? next() : res.redirect(301, `${req.baseUrl}/docs/`),
  );
  router.use('/docs', express.static(uiDir, { index: 'index.html' }));
  return router;
}
