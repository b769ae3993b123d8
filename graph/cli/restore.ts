/** `npm run restore -- FILE [--force]`: a backup into an empty database (--force empties it first). */
import { parseArgs } from 'node:util';
import { restoreBackup } from '../backup/restore.js';
import { runGraphCommand } from '../connect.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean' }, help: { type: 'boolean' } },
});
const file = positionals[0];
if (values.help || positionals.length !== 1 || !file) {
  process.stderr.write('Usage: npm run restore -- FILE [--force]   (--force deletes what the database holds first)\n');
  process.exit(values.help ? 0 : 2);
}
runGraphCommand('restore', async (executor) => {
  const r = await restoreBackup(executor, file, { force: values.force });
  process.stderr.write(`Restored ${r.nodes} nodes and ${r.relationships} relationships from ${file}\n`);
  return 0;
});
