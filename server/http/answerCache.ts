import { LRUCache } from 'lru-cache';
import type { Executor } from '../../graph/executor.js';
import { readGraphStamp } from '../../graph/version.js';

export interface AnswerCacheOptions {
  /** Serialised answers kept, in bytes (UTF-16 length); the least recently used go first. */
  maxBytes?: number;
}

/** Builds an answer for a graph stamp; a rejected build is not kept, so the next request tries again. */
export type AnswerBuilder = (stamp: string) => Promise<unknown>;

/**
 * Answers that are a function of their query and the graph alone (the matrix, a topic's flow, the
 * landscape), computed once per graph version and served as ready JSON until an ingest changes it.
 *
 * Every request reads the graph stamp (one tiny query): the version is bumped in the same
 * transaction as each write, so a cached answer is never older than the graph it is served for,
 * also when another process (the CLI loader) wrote. Concurrent requests for one missing answer
 * share one computation. Answers of an older stamp are dropped as soon as a newer one is seen.
 */
export function answerCache(executor: Executor, opts: AnswerCacheOptions = {}) {
  const cache = new LRUCache<string, string>({
    maxSize: opts.maxBytes ?? 16 * 1024 * 1024,
    sizeCalculation: (json) => Math.max(1, json.length),
  });
  const pending = new Map<string, Promise<string>>();
  let current = '';
  return async function json(key: string, build: AnswerBuilder): Promise<string> {
    const stamp = await readGraphStamp(executor);
    if (stamp !== current) {
      cache.clear();
      current = stamp;
    }
    const k = `${stamp}\n${key}`;
    const hit = cache.get(k);
    if (hit !== undefined) return hit;
    let p = pending.get(k);
    if (!p) {
      p = build(stamp)
        .then((body) => {
          const text = JSON.stringify(body);
          // Not kept if the graph moved on while it was built: the newer stamp has cleared the cache.
          if (current === stamp) cache.set(k, text);
          return text;
        })
        .finally(() => pending.delete(k));
      pending.set(k, p);
    }
    return p;
  };
}

export type AnswerCache = ReturnType<typeof answerCache>;
