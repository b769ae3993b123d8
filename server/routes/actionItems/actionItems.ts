import { Router } from 'express';
import { ActionItemList, ActionItemQuery, type ActionItemListT } from '../../../graph/api/index.js';
import type { Executor, Row } from '../../../graph/executor.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { keysetPage, type Order } from '../../paging/keyset.js';
import { listActionItems } from './queries.js';

/** Newest meeting first, undated last; within a case by text, then id (two items may read alike). */
export const ACTION_ITEM_ORDER: Order<Row> = {
  tag: 'actionItems',
  key: (r) => [String(r.date ?? ''), String(r.case), String(r.text ?? ''), String(r.id)],
  dirs: ['desc', 'asc', 'asc', 'asc'],
};

/** GET /api/action-items: the action items, filterable by status, committee, organisation and text, paged. */
export function actionItemsRouter(executor: Executor): Router {
  const router = Router();
  router.get('/action-items', async (req, res) => {
    const q = validate(ActionItemQuery, req.query);
    const body = await consistentBody(
      ActionItemList,
      async () => {
        const page = keysetPage(await listActionItems(executor, q), ACTION_ITEM_ORDER, q);
        const body: ActionItemListT = {
          actionItems: page.items as ActionItemListT['actionItems'],
          total: page.total,
          nextCursor: page.nextCursor,
        };
        return body;
      },
      req.log,
    );
    res.json(body);
  });
  return router;
}
