import type { Executor } from '../../graph/executor.js';
import { classifyStance } from '../parse/stance/index.js';

/*
 * Graphs loaded before statements had a stance: at start, every Statement without one is
 * classified from its stored text and kind. The stance also goes into each SOURCE_OF edge's
 * `contributed` JSON, because a node's shown properties are recomputed from those contributions
 * when a document is replaced or removed; without it the stance would vanish on the next recompute.
 * A graph where every statement has a stance costs one scan of the Statement label.
 */

const UNCLASSIFIED = `
MATCH (s:Statement) WHERE s.stance IS NULL
WITH s LIMIT $limit
OPTIONAL MATCH (:Document)-[src:SOURCE_OF]->(s)
RETURN s.id AS id, s.text AS text, s.kind AS kind, collect({id: elementId(src), contributed: src.contributed}) AS sources`;

const WRITE = `
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
SET s.stance = row.stance, s.stanceCue = row.cue, s.stanceRule = row.rule
WITH s, row
UNWIND row.sources AS source
MATCH (:Document)-[src:SOURCE_OF]->(s) WHERE elementId(src) = source.id
SET src.contributed = source.contributed`;

const BATCH = 5000;

/** Classifies stored statements that have no stance; returns how many it classified. */
export async function classifyStoredStatements(executor: Executor): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await executor.read(UNCLASSIFIED, { limit: BATCH }, 'stance-migration');
    if (!rows.length) return done;
    const updates = rows.map((r) => {
      const kind = r.kind === 'response' ? 'response' : 'input';
      const st = classifyStance(String(r.text ?? ''), kind);
      const sources = (r.sources as { id: string | null; contributed: string | null }[])
        .filter((s) => s.id && s.contributed)
        .map((s) => {
          const props = JSON.parse(s.contributed!) as Record<string, unknown>;
          return {
            id: s.id!,
            contributed: JSON.stringify({ ...props, stance: st.stance, stanceCue: st.cue, stanceRule: st.rule }),
          };
        });
      return { id: r.id, stance: st.stance, cue: st.cue, rule: st.rule, sources };
    });
    await executor.write(WRITE, { rows: updates }, 'stance-migration');
    done += updates.length;
  }
}
