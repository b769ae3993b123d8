import { precision, recall, type Score } from '../evaluate.js';
import { METRICS, sumScores, type DocResult, type Metric } from './evaluate.js';

/*
 * The per-document table of `npm run eval` for tests/eval/forms: one line per document and
 * format, each metric as recall/precision in percent ("-" where the document has nothing of the
 * kind and nothing was found), then totals for the development set and the held-out set, text
 * and PDF apart. Details (what was missed or wrong) are printed for development documents only,
 * unless `heldOutDetails`.
 */

const SHORT: Record<Metric, string> = {
  meeting: 'meet',
  cases: 'case',
  titles: 'titl',
  types: 'type',
  decisions: 'deci',
  attendance: 'attd',
  statements: 'stmt',
  attribution: 'attr',
  replies: 'repl',
  links: 'link',
  planned: 'plan',
  actionItems: 'actn',
};

const cell = (s: Score) =>
  s.tp + s.fp + s.fn === 0
    ? '-'.padStart(8)
    : `${Math.round(recall(s) * 100)}/${Math.round(precision(s) * 100)}`.padStart(8);

export function formsTable(results: DocResult[], heldOutDetails = false): string {
  const lines: string[] = [];
  const name = (r: DocResult) => `${r.file.replace(/^(documents|heldout)\//, '').replace(/\.txt$/, '')} ${r.format}`;
  const width = Math.max(...results.map((r) => name(r).length), 24) + 1;
  lines.push(
    'Minutes as people write them (tests/eval/forms): recall/precision % per document and format',
    `${''.padEnd(width)}${METRICS.map((m) => SHORT[m].padStart(8)).join('')}`,
  );
  const row = (label: string, scores: Record<Metric, Score>) =>
    lines.push(`${label.padEnd(width)}${METRICS.map((m) => cell(scores[m])).join('')}`);
  for (const r of results) row(`${r.heldOut ? '*' : ' '}${name(r)}`, r.scores);
  lines.push('(* held out: written and annotated without looking at the parser’s output on it)');
  for (const [label, pick] of [
    ['development, text', (r: DocResult) => !r.heldOut && r.format === 'text'],
    ['development, PDF', (r: DocResult) => !r.heldOut && r.format === 'pdf'],
    ['held out, text', (r: DocResult) => r.heldOut && r.format === 'text'],
    ['held out, PDF', (r: DocResult) => r.heldOut && r.format === 'pdf'],
    ['all', () => true],
  ] as const) {
    const subset = results.filter(pick);
    if (subset.length) row(`TOTAL ${label}`, sumScores(subset));
  }
  lines.push(`legend: ${METRICS.map((m) => `${SHORT[m]}=${m}`).join(' ')}`);
  const details = results
    .filter((r) => heldOutDetails || !r.heldOut)
    .flatMap((r) => r.details.map((d) => `${name(r)}: ${d}`));
  if (details.length) lines.push('', ...details);
  return `${lines.join('\n')}\n`;
}
