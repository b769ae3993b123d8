import { pino } from 'pino';
import { closeOnSignals, openGraph } from '../graph/connect.js';
import { ensureClientBuilt } from './clientBuild.js';
import { appOptionsFromEnv, readServerEnv } from './config.js';
import { resolveAdminToken } from './routes/documents/adminToken.js';

async function main(): Promise<void> {
  const env = readServerEnv();
  const logger = pino({ level: env.SAKSKART_LOG_LEVEL });
  const say = (m: string) => logger.info(m);
  const started = Date.now();
  // Where a start spends its time, for docs/performance.md and anyone wondering why it is slow.
  let mark = started;
  const phase = (name: string) => {
    const now = Date.now();
    logger.debug({ phase: name, ms: now - mark }, `start phase ${name}: ${now - mark} ms`);
    mark = now;
  };
  // The client bundle is checked (and rebuilt when stale) while Neo4j starts: they do not depend on each other.
  const client = ensureClientBuilt(say);
  client.catch(() => {}); // awaited below; a failure is reported there
  // The rest of the server (Express, routes, parser) loads while the JVM starts.
  const modules = Promise.all([
    import('../graph/schema/index.js'),
    import('../seed/bundledCorpus.js'),
    import('./app.js'),
  ]);
  modules.catch(() => {});
  // Supervised: a local Neo4j that dies is restarted, and /api/ready tells while it is down.
  const graph = await openGraph(process.env, say, { supervise: logger.child({ component: 'neo4j' }) });
  phase('neo4j');
  const [{ applySchema }, { loadBundledCorpus }, { createApp }] = await modules;
  const servers: import('node:http').Server[] = [];
  closeOnSignals(async () => {
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    await graph.close();
  }, say);

  say(`Neo4j ready at ${graph.description}`);
  await applySchema(graph.executor);
  phase('schema');
  const { classifyStoredStatements } = await import('../seed/write/classifyStoredStatements.js');
  const classified = await classifyStoredStatements(graph.executor);
  if (classified) say(`Classified the stance of ${classified} stored statements`);
  if (env.SAKSKART_SEED === '1') {
    const summary = await loadBundledCorpus(graph.executor, say);
    say(summary);
    phase('corpus');
  }
  const clientDir = await client;
  phase('client');
  const admin = await resolveAdminToken({ envToken: env.SAKSKART_ADMIN_TOKEN, home: env.SAKSKART_HOME });
  const app = createApp({
    executor: graph.executor,
    logger,
    clientDir,
    ...appOptionsFromEnv(env),
    graphStatus: graph.status,
    adminToken: admin.token,
    maxFileMb: env.SAKSKART_MAX_FILE_MB,
  });
  const server = app.listen(env.SAKSKART_PORT, env.SAKSKART_HOST, () => {
    const url = env.SAKSKART_PUBLIC_URL?.origin ?? `http://${env.SAKSKART_HOST}:${env.SAKSKART_PORT}`;
    say(`Started in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    if (graph.browserUrl) say(`Neo4j Browser: ${graph.browserUrl} (user neo4j, password in ${graph.passwordFile})`);
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
