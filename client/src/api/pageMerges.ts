import type { ActionItemListT } from '../../../graph/api/actionItems.js';
import type { ChangesT } from '../../../graph/api/changes.js';
import type { DocumentListT } from '../../../graph/api/documents.js';

/* How a next page joins the pages shown: its items after theirs, its cursor for the page after. */

export const mergeActionItems = (a: ActionItemListT, b: ActionItemListT): ActionItemListT => ({
  actionItems: [...a.actionItems, ...b.actionItems],
  total: b.total,
  nextCursor: b.nextCursor,
});

export const mergeDocuments = (a: DocumentListT, b: DocumentListT): DocumentListT => ({
  documents: [...a.documents, ...b.documents],
  failed: b.failed,
  total: b.total,
  nextCursor: b.nextCursor,
});

/**
 * A page of one list of the changes (the others come empty) joins that list. Statements come by
 * actor, so an actor whose statements went on over the page break is continued, not repeated.
 */
export function mergeChanges(a: ChangesT, b: ChangesT): ChangesT {
  const byActor = [...a.statementsByActor];
  for (const group of b.statementsByActor) {
    const last = byActor[byActor.length - 1];
    if (last && last.actor === group.actor)
      byActor[byActor.length - 1] = { ...last, statements: [...last.statements, ...group.statements] };
    else byActor.push(group);
  }
  return {
    ...a,
    meetings: [...a.meetings, ...b.meetings],
    newCases: [...a.newCases, ...b.newCases],
    decisions: [...a.decisions, ...b.decisions],
    statementsByActor: byActor,
    plannedDue: [...a.plannedDue, ...b.plannedDue],
    actionItemsOpened: [...a.actionItemsOpened, ...b.actionItemsOpened],
    actionItemsFollowedUp: [...a.actionItemsFollowedUp, ...b.actionItemsFollowedUp],
    pages: { ...a.pages, ...b.pages },
  };
}
