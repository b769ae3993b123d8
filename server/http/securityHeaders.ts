import helmet from 'helmet';

/**
 * Helmet with a CSP and HSTS that fit the scheme users open. Over plain HTTP (a team server at
 * http://sakskart.intern:8080) `upgrade-insecure-requests` would make the browser fetch our own
 * scripts over https, which nothing serves, and HSTS would be meaningless; both only apply when the
 * public URL is https (TLS ends at a proxy in front of us).
 */
export function securityHeaders(publicUrl: URL | undefined) {
  const https = publicUrl?.protocol === 'https:';
  return helmet({
    contentSecurityPolicy: {
      directives: {
        // Cytoscape and React set inline styles on elements; scripts stay same-origin only.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'worker-src': ["'self'", 'blob:'],
        'upgrade-insecure-requests': https ? [] : null,
      },
    },
    strictTransportSecurity: https,
  });
}
