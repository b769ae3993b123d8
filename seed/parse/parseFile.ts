import { parseCaseNote } from './caseNote.js';
import { parseCases } from './cases.js';
import type { Gazetteer } from './gazetteer.js';
import { caseHeading } from './caseNumbers.js';
import { parseHeader } from './header.js';
import { toLines, type SourceLine } from './lines.js';
import { dominantCaseYear, normaliseLines } from './normalise.js';
import { lineOffsets, passagesOf } from './passages.js';
import { splitDocuments, type DocumentSlice } from './splitDocuments.js';
import { successionsIn } from './successions.js';
import { trailingAttendance } from './trailingAttendance.js';
import type { ParsedDocument, ParsedFile, ParseWarning } from './types.js';

/** Thrown only for a file with no readable text at all; anything readable loads, if need be as passages. */
export class NoDocumentError extends Error {}

const shortDate = (iso: string) => iso.split('-').reverse().join('.');
const MINUTES_WORD = /\b(?:Referat|Protokoll|Møtereferat)\b/;

/**
 * A file no heading splits: a committee document whose heading is not one we know
 * ("Nasjonalt e-helsestyre" over "Møte 1/2018"), or a text that is no committee document.
 * Pattern: a committee named near the top together with case rows makes it a meeting document.
 */
function classifyWhole(gaz: Gazetteer, lines: SourceLine[]): DocumentSlice['kind'] | 'text' {
  const content = lines.filter((l) => !l.furniture && l.text.trim());
  const top = content
    .slice(0, 12)
    .map((l) => l.text)
    .join(' ');
  const committee = gaz.committeesIn(top).length > 0;
  const caseRows = content.filter((l) => caseHeading(l.text)).length;
  if (!committee || caseRows === 0) return 'text';
  return MINUTES_WORD.test(top) ? 'minutes' : 'agenda';
}

/**
 * Text of one file in, typed records out: no I/O, no database. Every readable file yields at
 * least one document; what was not recognised is said in `missing` and kept as passages.
 */
export function parseText(gaz: Gazetteer, text: string): ParsedFile {
  if (!/\p{L}/u.test(text)) throw new NoDocumentError('no readable text (the file is empty or holds no letters)');
  const raw = toLines(text);
  const lines = normaliseLines(raw);
  const offsets = lineOffsets(text);
  const warnings: ParseWarning[] = [];
  let slices: { kind: DocumentSlice['kind'] | 'text'; from: number; to: number; markedCase?: string }[] =
    splitDocuments(lines);
  if (!slices.length) slices = [{ kind: classifyWhole(gaz, lines), from: 0, to: lines.length }];
  const caseYear = dominantCaseYear(text);
  const documents: ParsedDocument[] = [];
  const rawLinesOf = (from: number, to: number) => raw.filter((l) => l.no >= from && l.no <= to);
  slices.forEach((slice, index) => {
    const docLines = lines.slice(slice.from, slice.to);
    const base = {
      index,
      lineStart: docLines[0]!.no,
      lineEnd: docLines[docLines.length - 1]!.no,
      passages: [],
    };
    const passages = () => passagesOf(rawLinesOf(base.lineStart, base.lineEnd), offsets);
    if (slice.kind === 'text') {
      const top = docLines
        .filter((l) => !l.furniture && l.text.trim())
        .slice(0, 5)
        .map((l) => l.text)
        .join(' ');
      const committee = gaz.committeesIn(top)[0]?.entry.key;
      const title = docLines.find((l) => !l.furniture && l.text.trim())?.text.trim() ?? 'Tekst';
      warnings.push({
        line: base.lineStart,
        message: 'not recognised as an agenda, minutes or case note: kept as text',
      });
      documents.push({
        ...base,
        kind: 'text',
        name: title.length > 100 ? `${title.slice(0, 99)}…` : title,
        attendance: [],
        cases: [],
        status: 'partial',
        missing: [
          'no committee document structure',
          ...(committee ? [] : ['no committee']),
          'no date',
          'no case table',
        ],
        passages: passages(),
        ...(committee ? { committee } : {}),
      });
      return;
    }
    if (slice.kind === 'case-note') {
      const note = parseCaseNote(
        gaz,
        docLines,
        slice.markedCase,
        documents.filter((d) => d.kind !== 'case-note'),
        warnings,
      );
      const meeting = note.meetingFrom?.meeting ?? note.meeting;
      const missing = note.case ? [] : ['no case number'];
      documents.push({
        ...base,
        kind: 'case-note',
        name: note.name,
        attendance: [],
        cases: note.case ? [note.case] : [],
        status: missing.length ? 'partial' : 'complete',
        missing,
        passages: missing.length ? passages() : [],
        ...(note.case ? { committee: note.case.committee } : {}),
        ...(meeting ? { meeting } : {}),
      });
      return;
    }
    const header = parseHeader(
      gaz,
      docLines,
      slice.kind,
      warnings,
      caseYear !== undefined ? 2000 + caseYear : undefined,
    );
    const meeting = header.meeting;
    const label = slice.kind === 'agenda' ? 'Møteinnkalling' : 'Referat';
    const committee = header.committee;
    const missing: string[] = [];
    if (!committee) missing.push('no committee');
    if (!meeting) missing.push('no date');
    const rest = docLines.slice(header.end);
    const trailing = trailingAttendance(gaz, rest, slice.kind);
    const cases =
      committee && header.year
        ? parseCases(
            gaz,
            trailing.rest,
            { committee, year: header.year, ...(meeting ? { date: meeting.startDate } : {}) },
            slice.kind,
            warnings,
          )
        : [];
    if (!cases.length) missing.push('no case table');
    const name = committee
      ? `${label} ${gazName(gaz, committee)} ${meeting ? shortDate(meeting.startDate) : '(uten dato)'}`
      : `${label} (ukjent møte)`;
    documents.push({
      ...base,
      kind: slice.kind,
      name,
      attendance: [...header.attendance, ...trailing.attendance],
      cases,
      status: missing.length ? 'partial' : 'complete',
      missing,
      passages: missing.length ? passages() : [],
      ...(committee ? { committee } : {}),
      ...(meeting ? { meeting } : {}),
    });
  });
  for (const d of documents) {
    const own = lines.filter((l) => l.no >= d.lineStart && l.no <= d.lineEnd);
    const found = successionsIn(gaz, own, d.meeting ? Number(d.meeting.startDate.slice(0, 4)) : undefined);
    if (found.length) d.successions = found;
  }
  return { documents, warnings };
}

function gazName(gaz: Gazetteer, key: string): string {
  return gaz.committeeByKey(key)?.shortName ?? key;
}
