import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { LimitError, type ParseLimits } from '../sandbox/parseLimits.js';
import { pdfToText } from './pdfText.js';
import { printable } from './printable.js';

/** A file that cannot be read as a committee document; the message names the file and line. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(`${printable(file)}${line ? `:${line}` : ''}: ${message}`);
  }
}

/** Files above this size are refused before they are read (SAKSKART_MAX_FILE_MB, default 20). */
export function maxFileBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.SAKSKART_MAX_FILE_MB ?? 20);
  return (Number.isFinite(mb) && mb > 0 ? mb : 20) * 2 ** 20;
}

export const tooLargeMessage = (bytes: number, limit = maxFileBytes()) =>
  `file is ${(bytes / 2 ** 20).toFixed(1)} MB, above the limit of ${(limit / 2 ** 20).toFixed(0)} MB (SAKSKART_MAX_FILE_MB); split it or raise the limit`;

export function tooLarge(name: string, bytes: number, limit = maxFileBytes()): SourceError {
  return new SourceError(name, tooLargeMessage(bytes, limit));
}

export interface Source {
  file: string;
  name: string;
  sha256: string;
  text: string;
}

/** Line number (1-based) of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Finds the first byte sequence that is not valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search on prefixes: a valid prefix decodes (allowing a cut multi-byte tail).
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/**
 * Reads a text or PDF file. Empty, binary, non-UTF-8 and unreadable PDF files are refused with a
 * clear error; the text keeps the file's own line numbering for provenance. `name` is the
 * document's identity: its path relative to the folder it was found in.
 */
export async function readSource(
  file: string,
  name: string = file.split(/[\\/]/).pop()!,
  limits?: ParseLimits,
): Promise<Source> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (err) {
    throw new SourceError(file, `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return decodeSource(name, bytes, file, limits);
}

/**
 * Turns a document's bytes (read from disk or uploaded) into its text, refusing what is not one.
 * `limits` bound what a PDF may inflate to and hold (see sandbox/parseLimits.ts).
 */
export async function decodeSource(
  name: string,
  bytes: Uint8Array,
  file = name,
  limits?: ParseLimits,
): Promise<Source> {
  if (bytes.length > maxFileBytes()) throw tooLarge(file, bytes.length);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) throw new SourceError(file, 'empty file');
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  if (head === '%PDF-') {
    let text: string;
    try {
      text = await pdfToText(bytes, limits);
    } catch (err) {
      if (err instanceof LimitError) throw new SourceError(file, err.message);
      throw new SourceError(file, `unreadable PDF (${(err as Error).message})`);
    }
    if (!text.trim()) throw new SourceError(file, 'PDF has no text layer (scanned image?); run OCR first');
    return { file, name, sha256, text };
  }
  const nul = bytes.subarray(0, 65536).indexOf(0);
  if (nul >= 0) throw new SourceError(file, 'binary file: neither text nor PDF', lineAt(bytes, nul));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError(file, 'not UTF-8 text (convert it with iconv first)', lineAt(bytes, firstInvalidUtf8(bytes)));
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new SourceError(file, 'empty file (only whitespace)');
  return { file, name, sha256, text };
}
