import type { FileResult } from './ingest.js';
import type { ParsedDocument } from './parse/types.js';

/**
 * A file that loaded but whose structure was not fully recognised is `partial`, and says what was
 * not found. Kept apart from ingest.ts so the writer's own bookkeeping stays untouched.
 */
export function markPartial(
  result: FileResult,
  documents: Pick<ParsedDocument, 'name' | 'status' | 'missing'>[],
): void {
  const partial = documents.filter((d) => d.status === 'partial');
  if (!partial.length) return;
  result.missing = partial.map((d) => `${d.name}: ${d.missing.join(', ')}`);
  if (result.status === 'loaded' || result.status === 'replaced') result.status = 'partial';
}
