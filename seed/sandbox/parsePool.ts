import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../parse/gazetteer.js';
import type { PreparedFile, ReadTask } from '../prepareFile.js';
import { SourceError } from '../source/readSource.js';
import { limitMessages, parseLimits, type ParseLimits } from './parseLimits.js';

interface Job {
  id: number;
  task: ReadTask;
  /** How the file is named in errors: its path, or an upload's name. */
  name: string;
  resolve: (v: PreparedFile) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
  idle?: NodeJS.Timeout;
}

/** A worker idle this long is ended; the next file starts a new one. */
const IDLE_MS = 30_000;
/** Time a new worker may take to start (tsx, the gazetteer) before its first file's budget runs. */
const STARTUP_MS = 30_000;

/**
 * Reads and parses documents in worker threads, so that no file can stall the HTTP server or
 * take the process's memory: each worker has a capped heap (`resourceLimits`), each file a
 * wall-clock budget. A worker that runs over its budget is terminated, one that dies (out of
 * memory) is dropped; either way the file fails with a message naming the limit and the next file
 * gets a fresh worker. Hand-rolled on worker_threads rather than a pool library: one file per
 * worker at a time, kill on budget, replace on death and the tsx bootstrap for running from
 * sources are all this needs, in ~150 lines.
 */
export class ParsePool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private next = 0;

  constructor(
    private readonly gazetteer: string,
    readonly limits: ParseLimits,
  ) {}

  run(task: ReadTask): Promise<PreparedFile> {
    const name = task.kind === 'file' ? task.path : task.name;
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.next++, task, name, resolve, reject });
      this.pump();
    });
  }

  /** Workers running now (for tests and health): at most `limits.workers`. */
  get size(): number {
    return this.slots.size;
  }

  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new SourceError(job.name, 'the reader was closed'));
    await Promise.all([...this.slots].map((s) => this.drop(s, 'the reader was closed')));
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = [...this.slots].find((s) => !s.job);
      if (!slot) {
        if (this.slots.size >= this.limits.workers) return;
        slot = this.spawn();
      }
      this.assign(slot, this.queue.shift()!);
    }
  }

  private assign(slot: Slot, job: Job): void {
    slot.job = job;
    clearTimeout(slot.idle);
    slot.worker.ref();
    this.startBudget(slot);
    // Bytes are copied, not transferred: an upload's buffer may share memory with others.
    slot.worker.postMessage({ id: job.id, task: job.task });
  }

  private startBudget(slot: Slot): void {
    clearTimeout(slot.timer);
    const ms = this.limits.timeoutMs + (slot.ready ? 0 : STARTUP_MS);
    slot.timer = setTimeout(() => void this.drop(slot, limitMessages.timeout(this.limits)), ms);
  }

  private spawn(): Slot {
    const worker = startWorker({
      workerData: { gazetteer: this.gazetteer, limits: this.limits },
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb },
    });
    const slot: Slot = { worker, ready: false };
    worker.on('message', (m: { ready?: true; id?: number; value?: PreparedFile; error?: string }) => {
      if (m.ready) {
        slot.ready = true;
        if (slot.job) this.startBudget(slot);
        return;
      }
      const job = slot.job;
      if (!job || m.id !== job.id) return;
      this.release(slot);
      if (m.error !== undefined) job.reject(new Error(m.error));
      else job.resolve(m.value!);
      this.pump();
    });
    worker.on('error', (err: Error & { code?: string }) =>
      this.lost(slot, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? limitMessages.memory(this.limits) : err.message),
    );
    worker.on('exit', (code) => this.lost(slot, `the reader stopped (exit code ${code})`));
    this.slots.add(slot);
    return slot;
  }

  /** The file is done: the worker waits for the next one, and is ended if none comes. */
  private release(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.job = undefined;
    // An idle worker must not keep a CLI run (or a test) alive.
    slot.worker.unref();
    slot.idle = setTimeout(() => void this.drop(slot), IDLE_MS);
    slot.idle.unref();
  }

  /** A worker died on its own: its file fails with why, the next file gets a new worker. */
  private lost(slot: Slot, why: string): void {
    if (!this.slots.has(slot)) return;
    this.slots.delete(slot);
    clearTimeout(slot.timer);
    clearTimeout(slot.idle);
    slot.job?.reject(new SourceError(slot.job.name, why));
    this.pump();
  }

  /** Ends a worker (over budget, idle, closing); its file, if any, fails with `why`. */
  private async drop(slot: Slot, why?: string): Promise<void> {
    if (!this.slots.has(slot)) return;
    this.slots.delete(slot);
    clearTimeout(slot.timer);
    clearTimeout(slot.idle);
    const job = slot.job;
    slot.job = undefined;
    if (job) job.reject(new SourceError(job.name, why ?? 'stopped'));
    this.pump();
    await slot.worker.terminate();
  }
}

const pools = new Map<string, ParsePool>();

/**
 * The shared pool for a gazetteer loaded from files, with the limits the environment sets now
 * (a changed limit gets a new pool; the old one's workers end when idle). None for a gazetteer
 * built in memory, which a worker cannot load: such callers (tests) parse in-process.
 */
export function parsePoolFor(gaz: Gazetteer, limits: ParseLimits = parseLimits()): ParsePool | undefined {
  if (!gaz.loadedFrom) return undefined;
  const key = `${gaz.loadedFrom} ${JSON.stringify(limits)}`;
  let pool = pools.get(key);
  if (!pool) pools.set(key, (pool = new ParsePool(gaz.loadedFrom, limits)));
  return pool;
}

function startWorker(opts: ConstructorParameters<typeof Worker>[1]): Worker {
  const entry = new URL(`./parseWorker${extensionOf(import.meta.url)}`, import.meta.url);
  // Run from TypeScript sources (tsx, vitest): the worker registers tsx before loading its entry.
  const worker = entry.pathname.endsWith('.ts')
    ? new Worker(
        `import(${JSON.stringify(tsxEsmApi())}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`,
        { ...opts, eval: true },
      )
    : new Worker(entry, opts);
  return worker;
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
