/** `npm run restore -- FILE [--force]`: a backup into an empty database (--force empties it first). */
import { parseArgs } from 'node:util';
import { restoreBackup } from '../backup/restore.js';
import { closeOnSignals, openGraph } from '../connect.js';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help || positionals.length !== 1) {
    process.stderr.write(
      'Usage: npm run restore -- FILE [--force]   (--force deletes what the database holds first)\n',
    );
    return values.help ? 0 : 2;
  }
  const file = positionals[0]!;
  const graph = await openGraph(process.env, (m) => process.stderr.write(`${m}\n`));
  const removeHandlers = closeOnSignals(() => graph.close());
  try {
    const r = await restoreBackup(graph.executor, file, { force: values.force });
    process.stderr.write(`Restored ${r.nodes} nodes and ${r.relationships} relationships from ${file}\n`);
    return 0;
  } finally {
    removeHandlers();
    await graph.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`restore failed: ${err.message}\n`);
    process.exit(1);
  },
);
