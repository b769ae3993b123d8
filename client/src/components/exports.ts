import type { ActionItemListT } from '../../../graph/api/actionItems.js';
import type { MatrixT, WhosWhoT } from '../../../graph/api/responses.js';
import { toCsv } from './csv.js';

/** The explorer's CSV exports, one builder per view, all through toCsv (formula-safe). */

type ActionItem = ActionItemListT['actionItems'][number];

export interface ActionItemsCsvLabels {
  headers: [text: string, responsible: string, origin: string, meeting: string, status: string, followedUpBy: string];
  status: (s: ActionItem['status']) => string;
}

export function actionItemsCsv(items: ActionItem[], labels: ActionItemsCsvLabels): string {
  return toCsv([
    labels.headers,
    ...items.map((a) => [
      a.text,
      a.responsible.map((r) => r.name).join('; '),
      a.caseTitle,
      a.meeting ?? '',
      labels.status(a.status),
      a.followedUpBy.map((f) => f.title).join('; '),
    ]),
  ]);
}

/** Organisations down, topics across, statements counted in the cells (topics in the order shown). */
export function matrixCsv(data: Pick<MatrixT, 'organizations' | 'cells'> & { topics: MatrixT['topics'] }): string {
  const count = new Map(data.cells.map((c) => [`${c.organization}\u0000${c.topic}`, c.count]));
  return toCsv([
    ['', ...data.topics.map((tp) => tp.name)],
    ...data.organizations.map((o) => [o.name, ...data.topics.map((tp) => count.get(`${o.id}\u0000${tp.id}`) ?? 0)]),
  ]);
}

export function whosWhoCsv(committee: WhosWhoT['committees'][number]): string {
  return toCsv([
    ['name', 'organisation', 'meetings'],
    ...committee.people.map((p) => [p.name, p.organizations.join('; '), p.meetings]),
  ]);
}
