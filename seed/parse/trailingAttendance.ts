import { looksLikePersonName, parseAttendanceSection } from './attendance.js';
import type { Gazetteer } from './gazetteer.js';
import { SECTION_LABELS } from './header.js';
import type { SourceLine } from './lines.js';
import type { ParsedAttendance } from './types.js';

const LABEL_ONLY = /^\s*(\p{L}[\p{L} ]{2,30}?)\s*:?\s*$/u;
const ENTRY = /\([^)]*\p{L}[^)]*\)|,\s*\p{Lu}/u;

/**
 * Pattern: an attendance list placed after the case table ("Deltakere" at the end of a board's
 * agenda). A section label on a line of its own followed by "Name (Organisation)" or
 * "Name, Organisation" lines; the block ends at a blank line. Returns the lists and the lines left.
 */
export function trailingAttendance(
  gaz: Gazetteer,
  lines: SourceLine[],
  kind: 'agenda' | 'minutes',
): { attendance: ParsedAttendance[]; rest: SourceLine[] } {
  const attendance: ParsedAttendance[] = [];
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    const label = LABEL_ONLY.exec(t) ? SECTION_LABELS.find(([re]) => re.test(t)) : undefined;
    if (!label) continue;
    let j = i + 1;
    const block: SourceLine[] = [];
    for (; j < lines.length && (lines[j]!.furniture || lines[j]!.text.trim()); j++) {
      const e = lines[j]!.text.trim();
      if (!lines[j]!.furniture && !(ENTRY.test(e) && looksLikePersonName(e.split(/[(,]/)[0]!.trim()))) break;
      block.push(lines[j]!);
    }
    if (block.length < 2 || (j < lines.length && lines[j]!.text.trim())) continue;
    attendance.push(...parseAttendanceSection(gaz, block, label[1](kind)));
    for (let k = i; k < j; k++) drop.add(k);
    i = j;
  }
  return { attendance, rest: drop.size ? lines.filter((_, k) => !drop.has(k)) : lines };
}
