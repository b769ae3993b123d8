/**
 * Pattern: a line of a meeting's running order rather than of its text ("Lunsj 11:30", "Pause",
 * "Slutt dag 1", "Torsdag 1. september 2022"). Agendas and minutes print them between cases, so
 * they end whatever the case before them was saying.
 */
export const SCHEDULE_BREAK =
  /^\s*(?:Lunsj|Lunch|Pause|Kaffepause|Slutt(?:\s+dag\s*\d+)?|Dag\s*\d+|(?:Man|Tirs|Ons|Tors|Fre)dag\b.*)\s*(?:\d{1,2}[:.]\d{2})?\s*$/i;

/** A schedule line that can also close a decision: short, and not a sentence of its own. */
export function isScheduleBreak(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && !/[.!?:;,]$/.test(t) && SCHEDULE_BREAK.test(t);
}
