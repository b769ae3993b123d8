import os from 'node:os';

/**
 * What reading one file may cost. A file is read (PDF text extracted, text parsed) in a worker
 * thread; over any of these it fails with a message naming the limit, and the worker that hit a
 * hard limit (time, memory) is terminated and replaced.
 */
export interface ParseLimits {
  /** Wall-clock time for reading and parsing one file. */
  timeoutMs: number;
  /** Heap of a reading worker (V8 old generation), in MB. */
  memoryMb: number;
  /** Bytes a PDF's compressed streams may inflate to, in all. */
  maxInflatedBytes: number;
  maxPages: number;
  /** Text items (runs of text) of a PDF, over all its pages. */
  maxTextItems: number;
  /** Workers reading files at once. */
  workers: number;
}

const positive = (v: string | undefined, fallback: number) => {
  const n = Number(v);
  return v !== undefined && v !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * The limits from the environment. Defaults leave room for every real committee document (the
 * largest PDFs of the record are a few MB with a few hundred pages) while a file crafted to take
 * the machine's memory or minutes of CPU is stopped early.
 */
export function parseLimits(env: NodeJS.ProcessEnv = process.env): ParseLimits {
  return {
    timeoutMs: positive(env.SAKSKART_PARSE_TIMEOUT_S, 60) * 1000,
    memoryMb: Math.round(positive(env.SAKSKART_PARSE_MEMORY_MB, 1024)),
    maxInflatedBytes: positive(env.SAKSKART_PDF_MAX_INFLATED_MB, 200) * 2 ** 20,
    maxPages: Math.floor(positive(env.SAKSKART_PDF_MAX_PAGES, 2000)),
    maxTextItems: Math.floor(positive(env.SAKSKART_PDF_MAX_TEXT_ITEMS, 2_000_000)),
    workers: Math.floor(positive(env.SAKSKART_PARSE_WORKERS, Math.max(1, Math.floor(os.availableParallelism() / 2)))),
  };
}

/** A reading that went over a limit: the message names the limit and the variable that sets it. */
export class LimitError extends Error {}

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

export const limitMessages = {
  inflated: (l: ParseLimits) =>
    `PDF content is over ${mb(l.maxInflatedBytes)} after inflation (SAKSKART_PDF_MAX_INFLATED_MB): refused as a possible deflate bomb`,
  pages: (l: ParseLimits, pages: number) =>
    `PDF has ${pages} pages, above the limit of ${l.maxPages} (SAKSKART_PDF_MAX_PAGES)`,
  textItems: (l: ParseLimits) => `PDF has more than ${l.maxTextItems} text items (SAKSKART_PDF_MAX_TEXT_ITEMS)`,
  timeout: (l: ParseLimits) =>
    `reading and parsing took over ${l.timeoutMs / 1000} s (SAKSKART_PARSE_TIMEOUT_S): stopped`,
  memory: (l: ParseLimits) =>
    `reading and parsing needed more than ${l.memoryMb} MB of memory (SAKSKART_PARSE_MEMORY_MB): stopped`,
};
