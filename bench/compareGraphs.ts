/**
 * Compares two canonical graph dumps (ingestProbe.ts --dump): exit 0 when they are the same
 * graph, else the lines only one side has.
 *   tsx bench/compareGraphs.ts before.txt after.txt
 */
import { readFile } from 'node:fs/promises';
import { dumpDiff } from './graphDump.js';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  process.stderr.write('Usage: tsx bench/compareGraphs.ts <dump A> <dump B>\n');
  process.exit(2);
}
const lines = async (f: string) => (await readFile(f, 'utf8')).split('\n').filter(Boolean);
const [la, lb] = [await lines(a), await lines(b)];
const { onlyA, onlyB } = dumpDiff(la, lb);
if (!onlyA.length && !onlyB.length) {
  process.stdout.write(
    `same graph: ${la.filter((l) => l.startsWith('N ')).length} nodes, ${la.filter((l) => l.startsWith('R ')).length} relationships\n`,
  );
  process.exit(0);
}
for (const l of onlyA) process.stdout.write(`- ${l.slice(0, 400)}\n`);
for (const l of onlyB) process.stdout.write(`+ ${l.slice(0, 400)}\n`);
process.exit(1);
