import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { closeOnSignals, openGraph } from '../../graph/connect.js';
import { exportGraph } from '../exportGraph.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', short: 'o' } } });
  const graph = await openGraph(process.env, (m) => process.stderr.write(`${m}\n`));
  const removeHandlers = closeOnSignals(() => graph.close());
  try {
    const data = await exportGraph(graph.executor);
    const json = JSON.stringify(data, null, 2);
    if (values.out) {
      await writeFile(values.out, `${json}\n`);
      process.stderr.write(
        `Wrote ${data.nodes.length} nodes and ${data.relationships.length} relationships to ${values.out}\n`,
      );
    } else {
      process.stdout.write(`${json}\n`);
    }
  } finally {
    removeHandlers();
    await graph.close();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`export failed: ${err.message}\n`);
  process.exit(1);
});
