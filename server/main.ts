import { pino } from 'pino';
import { closeOnSignals, openGraph } from '../graph/connect.js';
import { applySchema } from '../graph/schema/index.js';
import { loadBundledCorpus } from '../seed/bundledCorpus.js';
import { createApp } from './app.js';
import { ensureClientBuilt } from './clientBuild.js';
import { readServerEnv } from './config.js';
import { resolveAdminToken } from './routes/documents/adminToken.js';

async function main(): Promise<void> {
  const env = readServerEnv();
  const logger = pino({ level: env.SAKSKART_LOG_LEVEL });
  const say = (m: string) => logger.info(m);
  const started = Date.now();
  const graph = await openGraph(process.env, say);
  const servers: import('node:http').Server[] = [];
  closeOnSignals(async () => {
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    await graph.close();
  }, say);

  say(`Neo4j ready at ${graph.description}`);
  await applySchema(graph.executor);
  if (env.SAKSKART_SEED === '1') {
    const summary = await loadBundledCorpus(graph.executor, say);
    say(summary);
  }
  const clientDir = await ensureClientBuilt(say);
  const admin = await resolveAdminToken({ envToken: env.SAKSKART_ADMIN_TOKEN, home: env.SAKSKART_HOME });
  const app = createApp({
    executor: graph.executor,
    logger,
    clientDir,
    rateLimitPerMinute: env.SAKSKART_RATE_LIMIT,
    corsOrigins: env.SAKSKART_CORS_ORIGINS,
    adminToken: admin.token,
    maxFileMb: env.SAKSKART_MAX_FILE_MB,
  });
  const server = app.listen(env.SAKSKART_PORT, env.SAKSKART_HOST, () => {
    const url = `http://${env.SAKSKART_HOST}:${env.SAKSKART_PORT}`;
    say(`Started in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    if (graph.browserUrl) say(`Neo4j Browser: ${graph.browserUrl}`);
    // The one line a newcomer looks for, printed plainly even when logs are JSON.
    process.stdout.write(`\nSakskart is running at ${url}\n`);
    process.stdout.write(`Admin token for adding documents: ${admin.location}\n\n`);
  });
  servers.push(server);
  server.on('error', async (err) => {
    logger.fatal({ err }, `cannot listen on ${env.SAKSKART_HOST}:${env.SAKSKART_PORT}`);
    await graph.close();
    process.exit(1);
  });
}

main().catch((err: Error) => {
  process.stderr.write(`Sakskart could not start: ${err.message}\n`);
  process.exit(1);
});
