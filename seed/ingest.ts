import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../graph/executor.js';
import { Gazetteer } from './parse/gazetteer.js';
import { NoDocumentError, parseText } from './parse/parseFile.js';
import { readSource, SourceError } from './source/readSource.js';
import { toRecords } from './write/records.js';
import { withDocumentText } from './documentText.js';
import { upsertReferenceData } from './write/referenceData.js';
import { writeFileRecords } from './write/writeFile.js';

export interface FileResult {
  file: string;
  status: 'loaded' | 'replaced' | 'unchanged' | 'failed';
  error?: string;
  documents: number;
  meetings: number;
  cases: number;
  statements: number;
  actionItems: number;
  citations: number;
  links: number;
  warnings: string[];
}

const SUPPORTED = /\.(txt|pdf)$/i;

/** Expands folders (recursively) into the .txt and .pdf files they hold, in a stable order. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let s;
    try {
      s = await stat(input);
    } catch {
      out.push(input); // reported as unreadable by readSource
      continue;
    }
    if (s.isDirectory()) {
      const entries = (await readdir(input, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      out.push(
        ...(await expandInputs(
          entries.filter((e) => e.isDirectory() || SUPPORTED.test(e.name)).map((e) => path.join(input, e.name)),
        )),
      );
    } else {
      out.push(input);
    }
  }
  return out;
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

/**
 * Loads files into the graph, one transaction per file. A bad file is reported and skipped; the
 * others still load.
 */
export async function ingestFiles(
  executor: Executor,
  files: string[],
  opts: { gazetteer?: Gazetteer; onFile?: (r: FileResult) => void } = {},
): Promise<FileResult[]> {
  const gaz = opts.gazetteer ?? Gazetteer.load();
  await upsertReferenceData(executor, gaz);
  const results: FileResult[] = [];
  for (const file of files) {
    const result = emptyResult(file);
    try {
      const source = await readSource(file);
      let parsed;
      try {
        parsed = parseText(gaz, source.text);
      } catch (err) {
        if (err instanceof NoDocumentError) throw new SourceError(file, err.message);
        throw err;
      }
      const records = toRecords(gaz, parsed, source.name, source.sha256);
      records.documents = withDocumentText(records.documents, source.text);
      const outcome = await writeFileRecords(executor, source.name, source.sha256, records);
      const count = (label: string) => records.nodes.filter((n) => n.label === label).map((n) => n.key);
      Object.assign(result, {
        status: outcome.status,
        documents: parsed.documents.length,
        meetings: new Set(count('Meeting')).size,
        cases: new Set(count('Case')).size,
        statements: new Set(count('Statement')).size,
        actionItems: new Set(count('ActionItem')).size,
        citations: new Set(count('Citation')).size,
        links: outcome.links,
        warnings: [...parsed.warnings.map((w) => `${source.name}:${w.line}: ${w.message}`), ...outcome.linkWarnings],
      });
    } catch (err) {
      result.status = 'failed';
      result.error = (err as Error).message;
    }
    results.push(result);
    opts.onFile?.(result);
  }
  return results;
}
