/** `npm run backup -- --out FILE`: the whole graph, lossless, through Bolt (local Neo4j or NEO4J_URI). */
import { parseArgs } from 'node:util';
import { writeBackup } from '../backup/backup.js';
import { runGraphCommand } from '../connect.js';

const { values } = parseArgs({ options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean' } } });
const out = values.out;
if (values.help || !out) {
  process.stderr.write('Usage: npm run backup -- --out FILE\n');
  process.exit(values.help ? 0 : 2);
}
runGraphCommand('backup', async (executor) => {
  const h = await writeBackup(executor, out);
  process.stderr.write(`Backed up ${h.nodes} nodes and ${h.relationships} relationships to ${out}\n`);
  return 0;
});
