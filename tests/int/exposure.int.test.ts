import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../graph/executor.js';
import { createApp, type AppOptions } from '../../server/app.js';
import { appOptionsFromEnv, readServerEnv } from '../../server/config.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';

/*
 * Issue 9, findings 2 (app side), 3 and 5 (proxy headers, monitors): which hosts the app answers,
 * which security headers fit the scheme served, and whose address counts for the rate limit.
 */
let executor: Executor;
let clientDir: string;
beforeAll(async () => {
  executor = testExecutor();
  await resetGraph(executor);
  clientDir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-client-'));
  await writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>Sakskart</title>');
});
afterAll(async () => {
  await rm(clientDir, { recursive: true, force: true });
  await resetGraph(executor);
  await executor.close();
});

const appWith = (env: Record<string, string> = {}, extra: Partial<AppOptions> = {}) =>
  createApp({
    executor,
    logger: pino({ level: 'silent' }),
    clientDir,
    ...appOptionsFromEnv(readServerEnv(env)),
    ...extra,
  });

describe('host allow-list (DNS rebinding)', () => {
  it('refuses a foreign Host with 421 problem+json, on the API and on static files', async () => {
    const app = appWith();
    for (const url of ['/api/health', '/api/live', '/', '/index.html']) {
      const res = await request(app).get(url).set('Host', 'evil.example').expect(421);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 421, title: 'Misdirected Request' });
      expect(res.text).not.toContain('Sakskart</title>');
    }
  });

  it('answers loopback names on any port', async () => {
    const app = appWith();
    for (const host of ['localhost', 'localhost:8080', '127.0.0.1:1234', '[::1]:8080', 'LOCALHOST:9']) {
      await request(app).get('/api/live').set('Host', host).expect(200);
    }
  });

  it('answers the host of SAKSKART_PUBLIC_URL and of SAKSKART_ALLOWED_HOSTS, nothing else', async () => {
    const app = appWith({
      SAKSKART_PUBLIC_URL: 'http://sakskart.intern:8080',
      SAKSKART_ALLOWED_HOSTS: 'sakskart, 10.0.0.5',
    });
    for (const host of ['sakskart.intern:8080', 'sakskart.intern', 'sakskart:8080', '10.0.0.5:8080'])
      await request(app).get('/api/live').set('Host', host).expect(200);
    for (const host of ['sakskart.intern.evil.example', 'evil.example', 'user@sakskart.intern', '10.0.0.6'])
      await request(app).get('/api/live').set('Host', host).expect(421);
  });

  it('refuses a forged X-Forwarded-Host only when a proxy is trusted, and ignores it otherwise', async () => {
    const trusting = appWith({ SAKSKART_TRUST_PROXY: 'loopback' });
    await request(trusting).get('/api/live').set('X-Forwarded-Host', 'evil.example').expect(421);
    const plain = appWith();
    await request(plain).get('/api/live').set('X-Forwarded-Host', 'evil.example').expect(200);
  });

  it('rejects invalid settings at start with the variable named', () => {
    expect(() => readServerEnv({ SAKSKART_PUBLIC_URL: 'sakskart.intern' })).toThrow(/SAKSKART_PUBLIC_URL/);
    expect(() => readServerEnv({ SAKSKART_TRUST_PROXY: 'true' })).toThrow(/SAKSKART_TRUST_PROXY/);
    expect(() => readServerEnv({ SAKSKART_TRUST_PROXY: 'proxy.example' })).toThrow(/SAKSKART_TRUST_PROXY/);
    expect(readServerEnv({ SAKSKART_TRUST_PROXY: '10.0.0.0/8, loopback' }).SAKSKART_TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      'loopback',
    ]);
    expect(readServerEnv({ SAKSKART_TRUST_PROXY: '1' }).SAKSKART_TRUST_PROXY).toBe(1);
    expect(readServerEnv({}).SAKSKART_TRUST_PROXY).toBe(false);
  });
});

describe('security headers fit the scheme served', () => {
  it('over plain HTTP: no upgrade-insecure-requests, no HSTS', async () => {
    for (const env of [{}, { SAKSKART_PUBLIC_URL: 'http://sakskart.intern:8080' }] as Record<string, string>[]) {
      const res = await request(appWith(env)).get('/').set('Host', 'localhost').expect(200);
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(res.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('behind a TLS proxy (https public URL): upgrades and HSTS kept', async () => {
    const app = appWith({ SAKSKART_PUBLIC_URL: 'https://sakskart.example.no', SAKSKART_TRUST_PROXY: 'loopback' });
    const res = await request(app).get('/').set('Host', 'sakskart.example.no').expect(200);
    expect(res.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});

describe('client addresses and the rate limit', () => {
  it('X-Forwarded-For does not reset the budget unless a proxy is trusted', async () => {
    const app = appWith({ SAKSKART_RATE_LIMIT: '3' });
    for (let i = 0; i < 3; i++) await request(app).get('/api/glossary').expect(200);
    const res = await request(app).get('/api/glossary').set('X-Forwarded-For', '203.0.113.9').expect(429);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['retry-after']).toBeTruthy();
  });

  it('behind a trusted proxy each forwarded client has its own budget', async () => {
    const app = appWith({ SAKSKART_RATE_LIMIT: '2', SAKSKART_TRUST_PROXY: 'loopback' });
    for (let i = 0; i < 2; i++) await request(app).get('/api/glossary').set('X-Forwarded-For', '203.0.113.1');
    await request(app).get('/api/glossary').set('X-Forwarded-For', '203.0.113.1').expect(429);
    await request(app).get('/api/glossary').set('X-Forwarded-For', '203.0.113.2').expect(200);
  });

  it('health, live and ready stay answerable after the budget is spent', async () => {
    const app = appWith({ SAKSKART_RATE_LIMIT: '2' });
    for (let i = 0; i < 3; i++) await request(app).get('/api/glossary');
    await request(app).get('/api/glossary').expect(429);
    for (let i = 0; i < 5; i++) {
      await request(app).get('/api/health').expect(200);
      await request(app).get('/api/live').expect(200);
      await request(app).get('/api/ready').expect(200);
    }
  });
});
