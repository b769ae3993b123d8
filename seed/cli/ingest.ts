import { parseArgs } from 'node:util';
import { closeOnSignals, openGraph } from '../../graph/connect.js';
import { applySchema } from '../../graph/schema/index.js';
import { collectInputs, ingestFiles, type FileResult } from '../ingest.js';
import { startProgress } from './progress.js';
import { formatSummary } from './summary.js';

const USAGE = 'Usage: npm run ingest -- <files or folders…>   (.txt and .pdf; folders are searched recursively)';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || !positionals.length) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const files = await collectInputs(positionals);
  if (!files.length) {
    process.stderr.write(`No .txt or .pdf files found in ${positionals.join(', ')}\n`);
    return 1;
  }
  const graph = await openGraph(process.env, (m) => process.stderr.write(`${m}\n`));
  const removeHandlers = closeOnSignals(() => graph.close());
  try {
    await applySchema(graph.executor);
    const progress = startProgress(files.length);
    const results: FileResult[] = await ingestFiles(graph.executor, files, {
      onFile: (r) => progress.file(r.file),
    });
    progress.stop();
    process.stdout.write(`${formatSummary(results)}\n`);
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  } finally {
    removeHandlers();
    await graph.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`ingest failed: ${err.message}\n`);
    process.exit(1);
  },
);
