import { z } from 'zod';
import { NODE_LABELS, type NodeLabel } from '../schema/nodes.js';

/** Public node ids are "<Label>:<key>", e.g. "Case:NUIT-37/22": stable across loads and databases. */
export const NodeId = z
  .string()
  .max(300)
  .regex(/^[A-Za-z]+:.+$/, 'must look like Case:NUIT-37/22')
  // Own properties only: `in` would also accept "constructor" or "toString" from the prototype.
  .refine((s) => Object.hasOwn(NODE_LABELS, s.slice(0, s.indexOf(':'))), {
    message: `label must be one of ${Object.keys(NODE_LABELS).join(', ')}`,
  })
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
