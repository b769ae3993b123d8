import type { Gazetteer } from './gazetteer.js';
import { parseAttendanceSection } from './attendance.js';
import { caseHeading } from './caseNumbers.js';
import { parseDateSpan } from './dates.js';
import { joinWrapped, type SourceLine } from './lines.js';
import type { ParsedAttendance, ParsedMeeting, ParseWarning } from './types.js';

type Status = ParsedAttendance['status'];

/** Start of the case table or case list: the end of a meeting header. */
export const TABLE_HEADER = /^\s*(?:Sak(?:snr\.?|\s+nr\.?)?|Nr\.?)(?:\s+(?!\d{1,3}\/\d{2})\S+){0,7}\s*$/iu;
export const CASE_LINE = /^\s*(?:Sak\s+)?(\d{1,4})\s*\/\s*(\d{2})(?!\d)(?:\s*[:.–-])?\s*(.*)$/i;

const COPY_FROM = /\b(?:Kopi|Fra):[^|]*?(?=\b(?:Til|Møte|Dato|Sted):|$)/g;
const COPY_FROM_LINE = /^\s*(?:Kopi|Fra|Saksbehandler|Ansvarlig)\s*:/i;
/** Date fields under other names: "Møtetidspkt:", "Tidspunkt:", "Møtedato:". */
const DATE_FIELD = /^(?:Dato|Møtetidspkt|Møtetidspunkt|Tidspunkt|Møtedato)\b\.?:?/i;
/** "DAG 1 (14. mars)", "Dag 2 – 15. mars": each day of a multi-day meeting. */
const DAY_LINE = /^\s*DAG\s*(\d)\s*[(:–-]?\s*(?:\p{L}+dag\s+)?(\d{1,2}\.\s*\p{L}+(?:\s+\d{4})?)/iu;

export const SECTION_LABELS: [RegExp, (kind: 'agenda' | 'minutes') => Status][] = [
  [/^(?:Medlemmer|Deltakere)\b/i, (k) => (k === 'agenda' ? 'member' : 'present')],
  [/^(?:Til\s*stede|Til\s*stades|Tilstede|Møtt|Møtte)\b/i, () => 'present'],
  [/^(?:Ikke\s+til\s+stede|Ikkje\s+til\s+stades?|Forfall|Meldt\s+forfall|Fravær|Fråvær|Fraværende)\b/i, () => 'absent'],
  [/^(?:Stedfortreder(?:e)?|Vara(?:medlem(?:mer)?)?|Møtte\s+for)\b/i, () => 'substitute'],
  [/^(?:Øvrige|Observatør(?:er)?|Gjester|Andre\s+deltakere)\b/i, () => 'observer'],
  [
    /^(?:Sekretariat(?:et)?|Fra\s+(?:sekretariatet|administrasjonen)|Administrasjonen|Referent)\b/i,
    () => 'secretariat',
  ],
];

export interface HeaderResult {
  meeting?: ParsedMeeting;
  /** Found also when the date is not: a document of a known body without a date. */
  committee?: string;
  /** The meeting's year: from its date, its number ("Møte 1/2018") or the case numbers. */
  year?: number;
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
  caseYear?: number,
): HeaderResult {
  let end = lines.findIndex((l, i) => i > 0 && (TABLE_HEADER.test(l.text) || caseHeading(l.text) !== undefined));
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
  committee = gaz.committeesIn(firstLines.replace(COPY_FROM, ' '))[0]?.entry.key;
  // Pattern: a memo header ("Til: … Kopi: … Fra: …") or a cover page pushes the body's name down;
  // the addressee counts, copies and senders do not.
  committee ??= gaz.committeesIn(
    header
      .slice(0, 15)
      .filter((l) => !COPY_FROM_LINE.test(l.text))
      .map((l) => l.text)
      .join(' '),
  )[0]?.entry.key;

  const days: string[] = [];
  let placeText: string | undefined;
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
    const dato = fieldValue(t, DATE_FIELD);
    if (dato !== undefined && dateText === undefined) {
      // PDF text breaks "12.\ndesember 2013": a field value without a whole date takes the next line.
      const next = header.slice(i + 1).find((l) => !l.furniture && l.text.trim());
      dateText = parseDateSpan(dato, numberYear(number)) || !next ? dato : `${dato} ${next.text.trim()}`;
      current = undefined;
      continue;
    }
    const day = DAY_LINE.exec(t);
    if (day) {
      days.push(day[2]!);
      current = undefined;
      continue;
    }
    if (
      /^(?:Tid|Klokkeslett|Kopi|Fra|Til|Møtested|Sakstype)\b\s*:?/i.test(t) &&
      !SECTION_LABELS.some(([re]) => re.test(t))
    ) {
      const place = /^Møtested\s*:?\s*(.+)$/i.exec(t);
      if (place) placeText = place[1]!.trim();
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
  const headerText = header
    .filter((l) => !l.furniture)
    .map((l) => l.text)
    .join(' ');
  // The year for dates written without one ("DAG 1 (14. mars)"): the meeting number, else a year in the header.
  const yearHint = numberYear(number) ?? yearIn(headerText) ?? caseYear;
  let dates = parseDateSpan(dateText ?? '', yearHint) ?? (days.length ? undefined : parseDateSpan(headerText));
  if (!dates && days.length) {
    const ds = days.map((d) => parseDateSpan(d, yearHint)).filter((d) => d !== undefined);
    if (ds.length) dates = { ...ds[0]!, end: ds[ds.length - 1]!.end };
  }
  place ??= placeText;
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
  const year = dates ? Number(dates.start.slice(0, 4)) : yearHint;
  return { meeting, attendance, end, ...(committee ? { committee } : {}), ...(year ? { year } : {}) };
}

function numberYear(number: string | undefined): number | undefined {
  const y = number ? Number(number.split('/')[1]) : NaN;
  return Number.isFinite(y) ? y : undefined;
}

function yearIn(text: string): number | undefined {
  const y = /\b(20\d{2}|19\d{2})\b/.exec(text);
  return y ? Number(y[1]) : undefined;
}
