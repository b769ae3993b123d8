/**
 * The API as `npm start` configures it (limits from the environment, defaults otherwise), on the
 * Neo4j at NEO4J_URI, in its own process so the load test measures the server and not itself.
 * Prints "listening <url>"; ends on SIGTERM.
 */
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { Executor } from '../graph/executor.js';
import { createApp } from '../server/app.js';
import { appOptionsFromEnv, readServerEnv } from '../server/config.js';

const env = readServerEnv();
const executor = new Executor({
  uri: process.env.NEO4J_URI!,
  user: process.env.NEO4J_USER,
  password: process.env.NEO4J_PASSWORD,
  database: process.env.NEO4J_DATABASE,
});
const app = createApp({ executor, logger: pino({ level: 'silent' }), ...appOptionsFromEnv(env) });
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void executor.close().finally(() => process.exit(0));
});
