import { describe, expect, it } from 'vitest';
import { redactHeaders, redactRequest, redactUrl } from './redact.js';

describe('redactUrl', () => {
  it('replaces the values of token-like parameters and keeps the rest as written', () => {
    expect(redactUrl('/api/documents?token=abc123&x=1')).toBe('/api/documents?token=[redacted]&x=1');
    expect(redactUrl('/api/search?q=NUFA&access_token=s3cr3t#top')).toBe(
      '/api/search?q=NUFA&access_token=[redacted]#top',
    );
    expect(redactUrl('/a?TOKEN=1&Api_Key=2&password=3&session=4')).toBe(
      '/a?TOKEN=[redacted]&Api_Key=[redacted]&password=[redacted]&session=[redacted]',
    );
    expect(redactUrl('/a?%74oken=hidden')).toBe('/a?%74oken=[redacted]');
    expect(redactUrl('/a?token')).toBe('/a?token=[redacted]');
  });

  it('leaves URLs without secrets unchanged', () => {
    for (const url of [
      '/api/search?q=token',
      '/api/neighbourhood?ids=a,b&depth=2',
      '/api/live',
      '/a?tokens=1&q=%E2%82',
    ]) {
      expect(redactUrl(url)).toBe(url);
    }
  });
});

describe('redactRequest', () => {
  it('hides authorization, cookies and token queries in what the request log prints', () => {
    const out = redactRequest({
      id: '1',
      method: 'POST',
      url: '/api/documents?token=abc',
      query: { token: 'abc', q: 'x' },
      headers: { authorization: 'Bearer abc', Cookie: 'sid=abc', host: 'localhost' },
    });
    expect(JSON.stringify(out)).not.toContain('abc');
    expect(out).toMatchObject({ method: 'POST', query: { q: 'x' }, headers: { host: 'localhost' } });
  });

  it('keeps headers that hold no secret', () => {
    expect(redactHeaders({ 'content-type': 'text/plain', 'proxy-authorization': 'Basic x' })).toEqual({
      'content-type': 'text/plain',
      'proxy-authorization': '[redacted]',
    });
  });
});
