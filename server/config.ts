import express from 'express';
import { z } from 'zod';
import { DEFAULT_HEAVY_LIMITS } from './http/heavyGate.js';
import { DEFAULT_UPLOAD_LIMITS } from './routes/documents/documents.js';

const list = (s: string | undefined) =>
  s
    ? s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean)
    : [];

/**
 * Which proxies may set X-Forwarded-For/-Proto/-Host: none by default (any client could otherwise
 * forge its address and reset its rate-limit budget), a hop count, or addresses/CIDRs/express
 * names (loopback, linklocal, uniquelocal). Express itself checks the addresses.
 */
export const TrustProxy = z
  .string()
  .trim()
  .optional()
  .transform((s, ctx): false | number | string[] => {
    if (!s || s === 'false' || s === '0') return false;
    if (s === 'true') {
      ctx.addIssue({
        code: 'custom',
        message: 'trusting every proxy lets any client forge its address; give a hop count or addresses',
      });
      return z.NEVER;
    }
    if (/^\d+$/.test(s)) return Number(s);
    const addresses = list(s);
    try {
      express().set('trust proxy', addresses);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
    return addresses;
  });

/** The URL users open (e.g. http://sakskart.intern:8080 or https://sakskart.example.no). */
const PublicUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
  .optional()
  .transform((s) => (s ? new URL(s) : undefined));

export const ServerEnv = z.object({
  SAKSKART_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  SAKSKART_HOST: z.string().default('127.0.0.1'),
  SAKSKART_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SAKSKART_CORS_ORIGINS: z.string().optional().transform(list),
  SAKSKART_RATE_LIMIT: z.coerce.number().int().positive().default(600),
  SAKSKART_PUBLIC_URL: PublicUrl,
  SAKSKART_ALLOWED_HOSTS: z.string().optional().transform(list),
  SAKSKART_TRUST_PROXY: TrustProxy,
  /** Heavy requests (neighbourhood, paths, flow, matrix, dependencies) running at once, in all. */
  SAKSKART_HEAVY_CONCURRENCY: z.coerce.number().int().positive().default(DEFAULT_HEAVY_LIMITS.concurrency),
  /** Heavy requests waiting for a slot; beyond that 503 + Retry-After. */
  SAKSKART_HEAVY_QUEUE: z.coerce.number().int().min(0).default(DEFAULT_HEAVY_LIMITS.queue),
  /** Heavy requests one client may have running or waiting. */
  SAKSKART_HEAVY_PER_CLIENT: z.coerce.number().int().positive().default(DEFAULT_HEAVY_LIMITS.perClient),
  /** Cost units of heavy requests per client and minute (a full-size neighbourhood costs 60). */
  SAKSKART_HEAVY_BUDGET: z.coerce.number().int().positive().default(DEFAULT_HEAVY_LIMITS.budgetPerMinute),
  /** Uploads read and written at once. */
  SAKSKART_UPLOAD_CONCURRENCY: z.coerce.number().int().positive().default(DEFAULT_UPLOAD_LIMITS.concurrency),
  /** Uploads waiting for a slot; beyond that 503 + Retry-After. */
  SAKSKART_UPLOAD_QUEUE: z.coerce.number().int().min(0).default(DEFAULT_UPLOAD_LIMITS.queue),
  /** Uploads one client may have running or waiting; beyond that 429. */
  SAKSKART_UPLOAD_PER_CLIENT: z.coerce.number().int().positive().default(DEFAULT_UPLOAD_LIMITS.perClient),
  /** Set to "0" to skip loading the bundled corpus into an empty database. */
  SAKSKART_SEED: z.enum(['0', '1']).default('1'),
  /** Token for adding and removing documents; generated into SAKSKART_HOME when unset. */
  SAKSKART_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  SAKSKART_MAX_FILE_MB: z.coerce.number().positive().max(1024).default(20),
  SAKSKART_HOME: z.string().default('.sakskart'),
});
export type ServerEnv = z.infer<typeof ServerEnv>;

export function readServerEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = ServerEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

/** The createApp options that come from the environment: exposure, proxies and load limits. */
export function appOptionsFromEnv(env: ServerEnv) {
  return {
    rateLimitPerMinute: env.SAKSKART_RATE_LIMIT,
    corsOrigins: env.SAKSKART_CORS_ORIGINS,
    publicUrl: env.SAKSKART_PUBLIC_URL,
    allowedHosts: env.SAKSKART_ALLOWED_HOSTS,
    trustProxy: env.SAKSKART_TRUST_PROXY,
    heavy: {
      concurrency: env.SAKSKART_HEAVY_CONCURRENCY,
      queue: env.SAKSKART_HEAVY_QUEUE,
      perClient: env.SAKSKART_HEAVY_PER_CLIENT,
      budgetPerMinute: env.SAKSKART_HEAVY_BUDGET,
    },
    uploads: {
      ...DEFAULT_UPLOAD_LIMITS,
      concurrency: env.SAKSKART_UPLOAD_CONCURRENCY,
      queue: env.SAKSKART_UPLOAD_QUEUE,
      perClient: env.SAKSKART_UPLOAD_PER_CLIENT,
    },
  };
}
