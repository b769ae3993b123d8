import { Router } from 'express';
import { Brief, BriefParams, BriefQuery, type BriefT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { consistentBody } from '../../http/consistentBody.js';
import { NotFoundError } from '../../http/problem.js';
import { validate } from '../../http/validate.js';
import { briefMarkdown } from './markdown.js';
import { readBrief } from './queries.js';

/**
 * GET /api/meetings/{id}/brief: what each case on a meeting's agenda carries with it. With
 * `Accept: text/markdown` or `?format=md` the same brief comes as a Markdown handout.
 */
export function briefRouter(executor: Executor): Router {
  const router = Router();
  router.get('/meetings/:id/brief', async (req, res) => {
    const { id } = validate(BriefParams, req.params);
    const { format } = validate(BriefQuery, req.query);
    const body = await consistentBody(
      Brief,
      async () => {
        const raw = await readBrief(executor, id);
        if (!raw) throw new NotFoundError(`No meeting with id "${id}"`);
        return {
          meeting: raw.meeting,
          cases: raw.cases.map((c) => ({
            ...c,
            topics: ((c as Record<string, unknown>).topics as { key: string | null; name: string }[]).filter(
              (t) => t.key,
            ),
          })),
        } as BriefT;
      },
      req.log,
    );
    const wantsMarkdown =
      format === 'md' ||
      (format === undefined && req.accepts(['application/json', 'text/markdown']) === 'text/markdown');
    if (wantsMarkdown) {
      const name = `brief-${id}.md`;
      res.type('text/markdown; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
      res.send(briefMarkdown(body));
      return;
    }
    res.json(body);
  });
  return router;
}
