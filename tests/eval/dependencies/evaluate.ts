import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { passagesOfBody } from '../../../seed/parse/bodyDependencies.js';
import { readDependencies, type ParsedDependency } from '../../../seed/parse/dependencies.js';
import { Gazetteer } from '../../../seed/parse/gazetteer.js';
import { parseStatement } from '../../../seed/parse/statements.js';
import type { Score } from '../evaluate.js';

/*
 * Precision and recall of dependency reading on passages written for Sakskart
 * (tests/eval/dependencies/gold.json). Each passage goes through the same statement splitter as
 * minutes do, so replies get their own speakers. A dependency counts when kind, both ends and
 * (for directed kinds) the direction are right; attribution is scored on the ones found.
 */

const GOLD = fileURLToPath(new URL('./gold.json', import.meta.url));

interface GoldDependency {
  dep: string;
  statedBy?: string[];
  confirmedBy?: string[];
  contestedBy?: string[];
}
interface GoldPassage {
  text: string;
  case?: boolean;
  expect: GoldDependency[];
}

const end = (e: { label: string; key: string }) => (e.label === 'Case' ? 'case' : e.key);
export const dependencyKey = (d: ParsedDependency) =>
  d.directed
    ? `${d.kind} ${end(d.base)}->${end(d.dependent)}`
    : `${d.kind} ${[end(d.base), end(d.dependent)].sort().join('~')}`;

export function evaluateDependencies(): { dependencies: Score; attribution: Score; details: string[] } {
  const gaz = Gazetteer.load();
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { passages: GoldPassage[] };
  const dependencies: Score = { tp: 0, fp: 0, fn: 0 };
  const attribution: Score = { tp: 0, fp: 0, fn: 0 };
  const details: string[] = [];
  const span = { lineStart: 1, lineEnd: 1, quote: '' };
  gold.passages.forEach((p, i) => {
    const statement = parseStatement(gaz, p.text, span);
    const passages = passagesOfBody({ statements: statement ? [statement] : [], paragraphs: [] });
    const found = readDependencies(gaz, passages, () => ({ lineStart: 1, lineEnd: 1 }), 'case');
    const left = [...p.expect];
    for (const f of found) {
      const key = dependencyKey(f);
      const at = left.findIndex((g) => g.dep === key);
      if (at < 0) {
        dependencies.fp++;
        details.push(`passage ${i + 1} dependency wrong: ${key}`);
        continue;
      }
      dependencies.tp++;
      const g = left.splice(at, 1)[0]!;
      for (const role of ['statedBy', 'confirmedBy', 'contestedBy'] as const) {
        if (!g[role]) continue;
        const want = [...g[role]].sort().join(',');
        const got = f[role]
          .map((o) => o.id)
          .sort()
          .join(',');
        if (want === got) attribution.tp++;
        else {
          attribution.fp++;
          attribution.fn++;
          details.push(`passage ${i + 1} ${key} ${role}: want [${want}] got [${got}]`);
        }
      }
    }
    for (const g of left) {
      dependencies.fn++;
      details.push(`passage ${i + 1} dependency missed: ${g.dep}`);
    }
  });
  return { dependencies, attribution, details };
}
