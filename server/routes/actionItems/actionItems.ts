import { Router } from 'express';
import { ActionItemList, ActionItemQuery, type ActionItemListT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { listActionItems } from './queries.js';

/** GET /api/action-items: every action item, filterable by status, committee, organisation and text. */
export function actionItemsRouter(executor: Executor): Router {
  const router = Router();
  router.get('/action-items', async (req, res) => {
    const q = validate(ActionItemQuery, req.query);
    const body = await consistentBody(
      ActionItemList,
      async () => {
        const body: ActionItemListT = {
          actionItems: (await listActionItems(executor, q)) as ActionItemListT['actionItems'],
        };
        return body;
      },
      req.log,
    );
    res.json(body);
  });
  return router;
}
