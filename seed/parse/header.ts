import type { Gazetteer } from './gazetteer.js';
import { parseAttendanceSection } from './attendance.js';
import { parseDateSpan } from './dates.js';
import { joinWrapped, type SourceLine } from './lines.js';
import type { ParsedAttendance, ParsedMeeting, ParseWarning } from './types.js';

type Status = ParsedAttendance['status'];

/** Start of the case table or case list: the end of a meeting header. */
export const TABLE_HEADER = /^\s*(?:Sak(?:snr\.?|\s+nr\.?)?|Nr\.?)(?:\s+(?!\d{1,3}\/\d{2})\S+){0,7}\s*$/iu;
export const CASE_LINE = /^\s*(?:Sak\s+)?(\d{1,3})\s*\/\s*(\d{2})(?!\d)(?:\s*[:.–-])?\s*(.*)$/i;

const SECTION_LABELS: [RegExp, (kind: 'agenda' | 'minutes') => Status][] = [
  [/^(?:Medlemmer|Deltakere)\b/i, (k) => (k === 'agenda' ? 'member' : 'present')],
  [/^(?:Til\s*stede|Tilstede|Møtt)\b/i, () => 'present'],
  [/^(?:Ikke\s+til\s+stede|Forfall|Meldt\s+forfall|Fravær|Fraværende)\b/i, () => 'absent'],
  [/^(?:Stedfortreder(?:e)?|Vara(?:medlem(?:mer)?)?|Møtte\s+for)\b/i, () => 'substitute'],
  [/^(?:Øvrige|Observatør(?:er)?|Gjester|Andre\s+deltakere)\b/i, () => 'observer'],
  [/^(?:Sekretariat(?:et)?|Fra\s+sekretariatet|Referent)\b/i, () => 'secretariat'],
];

export interface HeaderResult {
  meeting?: ParsedMeeting;
  attendance: ParsedAttendance[];
  /** Index (into the document's lines) where the header ends. */
  end: number;
}

function fieldValue(text: string, label: RegExp): string | undefined {
  const m = label.exec(text.trim());
  return m ? text.trim().slice(m[0].length).trim() : undefined;
}

/**
 * Reads the header of an agenda or minutes: committee, meeting number, date, place and the
 * attendance lists. `lines` are the document's lines; the header ends at the case table.
 */
export function parseHeader(
  gaz: Gazetteer,
  lines: SourceLine[],
  kind: 'agenda' | 'minutes',
  warnings: ParseWarning[],
): HeaderResult {
  let end = lines.findIndex((l, i) => i > 0 && (TABLE_HEADER.test(l.text) || CASE_LINE.test(l.text)));
  if (end < 0) end = lines.length;
  const header = lines.slice(0, end);

  let committee: string | undefined;
  let number: string | undefined;
  let dateText: string | undefined;
  let place: string | undefined;
  const firstLines = header
    .slice(0, 4)
    .map((l) => l.text)
    .join(' ');
  committee = gaz.committeesIn(firstLines)[0]?.entry.key;

  const sections: { status: Status; org?: string; lines: SourceLine[] }[] = [];
  let current: { status: Status; org?: string; lines: SourceLine[] } | undefined;
  for (let i = 0; i < header.length; i++) {
    const line = header[i]!;
    const t = line.text.trim();
    if (line.furniture || !t) continue;
    const mote = fieldValue(t, /^Møte\b(?!\s+i\b)/i);
    if (mote !== undefined && i < 8) {
      const n = /(\d{1,2})\s*\/\s*(\d{4}|\d{2})/.exec(mote);
      if (n) number = `${Number(n[1])}/${n[2]!.length === 2 ? `20${n[2]}` : n[2]}`;
      committee ??= gaz.committeesIn(mote)[0]?.entry.key;
      current = undefined;
      continue;
    }
    const dato = fieldValue(t, /^Dato\b:?/i);
    if (dato !== undefined) {
      dateText = dato;
      current = undefined;
      continue;
    }
    if (/^(?:Tid|Klokkeslett)\b/i.test(t)) {
      current = undefined;
      continue;
    }
    const sted = fieldValue(t, /^Sted\b:?/i);
    if (sted !== undefined) {
      place = sted;
      current = undefined;
      continue;
    }
    const label = SECTION_LABELS.find(([re]) => re.test(t));
    if (label) {
      const rest = t
        .replace(label[0], '')
        .replace(/^\s*:\s*/, '')
        .trim();
      current = { status: label[1](kind), lines: [] };
      sections.push(current);
      if (rest) current.lines.push({ ...line, text: rest });
      continue;
    }
    // An organisation's name as a label ("Direktoratet \nfor e-helse") heads its secretariat's names.
    const two = joinWrapped([t, header[i + 1]?.text ?? '']);
    const asOrg = gaz.organizationByName(t) ?? gaz.organizationByName(two);
    if (asOrg && i > 3 && sections.length > 0 && !t.includes(',') && !t.includes('(')) {
      current = { status: 'secretariat', org: asOrg.name, lines: [] };
      sections.push(current);
      if (!gaz.organizationByName(t)) i++;
      continue;
    }
    if (current) current.lines.push(line);
  }

  // "Medlemmer" directly followed by "Til stede" is a heading, not a list.
  const attendance = sections.flatMap((s) => parseAttendanceSection(gaz, s.lines, s.status, s.org));

  const first = lines.find((l) => !l.furniture && l.text.trim());
  const span = (quote: string) => ({ lineStart: first?.no ?? 1, lineEnd: header[header.length - 1]?.no ?? 1, quote });
  const dates = parseDateSpan(dateText ?? header.map((l) => l.text).join(' '));
  if (!committee) warnings.push({ line: first?.no ?? 1, message: 'no committee named in the document heading' });
  if (!dates) warnings.push({ line: first?.no ?? 1, message: 'no meeting date found in the document header' });
  const meeting =
    committee && dates
      ? {
          committee,
          startDate: dates.start,
          endDate: dates.end,
          span: span(
            header
              .slice(0, 5)
              .map((l) => l.text.trim())
              .filter(Boolean)
              .join(' | '),
          ),
          ...(number ? { number } : {}),
          ...(place ? { place } : {}),
        }
      : undefined;
  return { meeting, attendance, end };
}
