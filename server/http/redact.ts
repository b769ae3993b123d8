/**
 * Secrets never reach a log line or an answer: the admin token travels in `Authorization`, a
 * session could in `Cookie`, and someone will try `?token=` in a URL. Used by the request log
 * (server/app.ts) and by every problem+json answer (problem.ts).
 */
export const REDACTED = '[redacted]';

/** Query parameters whose values are secrets, compared without case: `token`, `access_token`, `api_key` … */
const SECRET_PARAM = /(^|[_-])(token|secret|password|passwd|pwd|api[_-]?key|apikey|auth|authorization|session)$/i;

/** Headers whose values are secrets. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-admin-token']);

export const isSecretParam = (name: string): boolean => SECRET_PARAM.test(name);

/**
 * `url` (a path with an optional query, as Express's originalUrl) with the values of secret
 * query parameters replaced by [redacted]; everything else byte for byte as it came.
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const query = url.slice(q + 1, hash < 0 ? undefined : hash);
  const redacted = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawName = eq < 0 ? pair : pair.slice(0, eq);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        /* malformed escapes: judged as written */
      }
      return isSecretParam(name.trim()) ? `${rawName}=${REDACTED}` : pair;
    })
    .join('&');
  return `${url.slice(0, q)}?${redacted}${hash < 0 ? '' : url.slice(hash)}`;
}

/** A copy of `headers` with secret values replaced. */
export function redactHeaders(headers: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!headers) return headers;
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, SECRET_HEADERS.has(k.toLowerCase()) ? REDACTED : v]),
  );
}

/** A copy of a parsed query with secret values replaced. */
function redactQuery(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query;
  return Object.fromEntries(
    Object.entries(query as Record<string, unknown>).map(([k, v]) => [k, isSecretParam(k) ? REDACTED : v]),
  );
}

/** pino-http's `req` serializer: the standard fields, secrets replaced. */
export function redactRequest(req: Record<string, unknown>): Record<string, unknown> {
  return {
    ...req,
    ...(typeof req.url === 'string' && { url: redactUrl(req.url) }),
    ...('query' in req && { query: redactQuery(req.query) }),
    headers: redactHeaders(req.headers as Record<string, unknown> | undefined),
  };
}

/** pino-http's `res` serializer: a Set-Cookie the server sends is as secret as the one it receives. */
export function redactResponse(res: Record<string, unknown>): Record<string, unknown> {
  return { ...res, headers: redactHeaders(res.headers as Record<string, unknown> | undefined) };
}
