import type { LineageLinkT, LineageT } from '../../../graph/api/index.js';
import { nodeId } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { buildLineage, type RawBody } from './lanes.js';

// Curated bodies, and any body a succession names (a document can name an extracted organisation).
const BODIES = `
MATCH (n) WHERE (n:Committee OR n:Organization)
  AND (n.curated = true OR EXISTS { (n)-[:SUCCEEDED_BY|MERGED_INTO]-() })
RETURN CASE WHEN n:Committee THEN 'Committee' ELSE 'Organization' END AS kind,
       coalesce(n.key, n.id) AS key, n.name AS name, n.shortName AS shortName,
       coalesce(n.formerNames, []) AS formerNames, n.from AS from, n.to AS to, n.periodSource AS periodSource
ORDER BY kind, key`;

const LINKS = `
MATCH (a)-[r:SUCCEEDED_BY|MERGED_INTO]->(b)
RETURN type(r) AS type, coalesce(a.key, a.id) AS from, coalesce(b.key, b.id) AS to, r.date AS date,
       r.source AS source, coalesce(r.curated, false) AS curated, r.doc AS doc, r.lineStart AS lineStart,
       r.lineEnd AS lineEnd
ORDER BY from, to, type, doc`;

const opt = (v: unknown) => (v === null || v === undefined ? undefined : String(v));

export async function readLineage(executor: Executor): Promise<LineageT> {
  const [bodyRows, linkRows] = await Promise.all([
    executor.read(BODIES, {}, 'lineage'),
    executor.read(LINKS, {}, 'lineage'),
  ]);
  const bodies: RawBody[] = bodyRows.map((r) => {
    const kind = r.kind as RawBody['kind'];
    const key = String(r.key);
    const b: RawBody = {
      id: nodeId(kind, key),
      kind,
      key,
      name: String(r.name),
      formerNames: r.formerNames as string[],
    };
    for (const f of ['shortName', 'from', 'to', 'periodSource'] as const) {
      const v = opt(r[f]);
      if (v !== undefined) b[f] = v;
    }
    return b;
  });
  const links: LineageLinkT[] = linkRows.map((r) => {
    const date = opt(r.date);
    return {
      type: r.type as LineageLinkT['type'],
      from: String(r.from),
      to: String(r.to),
      source: String(r.source ?? ''),
      ...(date ? { date } : {}),
      ...(!r.curated && r.doc
        ? { document: { id: String(r.doc), lineStart: Number(r.lineStart), lineEnd: Number(r.lineEnd) } }
        : {}),
    };
  });
  return buildLineage(bodies, links);
}
