import type { FileResult } from '../ingest.js';
import { printable } from '../source/printable.js';

const COLUMNS = ['file', 'status', 'documents', 'meetings', 'cases', 'statements', 'links', 'warnings'] as const;

/** The ingest summary: one row per file, a total row, then warnings and errors in full. */
export function formatSummary(results: FileResult[]): string {
  const rows: Record<(typeof COLUMNS)[number], string>[] = results.map((r) => ({
    file: printable(r.file),
    status: r.status,
    documents: String(r.documents),
    meetings: String(r.meetings),
    cases: String(r.cases),
    statements: String(r.statements),
    links: String(r.links),
    warnings: String(r.warnings.length),
  }));
  const sum = (k: 'documents' | 'meetings' | 'cases' | 'statements' | 'warnings') =>
    String(results.reduce((n, r) => n + (k === 'warnings' ? r.warnings.length : r[k]), 0));
  rows.push({
    file: 'total',
    status: `${results.filter((r) => r.status !== 'failed').length}/${results.length} ok`,
    documents: sum('documents'),
    meetings: sum('meetings'),
    cases: sum('cases'),
    statements: sum('statements'),
    links: String(results.reduce((n, r) => n + r.links, 0)),
    warnings: sum('warnings'),
  });
  const width = Object.fromEntries(COLUMNS.map((c) => [c, Math.max(c.length, ...rows.map((r) => r[c].length))]));
  const line = (r: Record<string, string>) =>
    COLUMNS.map((c) => (c === 'file' || c === 'status' ? r[c]!.padEnd(width[c]!) : r[c]!.padStart(width[c]!))).join(
      '  ',
    );
  const out = [
    line(Object.fromEntries(COLUMNS.map((c) => [c, c]))),
    COLUMNS.map((c) => '-'.repeat(width[c]!)).join('  '),
  ];
  rows.forEach((r, i) => {
    if (i === rows.length - 1) out.push(COLUMNS.map((c) => '-'.repeat(width[c]!)).join('  '));
    out.push(line(r));
  });
  const notes = results.flatMap((r) => [
    ...(r.error ? [`ERROR ${r.error}`] : []),
    ...(r.missing ?? []).map((m) => `partial ${printable(r.file)}: ${m}`),
    ...r.warnings.map((w) => `warning ${w}`),
  ]);
  return [...out, ...(notes.length ? ['', ...notes] : [])].join('\n');
}
