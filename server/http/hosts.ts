import type { RequestHandler } from 'express';
import { sendProblem } from './problem.js';

/** Names a browser on this machine uses for it; always allowed, whatever the port. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The host names the app answers to: loopback, the host of the public URL and any extra names.
 * A DNS-rebinding page reaches us under its own name, so any other Host is refused.
 */
export function allowedHostNames(publicUrl: URL | undefined, extra: string[] = []): Set<string> {
  const names = new Set(LOOPBACK);
  if (publicUrl) names.add(publicUrl.hostname.toLowerCase());
  for (const h of extra) {
    const name = hostName(h);
    if (name) names.add(name);
  }
  return names;
}

/** The host name of a Host header value ("Sakskart.intern:8080" → "sakskart.intern"), or undefined. */
export function hostName(host: string | undefined): string | undefined {
  if (!host) return undefined;
  try {
    const url = new URL(`http://${host.trim()}`);
    // Anything beyond host[:port] (user info, a path) is not a Host header.
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return undefined;
    return url.hostname.replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/**
 * 421 Misdirected Request for a Host (or, behind a trusted proxy, X-Forwarded-Host) we do not serve,
 * before any route or static file.
 */
export function hostCheck(allowed: Set<string>): RequestHandler {
  return (req, res, next) => {
    const forwarded = req.app.get('trust proxy fn')(req.socket.remoteAddress ?? '', 0)
      ? req.get('x-forwarded-host')?.split(',')[0]
      : undefined;
    const raw = forwarded ?? req.get('host');
    const name = hostName(raw);
    if (name && allowed.has(name)) {
      next();
      return;
    }
    sendProblem(res, {
      type: 'https://sakskart.no/problems/misdirected-request',
      title: 'Misdirected Request',
      status: 421,
      detail: `This server does not answer to the host "${raw ?? ''}". Set SAKSKART_PUBLIC_URL or SAKSKART_ALLOWED_HOSTS to the name users open.`,
      instance: req.originalUrl,
    });
  };
}
