import { z } from 'zod';
import { NODE_LABELS, type NodeLabel } from '../schema/nodes.js';

const LABELS = Object.keys(NODE_LABELS);

/**
 * Public node ids are "<Label>:<key>", e.g. "Case:NUIT-37/22": stable across loads and databases.
 * The label is matched against the schema's own labels by the pattern itself (never with `in`,
 * which would let "constructor" or "toString" through), so OpenAPI shows the real rule.
 */
export const NodeId = z
  .string()
  .max(300)
  .regex(
    new RegExp(`^(?:${LABELS.join('|')}):.+$`),
    `must be <label>:<key> with a label of ${LABELS.join(', ')}, e.g. Case:NUIT-37/22`,
  )
  .meta({
    id: 'NodeId',
    description: 'Label and key, e.g. "Case:NUIT-37/22" or "Topic:ehds"',
    example: 'Case:NUIT-37/22',
  });

export function parseNodeId(id: string): { label: NodeLabel; key: string } {
  const at = id.indexOf(':');
  return { label: id.slice(0, at) as NodeLabel, key: id.slice(at + 1) };
}

export function nodeId(label: NodeLabel, key: string): string {
  return `${label}:${key}`;
}
