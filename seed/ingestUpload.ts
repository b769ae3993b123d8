import type { Executor } from '../graph/executor.js';
import { noteLoadOutcomes } from './failedLoads.js';
import { Gazetteer } from './parse/gazetteer.js';
import { ingestSource, type FileResult } from './ingest.js';
import { KeyedMutex } from './keyedMutex.js';

/** Loads of one file name run one after the other (see KeyedMutex): one name, one document. */
const byName = new KeyedMutex();

export interface Upload {
  /** The name the browser sent; it becomes the Document's `file`, as a path's base name does in the CLI. */
  name: string;
  bytes: Uint8Array;
}

/** A file name without folders or characters that cannot be a file name on disk. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- names come from a browser and may hold anything.
  const cleaned = base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned.slice(0, 200) : 'upload';
}

/**
 * Loads uploaded files through the loader the CLI uses (same decoding, size limit, parsing, one
 * transaction per file, replace on edit), straight from memory: nothing is written to disk.
 */
export async function ingestUploads(
  executor: Executor,
  uploads: Upload[],
  onFile?: (r: FileResult) => void,
): Promise<FileResult[]> {
  const gazetteer = Gazetteer.load();
  const results: FileResult[] = [];
  for (const u of uploads) {
    const relPath = safeFileName(u.name);
    const r = await byName.run(relPath, async () => {
      const loaded = await ingestSource(executor, { relPath, bytes: u.bytes }, { gazetteer });
      await noteLoadOutcomes(executor, [
        { file: loaded.file, error: loaded.status === 'failed' ? (loaded.error ?? 'failed') : undefined },
      ]).catch(
        () => {}, // bookkeeping only: the upload's own result is what counts
      );
      return loaded;
    });
    results.push(r);
    onFile?.(r);
  }
  return results;
}
