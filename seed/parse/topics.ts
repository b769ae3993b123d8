import type { Gazetteer } from './gazetteer.js';
import type { ParsedCase } from './types.js';

/**
 * What a case is about: topics named in its title, decisions or statements' shared themes, plus
 * topics its running text mentions at least twice. A single passing mention in a long text is not
 * enough; that keeps topic dependencies meaningful.
 */
export function topicsOfCase(
  gaz: Gazetteer,
  c: Pick<ParsedCase, 'title' | 'decision' | 'proposedDecision' | 'statements' | 'actionItems'>,
  bodyText: string,
): string[] {
  const keys = new Set<string>();
  for (const text of [c.title, c.decision ?? '', c.proposedDecision ?? ''])
    for (const m of gaz.topicsIn(text)) keys.add(m.entry.key);
  const counts = new Map<string, number>();
  const statementText = [
    ...c.statements.flatMap((s) => [s.text, ...s.responses.map((r) => r.text)]),
    ...c.actionItems.map((a) => a.text),
  ].join(' ');
  for (const m of gaz.topicsIn(`${bodyText} ${statementText}`))
    counts.set(m.entry.key, (counts.get(m.entry.key) ?? 0) + 1);
  for (const [k, n] of counts) if (n >= 2) keys.add(k);
  return [...keys].sort();
}

export function topicsOfText(gaz: Gazetteer, text: string): string[] {
  return [...new Set(gaz.topicsIn(text).map((m) => m.entry.key))].sort();
}
