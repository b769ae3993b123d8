import type { WriteTx } from '../../graph/executor.js';
import { recomputeNodes, type NodeRef } from './graphWrites.js';
import { resolveLinks, type CaseInfo, type CitationInfo } from './resolveLinks.js';

const DERIVED_TYPES = ['LINKED', 'PLANNED', 'FOLLOWED_UP_BY'] as const;

const READ_CASES = `
MATCH (c:Case)
OPTIONAL MATCH (c)-[:TREATED_AT]->(m:Meeting)
WITH c, collect(DISTINCT m.startDate) AS dates
OPTIONAL MATCH (c)-[:ABOUT]->(t:Topic)
WITH c, dates, collect(DISTINCT t.key) AS topics
OPTIONAL MATCH (d:Document)-[s:SOURCE_OF {derived: false}]->(c)
RETURN c.id AS id, c.committee AS committee, c.number AS number, c.title AS title,
       coalesce(c.stub, false) AS stub, dates, topics, min(d.id) AS doc`;

const READ_CITATIONS = `
MATCH (d:Document)-[s:SOURCE_OF]->(ci:Citation)
RETURN ci {.*} AS citation, d.id AS doc, s.lineStart AS lineStart, s.lineEnd AS lineEnd, s.quote AS quote
ORDER BY ci.id`;

const WRITE_STUBS = `
UNWIND $rows AS row
MERGE (c:Case {id: row.id})
WITH c, row
MATCH (d:Document {id: row.doc})
MERGE (d)-[s:SOURCE_OF {derived: true}]->(c)
SET s.contributed = row.contributed, s.lineStart = row.lineStart, s.lineEnd = row.lineEnd, s.quote = row.quote`;

const PROV =
  'r.doc = row.doc, r.lineStart = row.lineStart, r.lineEnd = row.lineEnd, r.quote = row.quote, r.derived = true';
const WRITE_LINKED = `
UNWIND $rows AS row
MATCH (a:Case {id: row.from}) MATCH (b:Case {id: row.to})
CREATE (a)-[r:LINKED {kind: row.kind}]->(b) SET ${PROV}`;
const WRITE_PLANNED = `
UNWIND $rows AS row
MATCH (a:Case {id: row.from}) MATCH (b:Committee {key: row.committee})
CREATE (a)-[r:PLANNED]->(b) SET r.date = row.date, ${PROV}`;
const WRITE_FOLLOWED = `
UNWIND $rows AS row
MATCH (a:ActionItem {id: row.actionItem}) MATCH (b:Case {id: row.to})
CREATE (a)-[r:FOLLOWED_UP_BY]->(b) SET ${PROV}`;

/**
 * Recomputes every link derived from citations (LINKED, PLANNED, FOLLOWED_UP_BY and stub cases)
 * against the whole graph, inside the caller's transaction. Returns the number of links.
 */
export async function relinkAll(tx: WriteTx): Promise<{ links: number; warnings: string[] }> {
  for (const t of DERIVED_TYPES) await tx.run(`MATCH ()-[r:${t}]->() DELETE r`);
  const stale = await tx.run(
    `MATCH (:Document)-[s:SOURCE_OF {derived: true}]->(c:Case) WITH c, collect(s) AS ss FOREACH (s IN ss | DELETE s) RETURN c.id AS key`,
  );
  await recomputeNodes(
    tx,
    stale.map((r) => ({ label: 'Case', key: String(r.key) })),
  );

  const cases = (await tx.run(READ_CASES)).map((r) => ({
    ...(r as unknown as CaseInfo),
    dates: (r.dates as string[]).filter(Boolean).sort(),
  }));
  const citations = (await tx.run(READ_CITATIONS)).map(
    (r) =>
      ({
        ...(r.citation as object),
        doc: r.doc,
        lineStart: r.lineStart,
        lineEnd: r.lineEnd,
        quote: r.quote,
      }) as CitationInfo,
  );
  const res = resolveLinks(cases, citations);

  if (res.stubs.length) {
    await tx.run(WRITE_STUBS, {
      rows: res.stubs.map((s) => ({
        id: s.id,
        doc: s.prov.doc,
        contributed: JSON.stringify({ id: s.id, committee: s.committee, number: s.number, title: s.title, stub: true }),
        lineStart: s.prov.lineStart,
        lineEnd: s.prov.lineEnd,
        quote: s.prov.quote,
      })),
    });
    await recomputeNodes(
      tx,
      res.stubs.map((s): NodeRef => ({ label: 'Case', key: s.id })),
    );
  }
  const prov = (p: { doc: string; lineStart: number; lineEnd: number; quote: string }) => ({ ...p });
  const linked = res.rels.flatMap((r) =>
    r.type === 'LINKED' ? [{ from: r.from, to: r.to, kind: r.kind, ...prov(r.prov) }] : [],
  );
  const planned = res.rels.flatMap((r) =>
    r.type === 'PLANNED' ? [{ from: r.from, committee: r.committee, date: r.date ?? null, ...prov(r.prov) }] : [],
  );
  const followed = res.rels.flatMap((r) =>
    r.type === 'FOLLOWED_UP_BY' ? [{ actionItem: r.actionItem, to: r.to, ...prov(r.prov) }] : [],
  );
  if (linked.length) await tx.run(WRITE_LINKED, { rows: linked });
  if (planned.length) await tx.run(WRITE_PLANNED, { rows: planned });
  if (followed.length) await tx.run(WRITE_FOLLOWED, { rows: followed });

  await tx.run('MATCH (ci:Citation) WHERE ci.warning IS NOT NULL REMOVE ci.warning');
  const warned = [...res.warnings].map(([id, warning]) => ({ id, warning }));
  if (warned.length)
    await tx.run('UNWIND $rows AS row MATCH (ci:Citation {id: row.id}) SET ci.warning = row.warning', { rows: warned });
  // Cases are ordered in flows by the first meeting that treated them.
  await tx.run(
    'MATCH (c:Case) OPTIONAL MATCH (c)-[:TREATED_AT]->(m:Meeting) WITH c, min(m.startDate) AS d SET c.date = d',
  );
  return {
    links: res.rels.length,
    warnings: citations.filter((c) => res.warnings.has(c.id)).map((c) => `${c.fromCase}: ${res.warnings.get(c.id)}`),
  };
}
