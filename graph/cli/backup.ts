/** `npm run backup -- --out FILE`: the whole graph, lossless, through Bolt (local Neo4j or NEO4J_URI). */
import { parseArgs } from 'node:util';
import { writeBackup } from '../backup/backup.js';
import { closeOnSignals, openGraph } from '../connect.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean' } } });
  if (values.help || !values.out) {
    process.stderr.write('Usage: npm run backup -- --out FILE\n');
    return values.help ? 0 : 2;
  }
  const graph = await openGraph(process.env, (m) => process.stderr.write(`${m}\n`));
  const removeHandlers = closeOnSignals(() => graph.close());
  try {
    const h = await writeBackup(graph.executor, values.out);
    process.stderr.write(`Backed up ${h.nodes} nodes and ${h.relationships} relationships to ${values.out}\n`);
    return 0;
  } finally {
    removeHandlers();
    await graph.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`backup failed: ${err.message}\n`);
    process.exit(1);
  },
);
