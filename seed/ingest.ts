import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../graph/executor.js';
import { Gazetteer } from './parse/gazetteer.js';
import { maxFileBytes, SourceError, tooLarge, tooLargeMessage } from './source/readSource.js';
import { printable } from './source/printable.js';
import { noteLoadOutcomes } from './failedLoads.js';
import { markPartial } from './partialStatus.js';
import { upsertReferenceData } from './write/referenceData.js';
import { parsePoolFor } from './sandbox/parsePool.js';
import { prepareInput, prepareTask, type PreparedFile, type ReadTask } from './prepareFile.js';
import { writeFileRecords, writeFilesTogether, type FileToWrite, type WriteOutcome } from './write/writeFile.js';

export interface FileResult {
  /** The document's identity: its path relative to the folder it was found in. */
  file: string;
  /** `partial`: loaded, but some structure was not found (see `missing`). */
  status: 'loaded' | 'replaced' | 'unchanged' | 'partial' | 'failed';
  error?: string;
  /** What partial documents lack, per document: "Møteinnkalling NUFA (uten dato): no date". */
  missing?: string[];
  documents: number;
  meetings: number;
  cases: number;
  statements: number;
  actionItems: number;
  citations: number;
  /** Links stated by this file's citations. */
  links: number;
  /** This file's own warnings (parsing, its citations, values that contradict other documents). */
  warnings: string[];
}

/** A file found under an input: where it is, and its identity (path relative to the folder given). */
export interface InputFile {
  path: string;
  relPath: string;
  /** Refused before reading (too large, unreadable). */
  error?: string;
  /** Size on disk, when known: bounds how much a batch holds in memory. */
  bytes?: number;
}

const SUPPORTED = /\.(txt|pdf)$/i;
const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * Finds the .txt and .pdf files under files and folders, in a stable order. Symlinks are
 * followed; a folder or file reached twice (a symlink loop, two links to one file) is visited
 * once. The walk keeps its own stack, so no folder depth overflows the call stack. Files above
 * SAKSKART_MAX_FILE_MB are refused here, before anything reads them.
 */
export async function collectInputs(inputs: string[], limit = maxFileBytes()): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const ids = new Set<string>();
  const add = (f: InputFile, root: string) => {
    // Two inputs with a file of the same relative path: the second is told apart by its folder.
    let relPath = f.relPath;
    if (ids.has(relPath)) relPath = toPosix(path.join(path.basename(path.resolve(root)), relPath));
    for (let i = 2; ids.has(relPath); i++) relPath = `${f.relPath} (${i})`;
    ids.add(relPath);
    out.push({ ...f, relPath });
  };
  for (const input of inputs) {
    let s;
    try {
      s = await stat(input);
    } catch (err) {
      add(
        {
          path: input,
          relPath: path.basename(input),
          error: `cannot read file (${(err as NodeJS.ErrnoException).code})`,
        },
        input,
      );
      continue;
    }
    if (!s.isDirectory()) {
      const real = await realpath(input);
      if (seenFiles.has(real)) continue;
      seenFiles.add(real);
      add({ path: input, relPath: path.basename(input), ...sizeError(s.size, limit) }, path.dirname(input));
      continue;
    }
    const found: InputFile[] = [];
    const stack = [input];
    while (stack.length) {
      const dir = stack.pop()!;
      let real;
      try {
        real = await realpath(dir);
      } catch {
        continue;
      }
      if (seenDirs.has(real)) continue;
      seenDirs.add(real);
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        const p = path.join(dir, e.name);
        let es;
        try {
          es = e.isSymbolicLink() ? await stat(p) : await lstat(p);
        } catch (err) {
          if (SUPPORTED.test(e.name))
            found.push({
              path: p,
              relPath: toPosix(path.relative(input, p)),
              error: `cannot read file (${(err as NodeJS.ErrnoException).code})`,
            });
          continue;
        }
        if (es.isDirectory()) stack.push(p);
        else if (es.isFile() && SUPPORTED.test(e.name)) {
          const realFile = await realpath(p);
          if (seenFiles.has(realFile)) continue;
          seenFiles.add(realFile);
          found.push({ path: p, relPath: toPosix(path.relative(input, p)), ...sizeError(es.size, limit) });
        }
      }
    }
    found.sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
    for (const f of found) add(f, input);
  }
  return out;
}

function sizeError(size: number, limit: number): { error?: string; bytes: number } {
  return size > limit ? { error: tooLargeMessage(size, limit), bytes: size } : { bytes: size };
}

/** Expands folders (recursively) into the .txt and .pdf files they hold, in a stable order. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  return (await collectInputs(inputs, Infinity)).map((f) => f.path);
}

function emptyResult(file: string): FileResult {
  return {
    file,
    status: 'failed',
    documents: 0,
    meetings: 0,
    cases: 0,
    statements: 0,
    actionItems: 0,
    citations: 0,
    links: 0,
    warnings: [],
  };
}

const MEMORY_ERROR = /MemoryPoolOutOfMemoryError|allocation of an extra|out of memory|OutOfMemory/i;

/** Neo4j's memory errors name pools and bytes; the user needs the file and what to do. */
export function explainWriteError(file: string, err: Error): string {
  const code = (err as { code?: string }).code ?? '';
  if (MEMORY_ERROR.test(code) || MEMORY_ERROR.test(err.message))
    return `${printable(file)}: too large to load in one transaction with the memory Neo4j has (${err.message.split('\n')[0]}); split the file, or raise SAKSKART_NEO4J_HEAP`;
  return err.message;
}

function fillResult(result: FileResult, p: PreparedFile, outcome: WriteOutcome): void {
  const { records } = p.write;
  const count = (label: string) => new Set(records.nodes.filter((n) => n.label === label).map((n) => n.key)).size;
  Object.assign(result, {
    status: outcome.status,
    documents: p.documents.length,
    meetings: count('Meeting'),
    cases: count('Case'),
    statements: count('Statement'),
    actionItems: count('ActionItem'),
    citations: count('Citation'),
    links: outcome.links,
    warnings: [
      ...p.warnings,
      ...outcome.linkWarnings.map((w) => `${printable(p.write.file)}: ${w}`),
      ...outcome.conflicts,
    ],
  });
  markPartial(result, p.documents);
}

/**
 * Files written per transaction by a bulk load (SAKSKART_INGEST_BATCH; 1 = one transaction per
 * file). New files of a batch share one set of statements, so bigger batches pay fewer statements
 * per file, up to where the waves of sources of hub relationships (a member's MEMBER_OF, stated by
 * every minutes of the batch) grow with the batch: 1,000 generated files took 71 s in batches of
 * 50, 64 s in batches of 100 and 67 s in batches of 250.
 */
export function ingestBatchSize(): number {
  const n = Number(process.env.SAKSKART_INGEST_BATCH);
  return Number.isInteger(n) && n >= 1 ? n : 100;
}

/**
 * A batch also ends before its files pass this many bytes on disk (SAKSKART_INGEST_BATCH_MB): a
 * batch and the next one (read ahead) are held in memory as records, several times the size of
 * their text, so the bytes of a batch, not the number of files, bound the loader's memory. 1 MiB
 * is ~20 full-length minutes (~13,000 nodes and relationships, about the 10,000 rows a
 * transaction Neo4j's loading advice names); with 16 MiB, 110 such files were two batches and the
 * CLI peaked at 736 MiB. Small files still go 100 to a batch.
 */
export const BATCH_BYTES = batchBytes();

function batchBytes(): number {
  const mb = Number(process.env.SAKSKART_INGEST_BATCH_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 1) * 1024 * 1024;
}

/**
 * Files in the first batch of a load that takes several: writing starts once these few are read,
 * and the next batch is parsed while Neo4j plans the writer's statements (the first batch after a
 * start pays ~70 plans; measured 2.6 s of parsing before a first batch of 100 could start).
 */
export const FIRST_BATCH = 10;

/**
 * Start indexes of the batches: at most `size` files and BATCH_BYTES each (one file at least),
 * the first one FIRST_BATCH files when the files do not fit in one batch.
 */
export function batchStarts(inputs: Pick<InputFile, 'bytes'>[], size: number, maxBytes = BATCH_BYTES): number[] {
  const starts: number[] = [];
  let count = 0;
  let bytes = 0;
  let limit = inputs.length > size ? Math.min(size, FIRST_BATCH) : size;
  inputs.forEach((f, i) => {
    const b = f.bytes ?? 0;
    if (i === 0 || count >= limit || (count > 0 && bytes + b > maxBytes)) {
      if (i > 0) limit = size;
      starts.push(i);
      count = 0;
      bytes = 0;
    }
    count++;
    bytes += b;
  });
  return starts;
}

type Prepared = { value: PreparedFile } | { error: Error };

/**
 * Writes a batch of prepared files. Those that parsed are written together in one transaction
 * (each as if alone: see writeFilesTogether); if that fails, each is written in its own
 * transaction, so a bad file is named and fails alone while the others load. The results are
 * the same as writing file by file.
 */
async function writeBatch(
  executor: Executor,
  batch: { input: InputFile; prepared: Prepared; result: FileResult }[],
): Promise<void> {
  const fail = (b: (typeof batch)[number], err: unknown) => {
    b.result.status = 'failed';
    b.result.error = explainWriteError(b.input.path, err as Error);
  };
  const ready: { b: (typeof batch)[number]; p: PreparedFile; w: FileToWrite }[] = [];
  for (const b of batch) {
    if ('error' in b.prepared) fail(b, b.prepared.error);
    else ready.push({ b, p: b.prepared.value, w: b.prepared.value.write });
  }
  if (ready.length > 1) {
    try {
      const outcomes = await writeFilesTogether(
        executor,
        ready.map((r) => r.w),
      );
      ready.forEach((r, i) => fillResult(r.b.result, r.p, outcomes[i]!));
      return;
    } catch {
      // One of them is bad (or the batch too big for one transaction): file by file below.
    }
  }
  for (const r of ready) {
    try {
      fillResult(r.b.result, r.p, await writeFileRecords(executor, r.w.file, r.w.sha256, r.w.records));
    } catch (err) {
      fail(r.b, err);
    }
  }
}

/**
 * Loads files into the graph. Each file is all or nothing: files are committed in batches of
 * `batchSize` files and at most BATCH_BYTES (one transaction each, see writeFilesTogether), and a batch that fails
 * is redone one transaction per file, so a bad file is reported and skipped and the others still
 * load. The next batch is read and parsed while the current one is written.
 */
export async function ingestFiles(
  executor: Executor,
  files: (string | InputFile)[],
  opts: {
    gazetteer?: Gazetteer;
    onFile?: (r: FileResult) => void;
    /** After each committed batch, with its files' results (they all end at the same moment). */
    onBatch?: (rs: FileResult[]) => void;
    batchSize?: number;
  } = {},
): Promise<FileResult[]> {
  const gaz = opts.gazetteer ?? Gazetteer.load();
  const inputs: InputFile[] = files.map((f) => (typeof f === 'string' ? { path: f, relPath: path.basename(f) } : f));
  const size = Math.max(1, opts.batchSize ?? ingestBatchSize());
  const starts = batchStarts(inputs, size);
  // Files are read in worker threads (bounded in time and memory), and the next batch is read
  // while the current one is written.
  const pool = parsePoolFor(gaz);
  const prepare = (f: InputFile): Promise<Prepared> =>
    (f.error
      ? Promise.reject(new SourceError(f.path, f.error))
      : pool
        ? pool.run({ kind: 'file', path: f.path, relPath: f.relPath })
        : prepareInput(gaz, f)
    ).then(ok, fail);
  const prepareBatch = (b: number) =>
    b < starts.length ? inputs.slice(starts[b], starts[b + 1] ?? inputs.length).map(prepare) : [];
  const results: FileResult[] = [];
  let next = prepareBatch(0);
  // After the first batch is under way: the worker starts and parses while Neo4j writes these.
  await upsertReferenceData(executor, gaz);
  for (let b = 0; b < starts.length; b++) {
    const start = starts[b]!;
    const prepared = await Promise.all(next);
    next = prepareBatch(b + 1);
    const batch = prepared.map((p, i) => ({
      input: inputs[start + i]!,
      prepared: p,
      result: emptyResult(inputs[start + i]!.relPath),
    }));
    await writeBatch(executor, batch);
    for (const b of batch) {
      results.push(b.result);
      opts.onFile?.(b.result);
    }
    opts.onBatch?.(batch.map((x) => x.result));
  }
  // Stored without the machine's own folders: the list is readable by anyone who can open the app.
  await noteLoadOutcomes(
    executor,
    results.map((r, i) => ({
      file: r.file,
      error: r.status === 'failed' ? (r.error ?? 'failed').split(inputs[i]!.path).join(r.file) : undefined,
    })),
  ).catch(() => {}); // bookkeeping only: a failure to note it must not fail a load that succeeded
  return results;
}

const ok = (value: PreparedFile): Prepared => ({ value });
const fail = (error: unknown): Prepared => ({ error: error as Error });

/**
 * Loads one document held in memory (an upload) with the same guarantees as a file: refused when
 * too large or not a document, written in one transaction, identified by `relPath`.
 */
export async function ingestSource(
  executor: Executor,
  input: { relPath: string; bytes?: Uint8Array; text?: string; sha256?: string },
  opts: { gazetteer?: Gazetteer } = {},
): Promise<FileResult> {
  const gaz = opts.gazetteer ?? Gazetteer.load();
  const result = emptyResult(input.relPath);
  try {
    const bytes = input.bytes ?? new TextEncoder().encode(input.text ?? '');
    if (bytes.length > maxFileBytes()) throw tooLarge(input.relPath, bytes.length);
    // Read in a worker thread like any file: an upload is the likeliest hostile file.
    const task: ReadTask = { kind: 'bytes', name: input.relPath, bytes };
    const pool = parsePoolFor(gaz);
    const p = await (pool ? pool.run(task) : prepareTask(gaz, task));
    if (input.sha256 && input.sha256 !== p.write.sha256)
      throw new SourceError(input.relPath, `content does not match the sha256 given (${input.sha256})`);
    await upsertReferenceData(executor, gaz);
    fillResult(result, p, await writeFileRecords(executor, p.write.file, p.write.sha256, p.write.records));
  } catch (err) {
    result.status = 'failed';
    result.error = explainWriteError(input.relPath, err as Error);
  }
  return result;
}
