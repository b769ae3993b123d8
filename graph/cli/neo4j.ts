/**
 * `npm run neo4j -- <start|stop|status|password> [--home DIR] [--port P] [--http-port P] [--browser]`
 * The local Neo4j on its own, outliving the command: for Neo4j Browser sessions, for `npm start`
 * and `npm run ingest` to share one running instance, and for CI to test against a separately
 * started, password-protected server through NEO4J_URI.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readNeo4jTarget, localPasswordFile } from '../config.js';
import { findRunningLocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '../local/localNeo4j.js';
import { LOCAL_USER, readPasswordFile } from '../local/password.js';

const USAGE = `Usage: npm run neo4j -- <command> [options]
  start      start the local Neo4j in the background (prints its Bolt URI and password file)
  stop       stop it
  status     is it running, where, on which ports
  password   print its password (user ${LOCAL_USER})
Options: --home DIR (default SAKSKART_HOME), --port P (Bolt, default SAKSKART_NEO4J_PORT),
  --http-port P and --browser (serve Neo4j Browser; default SAKSKART_NEO4J_BROWSER)`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      home: { type: 'string' },
      port: { type: 'string' },
      'http-port': { type: 'string' },
      browser: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command || positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const env = { ...process.env };
  if (values.home) env.SAKSKART_HOME = values.home;
  if (values.port) env.SAKSKART_NEO4J_PORT = values.port;
  if (values['http-port']) env.SAKSKART_NEO4J_HTTP_PORT = values['http-port'];
  if (values.browser) env.SAKSKART_NEO4J_BROWSER = '1';
  // This command manages the local instance; an external NEO4J_URI is not its business.
  delete env.NEO4J_URI;
  const target = readNeo4jTarget(env);
  if (target.kind !== 'local') return 2;
  const dir = path.join(target.home, 'neo4j');
  const say = (m: string) => process.stderr.write(`${m}\n`);

  switch (command) {
    case 'start': {
      const local = await startLocalNeo4j({
        dir,
        boltPort: target.boltPort,
        httpPort: target.httpPort,
        heap: target.heap,
        pageCache: target.pageCache,
        startTimeoutMs: target.startTimeoutMs,
        browser: target.browser,
        passwordFile: target.passwordFile,
        detached: true,
        classDataSharing: true,
        log: say,
      });
      process.stdout.write(
        [
          `NEO4J_URI=${local.boltUri}`,
          `NEO4J_USER=${local.user}`,
          `NEO4J_PASSWORD_FILE=${local.passwordFile}`,
          ...(local.browserUrl ? [`NEO4J_BROWSER=${local.browserUrl}`] : []),
          '',
        ].join('\n'),
      );
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j(dir);
      say(stopped ? `Stopped the local Neo4j in ${dir}.` : `No local Neo4j is running in ${dir}.`);
      return 0;
    }
    case 'status': {
      const running = await findRunningLocalNeo4j(dir);
      if (!running) {
        process.stdout.write(`not running (data in ${dir})\n`);
        return 3;
      }
      process.stdout.write(
        [
          `running, pid ${running.javaPid}, data in ${dir}`,
          `NEO4J_URI=bolt://127.0.0.1:${running.boltPort}`,
          `NEO4J_USER=${LOCAL_USER}`,
          `NEO4J_PASSWORD_FILE=${localPasswordFile(target.home)}`,
          ...(running.browser ? [`NEO4J_BROWSER=http://127.0.0.1:${running.httpPort}/browser/`] : []),
          '',
        ].join('\n'),
      );
      return 0;
    }
    case 'password': {
      const password = await readPasswordFile(target.passwordFile);
      if (!password) {
        say(`No password yet: ${target.passwordFile} is created when the local Neo4j first starts.`);
        return 1;
      }
      process.stdout.write(`${password}\n`);
      return 0;
    }
    default:
      process.stderr.write(`Unknown command "${command}".\n${USAGE}\n`);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`neo4j: ${err.message}\n`);
    process.exit(1);
  },
);
