import { createHash } from 'node:crypto';
import type { Executor } from '../../../graph/executor.js';

/*
 * The graph has no version number of its own. Every change comes from loading, replacing or
 * removing a document, and a document's id is the hash of its file; a newer parser re-reads files
 * under the same ids, so its version is part of the key. Collecting ids is cheap (one index scan).
 */
const DOCUMENTS = `MATCH (d:Document) RETURN d.id AS id, coalesce(d.parserVersion, 0) AS v ORDER BY id`;

export async function graphVersion(executor: Executor): Promise<string> {
  const rows = await executor.read(DOCUMENTS, {}, 'graph-version');
  const h = createHash('sha1');
  for (const r of rows) h.update(`${String(r.id)}@${String(r.v)}\n`);
  return `${rows.length}-${h.digest('hex').slice(0, 12)}`;
}

/** Keeps one computed value per graph version: recomputed only when the documents change. */
export function cachedPerVersion<T>(compute: (version: string) => Promise<T>) {
  let cached: { version: string; value: Promise<T> } | undefined;
  return async (executor: Executor): Promise<T> => {
    const version = await graphVersion(executor);
    if (cached?.version !== version) {
      const value = compute(version);
      cached = { version, value };
      // A failed computation is not kept: the next request tries again.
      value.catch(() => {
        if (cached?.value === value) cached = undefined;
      });
    }
    return cached.value;
  };
}
