import { pino } from 'pino';
import type { Executor } from '../../graph/executor.js';
import { createApp, type AppOptions } from '../../server/app.js';

/** The app as the API tests use it: quiet logs (TEST_LOG_LEVEL to see them), a rate limit tests never reach. */
export function testApp(executor: Executor, opts: Partial<AppOptions> = {}) {
  return createApp({
    executor,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    rateLimitPerMinute: 10_000,
    ...opts,
  });
}
