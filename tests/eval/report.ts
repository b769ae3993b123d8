import { evaluateFixtures, precision, recall, type Score } from './evaluate.js';
import { evaluateSet } from './evaluateSet.js';
import { evaluateDependencies } from './dependencies/evaluate.js';
import { evaluateForms } from './forms/evaluate.js';
import { formsTable } from './forms/report.js';
import { stanceReport } from './stance/report.js';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
const table = (title: string, rows: [string, Score][]) => {
  process.stdout.write(`${title}\nfield         tp  fp  fn  precision  recall\n`);
  for (const [name, s] of rows)
    process.stdout.write(
      `${name.padEnd(12)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}      ${pct(precision(s))}   ${pct(recall(s))}\n`,
    );
};

const set = evaluateSet();
table(
  `Document shapes of the real record (tests/eval/documents, ${set.files} documents)`,
  Object.entries(set.perField),
);
const fixtures = evaluateFixtures();
process.stdout.write('\n');
table('Annotated fixtures (tests/fixtures/documents)', Object.entries(fixtures.perCategory));
const details = [...set.details, ...fixtures.details];
if (details.length) process.stdout.write(`\n${details.join('\n')}\n`);

const deps = evaluateDependencies();
process.stdout.write('\ndependencies  tp  fp  fn  precision  recall\n');
for (const [cat, s] of [
  ['dependency', deps.dependencies],
  ['attribution', deps.attribution],
] as const) {
  process.stdout.write(
    `${cat.padEnd(12)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}      ${pct(precision(s))}   ${pct(recall(s))}\n`,
  );
}
if (deps.details.length) process.stdout.write(`\n${deps.details.join('\n')}\n`);

// `npm run eval -- --held-out-details` also prints what was missed on the held-out documents.
process.stdout.write(`\n${formsTable(await evaluateForms(), process.argv.includes('--held-out-details'))}`);
process.stdout.write(`${stanceReport()}\n`);
