import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteGraph } from '../../graph/deleteGraph.js';
import type { Executor } from '../../graph/executor.js';
import { GRAPH_META_LABEL } from '../../graph/schema/index.js';
import { closeGraph, resetGraph, testExecutor } from '../helpers/graph.js';

let ex: Executor;
beforeAll(async () => {
  ex = testExecutor();
  await resetGraph(ex);
}, 120_000);
afterAll(() => closeGraph(ex));

describe('emptying a big graph (restore --force, the bench, the tests)', () => {
  it('deletes hubs of 100,000 relationships each within the transaction memory pool, and keeps GraphMeta', async () => {
    // Like organisations and topics of an archive: a few nodes that most relationships meet.
    await ex.autoCommit(`UNWIND range(0, 2) AS h CREATE (:Topic {key: 'hub-' + h})`);
    await ex.autoCommit(
      `UNWIND range(1, 100000) AS i
       CALL (i) {
         CREATE (s:Statement {id: 'st-' + i, text: 'Innspill nummer ' + i + ' om et langt tema som fyller minnet'})
         WITH s, i
         MATCH (h:Topic) WHERE h.key STARTS WITH 'hub-'
         CREATE (s)-[:ABOUT {doc: 'd', lineStart: i, lineEnd: i, quote: 'Innspill nummer ' + i}]->(h)
       } IN TRANSACTIONS OF 10000 ROWS`,
    );
    const [before] = await ex.read('MATCH ()-[r]->() RETURN count(r) AS r');
    expect(Number(before!.r)).toBe(300_000);
    await deleteGraph(ex);
    const [after] = await ex.read(
      `MATCH (n) RETURN count(n) AS n, count(CASE WHEN n:${GRAPH_META_LABEL} THEN 1 END) AS meta`,
    );
    expect({ n: Number(after!.n), meta: Number(after!.meta) }).toEqual({ n: 1, meta: 1 });
  }, 300_000);
});
