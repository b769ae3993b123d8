import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConstraintViolationError, type Executor } from '../../graph/executor.js';
import { applySchema, constraintName, FULLTEXT_INDEX, NODE_LABELS, type NodeLabel } from '../../graph/schema/index.js';
import { resetGraph, testExecutor } from '../helpers/graph.js';

let executor: Executor;

beforeAll(async () => {
  executor = testExecutor();
  await resetGraph(executor);
});
afterAll(async () => {
  await resetGraph(executor);
  await executor.close();
});

describe('graph schema on a real Neo4j', () => {
  it('talks to Neo4j 5.26', async () => {
    const info = await executor.serverInfo();
    expect(info.version).toMatch(/^5\.26\./);
  });

  it('has a unique-key constraint for every label', async () => {
    const rows = await executor.read('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties');
    for (const label of Object.keys(NODE_LABELS) as NodeLabel[]) {
      const c = rows.find((r) => r.name === constraintName(label));
      expect(c, `constraint for ${label}`).toBeDefined();
      expect(c).toMatchObject({ type: 'UNIQUENESS', labelsOrTypes: [label], properties: [NODE_LABELS[label].key] });
    }
  });

  it('has an online full-text index with the Norwegian analyzer', async () => {
    const [idx] = await executor.read(
      'SHOW FULLTEXT INDEXES YIELD name, state, options WHERE name = $name RETURN state, options',
      { name: FULLTEXT_INDEX },
    );
    expect(idx?.state).toBe('ONLINE');
    expect((idx?.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe(
      'norwegian',
    );
  });

  it('applying the schema again changes nothing', async () => {
    const before = await executor.read('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n');
    await applySchema(executor);
    const after = await executor.read('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n');
    expect(after).toEqual(before);
  });

  it('rejects a duplicate case id', async () => {
    await executor.write("CREATE (:Case {id: 'NUIT-99/22', title: 'first'})");
    await expect(executor.write("CREATE (:Case {id: 'NUIT-99/22', title: 'second'})")).rejects.toBeInstanceOf(
      ConstraintViolationError,
    );
    const rows = await executor.read("MATCH (c:Case {id: 'NUIT-99/22'}) RETURN c.title AS title");
    expect(rows).toEqual([{ title: 'first' }]);
  });

  it('finds Norwegian words by their stem in the full-text index', async () => {
    await executor.write("CREATE (:Topic {key: 'dho', name: 'Digital hjemmeoppfølging', aliasText: 'DHO'})");
    const rows = await executor.read(
      'CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.key AS key',
      { index: FULLTEXT_INDEX, q: 'hjemmeoppfølgingen' },
    );
    expect(rows.map((r) => r.key)).toContain('dho');
  });
});
