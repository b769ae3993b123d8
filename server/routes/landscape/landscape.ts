import { Router } from 'express';
import { Landscape, type LandscapeT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { answerCache } from '../../http/answerCache.js';
import { consistentBody } from '../../http/consistentBody.js';
import { analyseLandscape } from './analyse.js';
import { readTopicLinks, readTopics, readVoices } from './queries.js';

/** Communities and central topics and actors, computed once per graph version. */
export function landscapeRouter(executor: Executor): Router {
  const router = Router();
  const answers = answerCache(executor);
  const landscape = async (version: string): Promise<LandscapeT> => {
    const [topics, links, voices] = await Promise.all([
      readTopics(executor),
      readTopicLinks(executor),
      readVoices(executor),
    ]);
    return analyseLandscape(
      {
        topics: topics.map((t) => ({ key: String(t.key), name: String(t.name) })),
        links: links.map((l) => ({ a: String(l.a), b: String(l.b), weight: Number(l.weight), kind: String(l.kind) })),
        voices: voices.map((v) => ({
          id: String(v.id),
          name: String(v.name),
          topic: String(v.topic),
          statements: Number(v.statements),
        })),
      },
      version,
    );
  };
  router.get('/landscape', async (req, res) => {
    const json = await answers('landscape', (version) => consistentBody(Landscape, () => landscape(version), req.log));
    res.type('application/json').send(json);
  });
  return router;
}
