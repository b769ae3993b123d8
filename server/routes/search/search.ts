import { Router } from 'express';
import { SearchQuery, SearchResult, type SearchResultT } from '../../../graph/api/index.js';
import type { Executor } from '../../../graph/executor.js';
import { displayLabel, primaryLabel, publicId } from '../../graph/present.js';
import { consistentBody } from '../../http/consistentBody.js';
import { validate } from '../../http/validate.js';
import { buildLuceneQuery, hasWiderFuzzy, highlightTerms, snippet, termPattern, type AliasEntry } from './lucene.js';
import { readAliases, searchNodes } from './queries.js';
import { stanceOf } from '../../../graph/api/stance.js';
import type { StanceT } from '../../../graph/schema/nodes.js';
import { becameOf } from '../lineage/lanes.js';
import { readLineage } from '../lineage/queries.js';

const TEXT_FIELDS = [
  'title',
  'text',
  'decision',
  'proposedDecision',
  'summary',
  'name',
  'aliasText',
  'context',
] as const;
const ALIAS_TTL_MS = 60_000;

export function searchRouter(executor: Executor): Router {
  const router = Router();
  const find = async (
    typed: string,
    entries: AliasEntry[],
    kinds: string[] | undefined,
    limit: number,
    stances: StanceT[] | undefined,
    wider = false,
  ) => {
    const lucene = buildLuceneQuery(typed, entries, { wider });
    return lucene ? searchNodes(executor, lucene, kinds, limit, stances) : [];
  };
  let aliases: { at: number; entries: AliasEntry[] } | undefined;
  const currentAliases = async () => {
    if (!aliases || Date.now() - aliases.at > ALIAS_TTL_MS)
      aliases = { at: Date.now(), entries: await readAliases(executor) };
    return aliases.entries;
  };
  // Lineage changes only with reference data or a document stating a succession: read as rarely as aliases.
  let lineage: { at: number; value: Awaited<ReturnType<typeof readLineage>> } | undefined;
  const currentLineage = async () => {
    if (!lineage || Date.now() - lineage.at > ALIAS_TTL_MS)
      lineage = { at: Date.now(), value: await readLineage(executor) };
    return lineage.value;
  };

  router.get('/search', async (req, res) => {
    const q = validate(SearchQuery, req.query);
    const entries = await currentAliases();
    const result = await consistentBody(
      SearchResult,
      async () => {
        const result: SearchResultT = { query: q.q, hits: [] };
        const pattern = termPattern(highlightTerms(q.q, entries));
        let rows = await find(q.q, entries, q.kinds, q.limit, q.stance);
        // Nothing within one edit per word: allow two on long words (slower, see hasWiderFuzzy).
        if (!rows.length && hasWiderFuzzy(q.q)) rows = await find(q.q, entries, q.kinds, q.limit, q.stance, true);
        for (const row of rows) {
          const kind = primaryLabel(row.labels);
          if (!kind) continue;
          // The snippet comes from the first field that mentions a term, else the first field present.
          const fields = TEXT_FIELDS.map((f) => row.props[f]).filter(
            (v): v is string => typeof v === 'string' && v.length > 0,
          );
          let best: { snippet: string; highlights: [number, number][] } | undefined;
          for (const f of fields) {
            const s = snippet(f, pattern);
            if (s.highlights.length) {
              best = s;
              break;
            }
          }
          best ??= fields.length ? snippet(fields[0]!, undefined) : { snippet: '', highlights: [] };
          const became =
            kind === 'Committee' || kind === 'Organization'
              ? becameOf(await currentLineage(), String(row.props.key ?? row.props.id))
              : undefined;
          result.hits.push({
            ...(became ? { became } : {}),
            id: publicId(row),
            kind,
            label: displayLabel(kind, row.props),
            ...best,
            score: row.score,
            ...(kind === 'Statement' ? stanceOf(row.props) : {}),
          });
        }
        return result;
      },
      req.log,
    );
    res.json(result);
  });
  return router;
}
