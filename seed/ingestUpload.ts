import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Executor } from '../graph/executor.js';
import { ingestFiles, type FileResult } from './ingest.js';

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
 * Loads uploaded files through exactly the loader the CLI uses (decoding, parsing, one
 * transaction per file, replace on edit). The bytes go through a private temp folder so the same
 * readSource checks apply; when the writer offers an in-memory entry point this can call it instead.
 */
export async function ingestUploads(
  executor: Executor,
  uploads: Upload[],
  onFile?: (r: FileResult) => void,
): Promise<FileResult[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sakskart-upload-'));
  try {
    const files: string[] = [];
    for (const [i, u] of uploads.entries()) {
      // One sub-folder per upload keeps the browser's name even when two uploads share it.
      const sub = path.join(dir, String(i));
      await mkdir(sub, { mode: 0o700 });
      const file = path.join(sub, safeFileName(u.name));
      await writeFile(file, u.bytes, { mode: 0o600 });
      files.push(file);
    }
    // Results and errors name the file as uploaded, never the temp path.
    const named = (r: FileResult): FileResult => ({
      ...r,
      file: path.basename(r.file),
      error: r.error?.split(r.file).join(path.basename(r.file)),
    });
    const results = await ingestFiles(executor, files, { onFile: onFile && ((r) => onFile(named(r))) });
    return results.map(named);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
