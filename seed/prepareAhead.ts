import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from './parse/gazetteer.js';
import { prepareInput, type FileToRead, type PreparedFile } from './prepareFile.js';

type Pending = { input: FileToRead; resolve: (v: PreparedFile) => void; reject: (e: Error) => void };

/**
 * Prepares files (read, parse, records) on a worker thread, so a bulk load parses the next batch
 * while Neo4j writes the current one: parsing on the main thread held up every statement's answer
 * instead (measured on 1,000 files: the first statement of each batch waited 1–5 s for it).
 * Should the worker fail, what it still had to do is prepared in-process: same results, slower.
 */
export class PrepareAhead {
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private worker?: Worker;

  private constructor(
    private readonly gaz: Gazetteer,
    worker: Worker,
  ) {
    this.worker = worker;
    worker.on('message', (m: { id: number; value?: PreparedFile; error?: { message: string; code?: string } }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.value) p.resolve(m.value);
      else p.reject(Object.assign(new Error(m.error?.message), m.error?.code ? { code: m.error.code } : {}));
    });
    const fallBack = () => {
      this.worker = undefined;
      const left = [...this.pending.values()];
      this.pending.clear();
      for (const p of left) prepareInput(this.gaz, p.input).then(p.resolve, p.reject);
    };
    worker.on('error', fallBack);
    worker.on('exit', fallBack);
  }

  /** A worker using the gazetteer's own files; none when the gazetteer was not loaded from files. */
  static start(gaz: Gazetteer): PrepareAhead | undefined {
    if (!gaz.loadedFrom) return undefined;
    const workerData = { gazetteer: gaz.loadedFrom };
    const entry = new URL(`./prepareWorker${extensionOf(import.meta.url)}`, import.meta.url);
    // Run from TypeScript sources (tsx, vitest): the worker registers tsx before loading its entry.
    const worker = entry.pathname.endsWith('.ts')
      ? new Worker(
          `import(${JSON.stringify(tsxEsmApi())}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`,
          { eval: true, workerData },
        )
      : new Worker(entry, { workerData });
    return new PrepareAhead(gaz, worker);
  }

  /** False once the worker failed and files are prepared in-process. */
  get inWorker(): boolean {
    return this.worker !== undefined;
  }

  prepare(input: FileToRead): Promise<PreparedFile> {
    if (!this.worker) return prepareInput(this.gaz, input);
    const id = this.next++;
    // Only what the worker needs: an InputFile carries more (size, refusal) that does not travel.
    const only: FileToRead = { path: input.path, relPath: input.relPath };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { input: only, resolve, reject });
      this.worker!.postMessage({ id, input: only });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }
}

// .ts when run from sources (tsx, vitest), .js when built.
const extensionOf = (url: string) => url.slice(url.lastIndexOf('.'));

/** tsx's ESM register API, found from here (not the working directory); its CJS build cannot register ESM hooks. */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('tsx/package.json');
  const pkg = require(pkgFile) as { exports: Record<string, { import: { default: string } }> };
  return new URL(pkg.exports['./esm/api']!.import.default, pathToFileURL(pkgFile)).href;
}
