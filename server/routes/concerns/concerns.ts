import { Router } from 'express';
import { z } from 'zod';
import {
  ConcernQuery,
  ConcernTimeline,
  countStances,
  nodeId,
  TopicVoices,
  VoicesQuery,
  type TopicVoicesT,
} from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { consistentBody } from '../../http/consistentBody.js';
import { NotFoundError } from '../../http/problem.js';
import { validate } from '../../http/validate.js';
import { readConcerns, readVoices } from './queries.js';
import { concernTimeline } from './timeline.js';

export const ConcernParams = z.object({ id: z.string().min(1).max(200) });
export const VoiceParams = z.object({ key: z.string().min(1).max(200) });

/** How an organisation's concerns moved over time, and who spoke on a topic when. */
export function concernsRouter(executor: Executor): Router {
  const router = Router();
  router.get('/organizations/:id/concerns', async (req, res) => {
    const { id } = validate(ConcernParams, req.params);
    const q = validate(ConcernQuery, req.query);
    const body = await consistentBody(
      ConcernTimeline,
      async () => {
        const rows = await readConcerns(executor, id, q.stance);
        if (!rows.length) throw new NotFoundError(`No Organization with id "${id}"`);
        return concernTimeline(id, rows);
      },
      req.log,
    );
    res.json(body);
  });
  router.get('/topics/:key/voices', async (req, res) => {
    const { key } = validate(VoiceParams, req.params);
    const q = validate(VoicesQuery, req.query);
    const body = await consistentBody(
      TopicVoices,
      async () => {
        const rows = await readVoices(executor, key, q.stance);
        if (!rows.length) throw new NotFoundError(`No Topic with key "${key}"`);
        const body: TopicVoicesT = {
          topic: { id: nodeId('Topic', key), name: String(rows[0]!.topic) },
          voices: rows
            .filter((r) => r.id)
            .map((r) => ({
              id: nodeId('Organization', String(r.id)),
              name: String(r.name),
              statements: Number(r.statements),
              dates: (r.dates as string[]).map(String).sort(),
              stances: countStances(r.stances as unknown[]),
            })),
        };
        return body;
      },
      req.log,
    );
    res.json(body);
  });
  return router;
}
