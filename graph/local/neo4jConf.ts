export interface LocalNeo4jLayout {
  /** Root of this instance: conf/, data/, logs/ and run/ live below it. */
  dir: string;
  boltPort: number;
  httpPort: number;
  pageCache: string;
}

/**
 * The neo4j.conf for a local instance. Everything binds to loopback: the instance has auth disabled
 * (there is no password to hand out on a developer's machine), so it must never listen elsewhere.
 */
export function renderNeo4jConf(l: LocalNeo4jLayout): string {
  return [
    '# Written by Sakskart (graph/local/neo4jConf.ts) at every start; edits here are overwritten.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${l.boltPort}`,
    `server.http.listen_address=127.0.0.1:${l.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=false',
    // The machine has no internet access, and analysts' data should not phone home anyway.
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${l.pageCache}`,
    'db.memory.transaction.total.max=256m',
    'db.tx_log.rotation.retention_policy=2 files',
    `server.directories.data=${l.dir}/data`,
    `server.directories.logs=${l.dir}/logs`,
    `server.directories.run=${l.dir}/run`,
    `server.directories.import=${l.dir}/import`,
    '',
  ].join('\n');
}
