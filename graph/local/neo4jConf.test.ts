import { describe, expect, it } from 'vitest';
import { renderNeo4jConf } from './neo4jConf.js';

const settings = (browser: boolean) =>
  Object.fromEntries(
    renderNeo4jConf({ dir: '/d', boltPort: 17687, httpPort: 17474, pageCache: '64m', browser })
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(/=(.*)/s).slice(0, 2)),
  );

describe('renderNeo4jConf', () => {
  it('turns authentication on and the HTTP connector off unless Neo4j Browser is asked for', () => {
    const conf = settings(false);
    expect(conf['dbms.security.auth_enabled']).toBe('true');
    expect(conf['server.http.enabled']).toBe('false');
    expect(conf['server.default_listen_address']).toBe('127.0.0.1');
  });

  it('serves only Neo4j Browser, with CORS limited to its own origin, when opted in', () => {
    const conf = settings(true);
    expect(conf['server.http.enabled']).toBe('true');
    expect(conf['server.http_enabled_modules']).toBe('BROWSER');
    expect(conf['dbms.security.http_access_control_allow_origin']).toBe('http://127.0.0.1:17474');
    expect(conf['server.http.listen_address']).toBe('127.0.0.1:17474');
  });

  it('advertises loopback with the configured ports, whatever Host a request names', () => {
    const conf = settings(true);
    expect(conf['server.default_advertised_address']).toBe('127.0.0.1');
    expect(conf['server.bolt.advertised_address']).toBe('127.0.0.1:17687');
    expect(conf['server.http.advertised_address']).toBe('127.0.0.1:17474');
  });
});
