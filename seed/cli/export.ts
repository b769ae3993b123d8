import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runGraphCommand } from '../../graph/connect.js';
import { exportGraph } from '../exportGraph.js';

const { values } = parseArgs({ options: { out: { type: 'string', short: 'o' } } });
runGraphCommand('export', async (executor) => {
  const data = await exportGraph(executor);
  const json = JSON.stringify(data, null, 2);
  if (values.out) {
    await writeFile(values.out, `${json}\n`);
    process.stderr.write(
      `Wrote ${data.nodes.length} nodes and ${data.relationships.length} relationships to ${values.out}\n`,
    );
  } else {
    process.stdout.write(`${json}\n`);
  }
  return 0;
});
