import { z } from 'zod';
import { SourceRef } from './responses.js';
import { keyCursorParam, PageFields, pageLimitParam } from './paging.js';

export const ActionItemStatus = z.enum(['open', 'followed-up']);

export const ActionItemQuery = z.object({
  status: ActionItemStatus.optional(),
  committee: z.string().max(40).optional(),
  organization: z.string().max(120).optional(),
  q: z.string().trim().max(200).optional(),
  limit: pageLimitParam(),
  cursor: keyCursorParam({ actionItems: 4 }),
});

export const ActionItemRow = z.object({
  id: z.string(),
  text: z.string(),
  responsible: z.array(z.object({ id: z.string(), name: z.string() })),
  case: z.string(),
  caseTitle: z.string(),
  committee: z.string(),
  meeting: z.string().nullable(),
  date: z.string().nullable(),
  status: ActionItemStatus,
  followedUpBy: z.array(z.object({ id: z.string(), title: z.string() })),
  source: SourceRef.nullable(),
});
/** One page of the action items, newest meeting first (undated last); `total` counts every page after the filters. */
export const ActionItemList = z
  .object({ actionItems: z.array(ActionItemRow), ...PageFields })
  .meta({ id: 'ActionItemList' });

export type ActionItemQueryT = z.infer<typeof ActionItemQuery>;
export type ActionItemRowT = z.infer<typeof ActionItemRow>;
export type ActionItemListT = z.infer<typeof ActionItemList>;
