import { Router } from 'express';
import { Glossary, nodeId, WhosWhoQuery, type GlossaryT, type WhosWhoT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';

const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{L}\d@-]{2,8}$/u;

const TERMS = `
MATCH (n) WHERE (n:Committee OR n:Organization OR n:Topic) AND n.curated = true
RETURN labels(n)[0] AS kind, coalesce(n.key, n.id) AS key, n.name AS name,
       [n.name] + coalesce(n.aliases, []) + CASE WHEN n:Committee THEN [n.shortName] ELSE [] END AS names`;

const ORGS = `
MATCH (o:Organization)
OPTIONAL MATCH (o)<-[:REPRESENTS]-(:Person)-[:MEMBER_OF]->(k:Committee)
WITH o, collect(DISTINCT k.key) AS committees
WHERE o.curated = true OR size(committees) > 0 OR EXISTS { (o)<-[:REPRESENTS]-() } OR EXISTS { (o)-[:RAISED]->() }
RETURN o.id AS id, o.name AS name, o.kind AS kind, coalesce(o.aliases, []) AS aliases, committees
ORDER BY name`;

const PEOPLE = `
MATCH (p:Person)-[:MEMBER_OF]->(k:Committee)
WHERE $committee IS NULL OR k.key = $committee
OPTIONAL MATCH (p)-[:REPRESENTS]->(o:Organization)
OPTIONAL MATCH (p)-[a:ATTENDED]->(m:Meeting)-[:OF]->(k) WHERE a.status IN ['present', 'substitute']
RETURN k.key AS committee, k.name AS committeeName, p.id AS id, p.name AS name,
       collect(DISTINCT o.name) AS organizations, count(DISTINCT m) AS meetings
ORDER BY committee, name`;

export function glossaryRouter(executor: Executor): Router {
  const router = Router();
  router.get('/glossary', async (req, res) => {
    const body = await consistentBody(
      Glossary,
      async () => {
        const [terms, orgs] = await Promise.all([
          executor.read(TERMS, {}, 'glossary'),
          executor.read(ORGS, {}, 'glossary'),
        ]);
        const entries = new Map<string, GlossaryT['entries'][number]>();
        for (const t of terms) {
          for (const n of t.names as string[]) {
            if (!ACRONYM.test(n) || entries.has(n)) continue;
            const kind = String(t.kind);
            entries.set(n, { term: n, meaning: String(t.name), kind, id: nodeId(kind as 'Topic', String(t.key)) });
          }
        }
        const body: GlossaryT = {
          entries: [...entries.values()].sort((a, b) => a.term.localeCompare(b.term, 'nb')),
          organizations: orgs.map((o) => ({
            ...(o as GlossaryT['organizations'][number]),
            id: nodeId('Organization', String(o.id)),
          })),
        };
        return body;
      },
      req.log,
    );
    res.json(body);
  });
  router.get('/whoswho', async (req, res) => {
    const q = validate(WhosWhoQuery, req.query);
    const rows = await executor.read(PEOPLE, { committee: q.committee ?? null }, 'whoswho');
    const byCommittee = new Map<string, WhosWhoT['committees'][number]>();
    for (const r of rows) {
      const key = String(r.committee);
      const c = byCommittee.get(key) ?? { committee: key, name: String(r.committeeName), people: [] };
      c.people.push({
        id: nodeId('Person', String(r.id)),
        name: String(r.name),
        organizations: r.organizations as string[],
        meetings: Number(r.meetings),
      });
      byCommittee.set(key, c);
    }
    const body: WhosWhoT = { committees: [...byCommittee.values()] };
    res.json(body);
  });
  return router;
}
