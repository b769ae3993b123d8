import type { Logger } from 'pino';
import type { z } from 'zod';

/** An answer that still did not fit its published schema after being read again: a bug, not a race. */
export class InconsistentAnswerError extends Error {
  override name = 'InconsistentAnswerError';
}

/**
 * Builds a JSON answer and checks it against the schema the OpenAPI document publishes for it.
 *
 * Neo4j reads are read-committed: when a document is replaced or removed while a query runs, the
 * nodes it contributed read back as all-null properties halfway through that query (seen: a brief's
 * related case as `{committee: null, title: null}` while a removal committed). Such an answer is
 * built again, by which time the write has committed and the read is whole. A TypeError while
 * building counts the same way, since code that trusts the schema trips over those nulls. An answer
 * that still does not fit after `attempts` reads is a bug: it is logged and answered 500, never sent.
 */
export async function consistentBody<S extends z.ZodType>(
  schema: S,
  build: () => Promise<z.input<S>>,
  log?: Pick<Logger, 'warn'>,
  attempts = 3,
): Promise<z.input<S>> {
  for (let attempt = 1; ; attempt++) {
    let why: string;
    try {
      const body = await build();
      const checked = schema.safeParse(body);
      if (checked.success) return body;
      const issue = checked.error.issues[0]!;
      why = `${issue.path.join('.') || '(body)'}: ${issue.message}`;
    } catch (err) {
      if (!(err instanceof TypeError)) throw err;
      why = err.message;
    }
    if (attempt >= attempts)
      throw new InconsistentAnswerError(`answer does not fit its schema after ${attempts} reads (${why})`);
    log?.warn({ attempt, why }, 'answer read during a concurrent write; reading again');
  }
}
