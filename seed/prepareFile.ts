import type { Gazetteer } from './parse/gazetteer.js';
import { NoDocumentError, parseText } from './parse/parseFile.js';
import type { ParsedDocument } from './parse/types.js';
import { printable } from './source/printable.js';
import type { ParseLimits } from './sandbox/parseLimits.js';
import { decodeSource, readSource, SourceError, type Source } from './source/readSource.js';
import { withDocumentText } from './documentText.js';
import { toRecords } from './write/records.js';
import type { FileToWrite } from './write/writeFile.js';

/**
 * A file read, parsed and turned into records: everything the writer needs and nothing more, so
 * it can be made in a worker thread and handed over cheaply (plain data, no text of the file).
 */
export interface PreparedFile {
  write: FileToWrite;
  /** Parse warnings, already in the form the file's summary shows them. */
  warnings: string[];
  documents: Pick<ParsedDocument, 'name' | 'status' | 'missing'>[];
}

/** The identity of a file to read: where it is, and its name in the graph. */
export interface FileToRead {
  path: string;
  relPath: string;
}

/** Parses a source and turns it into records; a file with no readable text is refused here. */
export function prepareSource(gaz: Gazetteer, source: Source): PreparedFile {
  let parsed;
  try {
    parsed = parseText(gaz, source.text);
  } catch (err) {
    if (err instanceof NoDocumentError) throw new SourceError(source.file, err.message);
    throw err;
  }
  const records = toRecords(gaz, parsed, source.name, source.sha256);
  records.documents = withDocumentText(records.documents, source.text);
  return {
    write: { file: source.name, sha256: source.sha256, records },
    warnings: parsed.warnings.map((w) => `${printable(source.name)}:${w.line}: ${w.message}`),
    documents: parsed.documents.map((d) => ({ name: d.name, status: d.status, missing: d.missing })),
  };
}

/** A document to read: a file on disk, or bytes held in memory (an upload) with the name it loads under. */
export type ReadTask = ({ kind: 'file' } & FileToRead) | { kind: 'bytes'; name: string; bytes: Uint8Array };

export async function prepareInput(gaz: Gazetteer, f: FileToRead, limits?: ParseLimits): Promise<PreparedFile> {
  return prepareSource(gaz, await readSource(f.path, f.relPath, limits));
}

export async function prepareTask(gaz: Gazetteer, task: ReadTask, limits?: ParseLimits): Promise<PreparedFile> {
  if (task.kind === 'file') return prepareInput(gaz, task, limits);
  return prepareSource(gaz, await decodeSource(task.name, task.bytes, task.name, limits));
}
