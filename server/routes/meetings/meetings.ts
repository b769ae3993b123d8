import { Router } from 'express';
import { z } from 'zod';
import {
  MeetingDetail,
  MeetingList,
  MeetingListQuery,
  nodeId,
  type MeetingDetailT,
  type MeetingListT,
} from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { consistentBody } from '../../http/consistentBody.js';
import { NotFoundError } from '../../http/problem.js';
import { validate } from '../../http/validate.js';
import { listMeetings, meetingDetail } from './queries.js';

export const MeetingParams = z.object({
  id: z.string().regex(/^[A-Z0-9-]+-\d{4}-\d{2}-\d{2}$/, 'must look like NUIT-2022-09-14'),
});

export function meetingsRouter(executor: Executor): Router {
  const router = Router();
  router.get('/meetings', async (req, res) => {
    const q = validate(MeetingListQuery, req.query);
    const body = await consistentBody(
      MeetingList,
      async (): Promise<MeetingListT> => ({
        meetings: (await listMeetings(executor, q.committee)) as MeetingListT['meetings'],
      }),
      req.log,
    );
    res.json(body);
  });
  router.get('/meetings/:id', async (req, res) => {
    const { id } = validate(MeetingParams, req.params);
    const body = await consistentBody(
      MeetingDetail,
      async () => {
        const d = await meetingDetail(executor, id);
        if (!d) throw new NotFoundError(`No meeting with id "${id}"`);
        const body: MeetingDetailT = {
          ...(d.meeting as MeetingListT['meetings'][number]),
          agenda: d.agenda.map((a) => ({
            ...(a as MeetingDetailT['agenda'][number]),
            id: nodeId('Case', String(a.id)),
          })),
          attendance: d.attendance.map((a) => ({
            ...(a as MeetingDetailT['attendance'][number]),
            person: nodeId('Person', String(a.person)),
            days: (a.days as number[]) ?? [],
          })),
          actionItems: d.actionItems.map((a) => ({
            ...(a as MeetingDetailT['actionItems'][number]),
            id: nodeId('ActionItem', String(a.id)),
            case: nodeId('Case', String(a.case)),
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
