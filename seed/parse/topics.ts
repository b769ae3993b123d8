import type { Gazetteer } from './gazetteer.js';
import type { ParsedCase, TopicLink } from './types.js';

/** Mentions in running text that make a topic a case's main subject even when its title does not name it. */
const MAIN_MENTIONS = 2;

/**
 * What a case is about. Pattern: a topic named in the title, decision or proposed decision, or
 * named at least twice in the case's opening text and statements, is its main subject; a topic
 * named once anywhere in its text is a mention. `weight` counts every naming, so views can rank.
 * `leadText` is the opening of the case text (what decides `main`), `fullText` all of it.
 */
export function topicsOfCase(
  gaz: Gazetteer,
  c: Pick<ParsedCase, 'title' | 'decision' | 'proposedDecision' | 'statements' | 'actionItems'>,
  leadText: string,
  fullText = leadText,
): TopicLink[] {
  const main = new Set<string>();
  const weight = new Map<string, number>();
  const add = (k: string) => weight.set(k, (weight.get(k) ?? 0) + 1);
  for (const text of [c.title, c.decision ?? '', c.proposedDecision ?? ''])
    for (const m of gaz.topicsIn(text)) {
      main.add(m.entry.key);
      add(m.entry.key);
    }
  // Minutes make statements of body paragraphs: text already in the body is not counted twice.
  const statementText = [
    ...c.statements.flatMap((s) => [s.text, ...s.responses.map((r) => r.text)]),
    ...c.actionItems.map((a) => a.text),
  ]
    .filter((t) => !fullText.includes(t))
    .join(' ');
  const leadCounts = new Map<string, number>();
  for (const m of gaz.topicsIn(`${leadText} ${statementText}`))
    leadCounts.set(m.entry.key, (leadCounts.get(m.entry.key) ?? 0) + 1);
  for (const [k, n] of leadCounts) if (n >= MAIN_MENTIONS) main.add(k);
  const bodyCounts = new Map<string, number>();
  for (const m of gaz.topicsIn(`${fullText} ${statementText}`))
    bodyCounts.set(m.entry.key, (bodyCounts.get(m.entry.key) ?? 0) + 1);
  for (const k of new Set([...leadCounts.keys(), ...bodyCounts.keys()]))
    weight.set(k, (weight.get(k) ?? 0) + Math.max(leadCounts.get(k) ?? 0, bodyCounts.get(k) ?? 0));
  return [...weight.keys()].sort().map((key) => ({
    key,
    role: main.has(key) ? ('main' as const) : ('mention' as const),
    weight: weight.get(key)!,
  }));
}

export function topicsOfText(gaz: Gazetteer, text: string): string[] {
  return [...new Set(gaz.topicsIn(text).map((m) => m.entry.key))].sort();
}
