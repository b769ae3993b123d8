import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import type { Executor } from '../executor.js';
import {
  applySchema,
  isGraphNode,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelType,
} from '../schema/index.js';
import { markRestored } from '../version.js';
import {
  BackupHeader,
  BackupNode,
  BackupRelationship,
  parseValueType,
  type BackupProperty,
  type BackupNode as BackupNodeT,
  type BackupRelationship as BackupRelationshipT,
} from './format.js';
import { deleteGraph } from '../deleteGraph.js';

const BATCH = 2_000;

/** Refused: the database already holds data and `force` was not given. */
export class DatabaseNotEmptyError extends Error {
  override name = 'DatabaseNotEmptyError';
}

// Each property goes back with the type it was saved with (see format.ts).
const SET_PROPS = (x: string) => `FOREACH (p IN row.props | SET ${x}[p.k] = CASE p.kind
  WHEN 'INTEGER' THEN CASE WHEN p.list THEN [e IN p.v | toInteger(e)] ELSE toInteger(p.v) END
  WHEN 'FLOAT' THEN CASE WHEN p.list THEN [e IN p.v | toFloat(e)] ELSE toFloat(p.v) END
  WHEN 'DATE' THEN CASE WHEN p.list THEN [e IN p.v | date(e)] ELSE date(p.v) END
  WHEN 'LOCAL DATETIME' THEN CASE WHEN p.list THEN [e IN p.v | localdatetime(e)] ELSE localdatetime(p.v) END
  WHEN 'ZONED DATETIME' THEN CASE WHEN p.list THEN [e IN p.v | datetime(e)] ELSE datetime(p.v) END
  WHEN 'LOCAL TIME' THEN CASE WHEN p.list THEN [e IN p.v | localtime(e)] ELSE localtime(p.v) END
  WHEN 'ZONED TIME' THEN CASE WHEN p.list THEN [e IN p.v | time(e)] ELSE time(p.v) END
  WHEN 'DURATION' THEN CASE WHEN p.list THEN [e IN p.v | duration(e)] ELSE duration(p.v) END
  ELSE p.v END)`;

// Labels and types come from the schema registry only (the backup's are validated against it).
const createNodes = (labels: NodeLabel[]) => `UNWIND $rows AS row
CREATE (n${labels.map((l) => `:${l}`).join('')})
${SET_PROPS('n')}
RETURN row.i AS i, elementId(n) AS eid`;
const createRels = (type: RelType) => `UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.s
MATCH (b) WHERE elementId(b) = row.e
CREATE (a)-[r:${type}]->(b)
${SET_PROPS('r')}
RETURN count(r) AS n`;

function propRows(props: BackupProperty[]) {
  return props.map((p) => {
    const { kind, list } = parseValueType(p.t)!;
    return { k: p.k, kind, list, v: p.v };
  });
}

async function* lines(file: string): AsyncGenerator<{ n: number; value: unknown }> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    try {
      yield { n, value: JSON.parse(line) };
    } catch {
      throw new Error(`${file}:${n}: not a JSON line`);
    }
  }
}

function parseLine<T>(schema: z.ZodType<T>, file: string, n: number, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`${file}:${n}: ${i.path.join('.') || 'line'}: ${i.message}`);
  }
  return r.data;
}

/** Reads and checks the whole file before anything is written: a damaged backup changes nothing. */
async function validate(file: string): Promise<BackupHeader> {
  let header: BackupHeader | undefined;
  let nodes = 0;
  let rels = 0;
  for await (const { n, value } of lines(file)) {
    if (!header) {
      header = parseLine(BackupHeader, file, n, value);
    } else if (nodes < header.nodes) {
      const node = parseLine(BackupNode, file, n, value);
      if (node.i !== nodes) throw new Error(`${file}:${n}: i: expected node ${nodes}, found ${node.i}`);
      nodes++;
    } else {
      const rel = parseLine(BackupRelationship, file, n, value);
      for (const end of ['s', 'e'] as const) {
        if (rel[end] >= header.nodes) throw new Error(`${file}:${n}: ${end}: no node ${rel[end]} in this backup`);
      }
      rels++;
    }
  }
  if (!header) throw new Error(`${file}: empty file, not a Sakskart backup`);
  if (nodes !== header.nodes || rels !== header.relationships) {
    throw new Error(
      `${file}: truncated: the header announces ${header.nodes} nodes and ${header.relationships} relationships, the file holds ${nodes} and ${rels}`,
    );
  }
  return header;
}

/**
 * Restores a backup written by writeBackup into an empty database (with `force`, the database is
 * emptied first). The schema (constraints, indexes) is applied from graph/schema, not the backup.
 * Written in batches: a restore that fails part-way leaves a partial graph, which the error says.
 */
export async function restoreBackup(
  executor: Executor,
  file: string,
  opts: { force?: boolean } = {},
): Promise<{ nodes: number; relationships: number }> {
  const header = await validate(file);
  // The GraphMeta node (made by applySchema at every start) is not data: it stays, and counts not.
  const [row] = await executor.read(`MATCH (n) WHERE ${isGraphNode('n')} RETURN count(n) AS n`);
  const existing = Number(row?.n ?? 0);
  if (existing > 0) {
    if (!opts.force) {
      throw new DatabaseNotEmptyError(
        `the database holds ${existing} nodes; restore only fills an empty database (--force deletes them first)`,
      );
    }
    await deleteGraph(executor);
  }
  await applySchema(executor);

  const eids: string[] = new Array<string>(header.nodes);
  let done = { nodes: 0, relationships: 0 };
  try {
    let nodeBatch: BackupNodeT[] = [];
    let relBatch: BackupRelationshipT[] = [];
    const flushNodes = async () => {
      // One query per label combination, so labels stay literals from the schema.
      const groups = new Map<string, BackupNodeT[]>();
      for (const node of nodeBatch) {
        const k = node.labels.join(':');
        groups.set(k, [...(groups.get(k) ?? []), node]);
      }
      await executor.writeTx(async (tx) => {
        for (const group of groups.values()) {
          const labels = group[0]!.labels.filter((l) => l in NODE_LABELS);
          const rows = group.map((g) => ({ i: g.i, props: propRows(g.props) }));
          for (const r of await tx.run(createNodes(labels), { rows })) eids[r.i as number] = r.eid as string;
        }
      }, 'restore');
      done.nodes += nodeBatch.length;
      nodeBatch = [];
    };
    const flushRels = async () => {
      const groups = new Map<RelType, BackupRelationshipT[]>();
      for (const rel of relBatch) groups.set(rel.type, [...(groups.get(rel.type) ?? []), rel]);
      await executor.writeTx(async (tx) => {
        for (const [type, group] of groups) {
          if (!(type in RELATIONSHIP_TYPES)) throw new Error(`unknown relationship type ${type}`);
          const rows = group.map((g) => ({ s: eids[g.s], e: eids[g.e], props: propRows(g.props) }));
          await tx.run(createRels(type), { rows });
        }
      }, 'restore');
      done.relationships += relBatch.length;
      relBatch = [];
    };
    let seen = 0;
    for await (const { value } of lines(file)) {
      if (seen++ === 0) continue;
      if (seen - 1 <= header.nodes) {
        nodeBatch.push(BackupNode.parse(value));
        if (nodeBatch.length >= BATCH) await flushNodes();
      } else {
        if (nodeBatch.length) await flushNodes();
        relBatch.push(BackupRelationship.parse(value));
        if (relBatch.length >= BATCH) await flushRels();
      }
    }
    if (nodeBatch.length) await flushNodes();
    if (relBatch.length) await flushRels();
  } catch (err) {
    throw new Error(
      `restore failed after ${done.nodes} of ${header.nodes} nodes and ${done.relationships} of ${header.relationships} relationships (run it again with --force): ${(err as Error).message}`,
    );
  }
  await markRestored(executor);
  done = { nodes: header.nodes, relationships: header.relationships };
  return done;
}
