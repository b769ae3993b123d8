/*
 * Worker thread entry of the parse pool (parsePool.ts): reads, parses and turns one document at a
 * time into records. Runs with a capped heap; the pool ends it when a file takes too long.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Gazetteer } from '../parse/gazetteer.js';
import { prepareTask, type ReadTask } from '../prepareFile.js';
import type { ParseLimits } from './parseLimits.js';

const data = workerData as { gazetteer: string; limits: ParseLimits };
const gaz = Gazetteer.load(new URL(data.gazetteer));

parentPort!.on('message', (msg: { id: number; task: ReadTask }) => {
  prepareTask(gaz, msg.task, data.limits).then(
    (value) => parentPort!.postMessage({ id: msg.id, value }),
    (err: unknown) => parentPort!.postMessage({ id: msg.id, error: (err as Error).message ?? String(err) }),
  );
});
// The pool starts a file's time budget from here: starting tsx and the gazetteer is not the file's cost.
parentPort!.postMessage({ ready: true });
