import { parseArgs } from 'node:util';
import { runGraphCommand } from '../../graph/connect.js';
import { applySchema } from '../../graph/schema/index.js';
import { collectInputs, ingestFiles, type FileResult } from '../ingest.js';
import { startProgress } from './progress.js';
import { formatSummary } from './summary.js';

const USAGE = 'Usage: npm run ingest -- <files or folders…>   (.txt and .pdf; folders are searched recursively)';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { help: { type: 'boolean', short: 'h' } },
});
if (values.help || !positionals.length) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}
const files = await collectInputs(positionals).catch((err: Error) => {
  process.stderr.write(`ingest failed: ${err.message}\n`);
  return process.exit(1);
});
if (!files.length) {
  process.stderr.write(`No .txt or .pdf files found in ${positionals.join(', ')}\n`);
  process.exit(1);
}
runGraphCommand('ingest', async (executor) => {
  await applySchema(executor);
  const progress = startProgress(files.length);
  const results: FileResult[] = await ingestFiles(executor, files, { onFile: (r) => progress.file(r.file) });
  progress.stop();
  process.stdout.write(`${formatSummary(results)}\n`);
  return results.some((r) => r.status === 'failed') ? 1 : 0;
});
