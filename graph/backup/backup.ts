import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { once } from 'node:events';
import type { Executor } from '../executor.js';
import { isGraphNode, NODE_LABELS, RELATIONSHIP_TYPES } from '../schema/index.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  compareText,
  parseValueType,
  type BackupHeader,
  type BackupNode,
  type BackupProperty,
  type BackupRelationship,
} from './format.js';

// Strings and booleans are exact in JSON; every other type travels as Neo4j's own string form.
const TYPED = (x: string) => `[k IN keys(${x}) | {k: k, t: valueType(${x}[k]), v: CASE
  WHEN valueType(${x}[k]) =~ '(LIST<)?(STRING|BOOLEAN|NOTHING).*' THEN ${x}[k]
  WHEN valueType(${x}[k]) STARTS WITH 'LIST<' THEN [e IN ${x}[k] | toString(e)]
  ELSE toString(${x}[k]) END}]`;
// GraphMeta (version, what was last applied) and FailedLoad are bookkeeping about this database,
// not part of the graph: a restore gives the target database a new version instead (restore.ts).
const NODES = `MATCH (n) WHERE ${isGraphNode('n')} RETURN elementId(n) AS eid, labels(n) AS labels, ${TYPED('n')} AS props`;
const RELS = `MATCH (a)-[r]->(b) RETURN elementId(a) AS s, elementId(b) AS e, type(r) AS type, ${TYPED('r')} AS props`;

interface RawProps {
  props: BackupProperty[];
}

function sortedProps(raw: RawProps): BackupProperty[] {
  for (const p of raw.props) {
    if (!parseValueType(p.t)) throw new Error(`property "${p.k}" has type ${p.t}, which a backup cannot hold`);
  }
  return [...raw.props].sort((a, b) => compareText(a.k, b.k));
}

const key = (x: unknown) => JSON.stringify(x);

// A backup holds only what a restore may write back: labels and types of the schema in graph/.
function schemaLabels(labels: string[]): BackupNode['labels'] {
  for (const l of labels)
    if (!(l in NODE_LABELS)) throw new Error(`a node has label ${l}, which is not in the Sakskart schema`);
  return [...labels].sort(compareText) as BackupNode['labels'];
}
function schemaType(type: string): BackupRelationship['type'] {
  if (!(type in RELATIONSHIP_TYPES))
    throw new Error(`a relationship has type ${type}, which is not in the Sakskart schema`);
  return type as BackupRelationship['type'];
}

/**
 * Writes the whole database to `file` from one read transaction (a consistent snapshot), through
 * Bolt, so it works the same for the local Neo4j and for a cluster or Aura. The file appears only
 * when complete.
 */
export async function writeBackup(executor: Executor, file: string): Promise<BackupHeader> {
  const { nodes, rels } = await executor.readTx(async (tx) => {
    const n = (await tx.run(NODES)).records.map((r) => r.toObject());
    const r = (await tx.run(RELS)).records.map((x) => x.toObject());
    return { nodes: n, rels: r };
  }, 'backup');

  const nodeLines = nodes
    .map((n) => ({
      eid: n.eid as string,
      labels: schemaLabels(n.labels as string[]),
      props: sortedProps(n as RawProps),
    }))
    .map((n) => ({ ...n, sortKey: key([n.labels, n.props]) }))
    .sort((a, b) => compareText(a.sortKey, b.sortKey));
  const index = new Map(nodeLines.map((n, i) => [n.eid, i]));
  const relLines: BackupRelationship[] = rels
    .map((r) => ({
      type: schemaType(r.type as string),
      s: index.get(r.s as string)!,
      e: index.get(r.e as string)!,
      props: sortedProps(r as RawProps),
    }))
    .sort((a, b) => compareText(a.type, b.type) || a.s - b.s || a.e - b.e || compareText(key(a.props), key(b.props)));

  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    nodes: nodeLines.length,
    relationships: relLines.length,
  };
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { mode: 0o600 });
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  await write(header);
  for (const [i, n] of nodeLines.entries()) {
    await write({ i, labels: n.labels, props: n.props } satisfies BackupNode);
  }
  for (const r of relLines) await write(r);
  out.end();
  await once(out, 'finish');
  await rename(partial, file);
  return header;
}
