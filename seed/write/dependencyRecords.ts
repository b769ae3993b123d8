import type { NodeLabel } from '../../graph/schema/index.js';
import type { DependencyEnd } from '../parse/dependencies.js';
import type { ParsedCase } from '../parse/types.js';
import type { RelRecord } from './records.js';

/**
 * DEPENDS_ON records for the dependencies a case text states: the dependent points at its base.
 * `k` keeps apart several statements of one pair in one document.
 */
export function dependencyRels(c: ParsedCase, caseKey: string, doc: string, date?: string): RelRecord[] {
  const end = (e: DependencyEnd): { label: NodeLabel; key: string } =>
    e.label === 'Case' ? { label: 'Case', key: caseKey } : { label: 'Topic', key: e.key };
  return (c.dependencies ?? []).map((d) => ({
    type: 'DEPENDS_ON',
    from: end(d.dependent),
    to: end(d.base),
    k: `${d.kind}:${d.span.lineStart}`,
    doc,
    span: d.span,
    props: {
      kind: d.kind,
      directed: d.directed,
      statedBy: d.statedBy.map((o) => o.id),
      confirmedBy: d.confirmedBy.map((o) => o.id),
      contestedBy: d.contestedBy.map((o) => o.id),
      inReplyTo: d.inReplyTo.map((o) => o.id),
      case: caseKey,
      ...(date ? { date } : {}),
    },
  }));
}
