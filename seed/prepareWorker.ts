/*
 * Worker thread entry: reads, parses and turns files into records for ingestFiles (see
 * prepareAhead.ts). Parsing is synchronous CPU; on the main thread it stalled every statement of
 * the batch being written.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Gazetteer } from './parse/gazetteer.js';
import { prepareInput, type FileToRead } from './prepareFile.js';

const gaz = Gazetteer.load(new URL(String((workerData as { gazetteer: string }).gazetteer)));

parentPort!.on('message', (msg: { id: number; input: FileToRead }) => {
  prepareInput(gaz, msg.input).then(
    (value) => parentPort!.postMessage({ id: msg.id, value }),
    (err: unknown) =>
      parentPort!.postMessage({
        id: msg.id,
        error: { message: (err as Error).message ?? String(err), code: (err as { code?: string }).code },
      }),
  );
});
