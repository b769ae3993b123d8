import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../graph/executor.js';
import { Gazetteer } from './parse/gazetteer.js';
import { NoDocumentError, parseText } from './parse/parseFile.js';
import {
  decodeSource,
  maxFileBytes,
  readSource,
  SourceError,
  tooLarge,
  tooLargeMessage,
  type Source,
} from './source/readSource.js';
import { printable } from './source/printable.js';
import { noteLoadOutcomes } from './failedLoads.js';
import { markPartial } from './partialStatus.js';
import { toRecords } from './write/records.js';
import { withDocumentText } from './documentText.js';
import { upsertReferenceData } from './write/referenceData.js';
import { writeFileRecords } from './write/writeFile.js';

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

function sizeError(size: number, limit: number): { error?: string } {
  return size > limit ? { error: tooLargeMessage(size, limit) } : {};
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

type Parsed = { source: Source; parsed: ReturnType<typeof parseText> };

function parseSource(gaz: Gazetteer, source: Source): Parsed {
  try {
    return { source, parsed: parseText(gaz, source.text) };
  } catch (err) {
    if (err instanceof NoDocumentError) throw new SourceError(source.file, err.message);
    throw err;
  }
}

async function writeParsed(executor: Executor, gaz: Gazetteer, p: Parsed, result: FileResult): Promise<void> {
  const { source, parsed } = p;
  const records = toRecords(gaz, parsed, source.name, source.sha256);
  records.documents = withDocumentText(records.documents, source.text);
  const outcome = await writeFileRecords(executor, source.name, source.sha256, records);
  const count = (label: string) => new Set(records.nodes.filter((n) => n.label === label).map((n) => n.key)).size;
  Object.assign(result, {
    status: outcome.status,
    documents: parsed.documents.length,
    meetings: count('Meeting'),
    cases: count('Case'),
    statements: count('Statement'),
    actionItems: count('ActionItem'),
    citations: count('Citation'),
    links: outcome.links,
    warnings: [
      ...parsed.warnings.map((w) => `${printable(source.name)}:${w.line}: ${w.message}`),
      ...outcome.linkWarnings.map((w) => `${printable(source.name)}: ${w}`),
      ...outcome.conflicts,
    ],
  });
  markPartial(result, parsed.documents);
}

/**
 * Loads files into the graph, one transaction per file. A bad file is reported and skipped; the
 * others still load. The next file is read and parsed while the current one is written, so the
 * CPU and Neo4j work side by side; each file still commits alone.
 */
export async function ingestFiles(
  executor: Executor,
  files: (string | InputFile)[],
  opts: { gazetteer?: Gazetteer; onFile?: (r: FileResult) => void } = {},
): Promise<FileResult[]> {
  const gaz = opts.gazetteer ?? Gazetteer.load();
  await upsertReferenceData(executor, gaz);
  const inputs: InputFile[] = files.map((f) => (typeof f === 'string' ? { path: f, relPath: path.basename(f) } : f));
  const prepare = (f: InputFile): Promise<Parsed> =>
    f.error
      ? Promise.reject(new SourceError(f.path, f.error))
      : readSource(f.path, f.relPath).then((s) => parseSource(gaz, s));
  const results: FileResult[] = [];
  let next = inputs[0] ? prepare(inputs[0]).then(ok, fail) : undefined;
  for (let i = 0; i < inputs.length; i++) {
    const f = inputs[i]!;
    const current = await next!;
    next = inputs[i + 1] ? prepare(inputs[i + 1]!).then(ok, fail) : undefined;
    const result = emptyResult(f.relPath);
    try {
      if ('error' in current) throw current.error;
      await writeParsed(executor, gaz, current.value, result);
    } catch (err) {
      result.status = 'failed';
      result.error = explainWriteError(f.path, err as Error);
    }
    results.push(result);
    opts.onFile?.(result);
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

const ok = (value: Parsed) => ({ value });
const fail = (error: unknown) => ({ error: error as Error });

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
    const source = await decodeSource(input.relPath, bytes);
    if (input.sha256 && input.sha256 !== source.sha256)
      throw new SourceError(input.relPath, `content does not match the sha256 given (${input.sha256})`);
    await upsertReferenceData(executor, gaz);
    await writeParsed(executor, gaz, parseSource(gaz, source), result);
  } catch (err) {
    result.status = 'failed';
    result.error = explainWriteError(input.relPath, err as Error);
  }
  return result;
}
