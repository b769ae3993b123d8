export interface LocalNeo4jLayout {
  /** Root of this instance: conf/, data/, logs/ and run/ live below it. */
  dir: string;
  boltPort: number;
  httpPort: number;
  pageCache: string;
  /** Serve Neo4j Browser (the HTTP connector); off unless the user opts in. */
  browser: boolean;
}

/** The only origin allowed to call the local Neo4j's HTTP API: Neo4j Browser served by itself. */
export function browserOrigin(httpPort: number): string {
  return `http://127.0.0.1:${httpPort}`;
}

/**
 * The neo4j.conf for a local instance. Everything binds to loopback, but loopback does not stop a
 * web page in the user's browser from reaching it, so authentication is always on and the HTTP
 * connector (whose default CORS answer is `*`) only runs when Neo4j Browser is asked for.
 * Advertised addresses are fixed so that the discovery document never echoes a forged Host header
 * and always names the configured ports.
 */
export function renderNeo4jConf(l: LocalNeo4jLayout): string {
  return [
    '# Written by Sakskart (graph/local/neo4jConf.ts) at every start; edits here are overwritten.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${l.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${l.boltPort}`,
    `server.http.enabled=${l.browser}`,
    // Neo4j Browser runs its queries over Bolt; the HTTP query and transaction APIs stay off.
    'server.http_enabled_modules=BROWSER',
    `server.http.listen_address=127.0.0.1:${l.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${l.httpPort}`,
    `dbms.security.http_access_control_allow_origin=${browserOrigin(l.httpPort)}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    // The machine has no internet access, and analysts' data should not phone home anyway.
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${l.pageCache}`,
    'db.memory.transaction.total.max=256m',
    'db.tx_log.rotation.retention_policy=2 files',
    // A plan whose statistics moved is made again at most once a minute (default: every 10 s).
    // During a bulk load the statistics move all the time, and re-planning the loader's
    // statements cost more of Neo4j's time than running some of them.
    'dbms.cypher.min_replan_interval=60s',
    `server.directories.data=${l.dir}/data`,
    `server.directories.logs=${l.dir}/logs`,
    `server.directories.run=${l.dir}/run`,
    `server.directories.import=${l.dir}/import`,
    '',
  ].join('\n');
}
