import { z } from 'zod';

export const ServerEnv = z.object({
  SAKSKART_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  SAKSKART_HOST: z.string().default('127.0.0.1'),
  SAKSKART_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SAKSKART_CORS_ORIGINS: z
    .string()
    .optional()
    .transform((s) =>
      s
        ? s
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean)
        : [],
    ),
  SAKSKART_RATE_LIMIT: z.coerce.number().int().positive().default(600),
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
