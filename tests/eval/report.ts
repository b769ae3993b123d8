import { evaluateFixtures, precision, recall } from './evaluate.js';
import { evaluateDependencies } from './dependencies/evaluate.js';

const { perCategory, details } = evaluateFixtures();
const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
process.stdout.write('category      tp  fp  fn  precision  recall\n');
for (const [cat, s] of Object.entries(perCategory)) {
  process.stdout.write(
    `${cat.padEnd(12)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}      ${pct(precision(s))}   ${pct(recall(s))}\n`,
  );
}
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
