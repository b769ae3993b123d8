import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** An HTTP request with every header under the caller's control (Host and Origin included). */
export function rawHttp(opts: {
  port: number;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: opts.port,
        method: opts.method ?? 'GET',
        path: opts.path ?? '/',
        headers: opts.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** The request of issue 9: a web page on another origin creating a node through Neo4j's HTTP API. */
export function crossOriginWrite(port: number, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawHttp({
    port,
    method: 'POST',
    path: '/db/neo4j/tx/commit',
    headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ statements: [{ statement: 'CREATE (:ProbeMarker) RETURN 1' }] }),
  });
}
