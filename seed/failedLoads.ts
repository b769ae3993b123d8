import type { Executor } from '../graph/executor.js';
import { FAILED_LOAD_LABEL } from '../graph/schema/index.js';
import { bumpGraphVersion } from '../graph/version.js';

/*
 * Which files of an archive could not be loaded, and why, kept in the graph so the Documents view
 * (and anyone after the terminal is closed) can see them. A file that loads later clears its entry.
 */
const CLEAR = `
MATCH (n:${FAILED_LOAD_LABEL}) WHERE n.file IN $files
DETACH DELETE n
RETURN count(*) AS removed`;

const RECORD = `
UNWIND $failed AS f
MERGE (n:${FAILED_LOAD_LABEL} {file: f.file})
SET n.error = f.error, n.at = $at`;

export interface LoadOutcome {
  /** The file's identity (relative path, or an upload's name). */
  file: string;
  /** Set when the load failed: what the user should read. */
  error?: string;
}

/** Records failures and clears the entries of files that loaded now, in one transaction. */
export async function noteLoadOutcomes(executor: Executor, outcomes: LoadOutcome[]): Promise<void> {
  const failed = outcomes.filter((o) => o.error !== undefined).map((o) => ({ file: o.file, error: o.error! }));
  const loaded = outcomes.filter((o) => o.error === undefined).map((o) => o.file);
  if (!failed.length && !loaded.length) return;
  await executor.writeTx(async (tx) => {
    let changed = false;
    if (loaded.length) changed = Number((await tx.run(CLEAR, { files: loaded }))[0]?.removed ?? 0) > 0;
    if (failed.length) {
      await tx.run(RECORD, { failed, at: new Date().toISOString() });
      changed = true;
    }
    // The documents list is cached by graph version: a new or cleared failure must show.
    if (changed) await bumpGraphVersion(tx);
  }, 'failed-loads');
}
