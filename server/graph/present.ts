import { nodeId } from '../../graph/api/ids.js';
import { NODE_LABELS, type NodeLabel } from '../../graph/schema/index.js';

/** A node as read from Neo4j: its labels and properties. */
export interface RawNode {
  labels: string[];
  props: Record<string, unknown>;
}

export function primaryLabel(labels: string[]): NodeLabel | undefined {
  return labels.find((l): l is NodeLabel => l in NODE_LABELS);
}

const clip = (s: unknown, n = 90) => {
  const t = String(s ?? '');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** The short text a person sees for a node: "NUIT 37/22 Plan for …", "Helse Midt-Norge RHF". */
export function displayLabel(label: NodeLabel, p: Record<string, unknown>): string {
  switch (label) {
    case 'Case':
      return `${String(p.committee)} ${String(p.number)} ${clip(p.title, 70)}`;
    case 'Meeting':
      return `${String(p.committee)} ${String(p.startDate)}${p.number ? ` (${String(p.number)})` : ''}`;
    case 'Committee':
      return String(p.shortName ?? p.name ?? p.key);
    case 'Statement':
    case 'ActionItem':
      return clip(p.text, 80);
    case 'Citation':
      return clip(p.context, 80);
    case 'Passage':
      return clip(p.text, 80);
    case 'ReferencedMeeting':
      return `${String(p.committee)} ${String(p.when ?? 'møte')} (henvisning)`;
    default:
      return String(p.name ?? p.key ?? p.id);
  }
}

export function publicId(n: RawNode): string {
  const label = primaryLabel(n.labels)!;
  return nodeId(label, String(n.props[NODE_LABELS[label].key]));
}

/** Properties shown to clients: internal bookkeeping (aliasText, curated) is left out. */
export function publicProps(p: Record<string, unknown>): Record<string, unknown> {
  const { aliasText: _a, curated: _c, ...rest } = p;
  return rest;
}

/**
 * A Cytoscape node. `kind` is the label (it drives styling); a node's own `kind` property
 * (a statement's input/response, an organisation's type) travels as `category`.
 */
/**
 * What the graph never draws: a case's decision and summary, descriptions, a citation's context,
 * lists of other names and a title its label already holds. The details panel reads them from
 * /api/entities; carried on every node of a big neighbourhood they were most of its 2 MB.
 */
export const DETAIL_ONLY = [
  'decision',
  'proposedDecision',
  'summary',
  'description',
  'context',
  'aliasEvidence',
  'aliases',
  'formerNames',
  'documentKinds',
  'title',
];

export function nodeElement(n: RawNode) {
  const kind = primaryLabel(n.labels)!;
  const { kind: category, ...all } = publicProps(n.props);
  const props = Object.fromEntries(Object.entries(all).filter(([k]) => !DETAIL_ONLY.includes(k)));
  const label = displayLabel(kind, n.props);
  // A short statement's text is its label: sent once.
  if (props.text === label) delete props.text;
  return {
    group: 'nodes' as const,
    data: { ...props, ...(category ? { category } : {}), id: publicId(n), kind, label },
  };
}
