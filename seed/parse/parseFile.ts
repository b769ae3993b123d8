import { parseCaseNote } from './caseNote.js';
import { parseCases } from './cases.js';
import type { Gazetteer } from './gazetteer.js';
import { parseHeader } from './header.js';
import { toLines } from './lines.js';
import { splitDocuments } from './splitDocuments.js';
import type { ParsedDocument, ParsedFile, ParseWarning } from './types.js';

export class NoDocumentError extends Error {}

const shortDate = (iso: string) => iso.split('-').reverse().join('.');

/**
 * Text of one file in, typed records out: no I/O, no database. Throws NoDocumentError when the
 * text holds nothing recognisable as an agenda, minutes or case note.
 */
export function parseText(gaz: Gazetteer, text: string): ParsedFile {
  const lines = toLines(text);
  const warnings: ParseWarning[] = [];
  const slices = splitDocuments(lines);
  if (!slices.length) {
    const first = lines.find((l) => l.text.trim());
    throw new NoDocumentError(
      `no recognisable document (expected an agenda "Møte i …"/"Møteinnkalling", minutes "Referat fra møte …" or a case note with "Forslag til vedtak"); first line ${first?.no ?? 1}: "${(first?.text ?? '').trim().slice(0, 80)}"`,
    );
  }
  const documents: ParsedDocument[] = [];
  slices.forEach((slice, index) => {
    const docLines = lines.slice(slice.from, slice.to);
    const base = { index, lineStart: docLines[0]!.no, lineEnd: docLines[docLines.length - 1]!.no };
    if (slice.kind === 'case-note') {
      const note = parseCaseNote(
        gaz,
        docLines,
        slice.markedCase,
        documents.filter((d) => d.kind !== 'case-note'),
        warnings,
      );
      const meeting = note.meetingFrom?.meeting;
      documents.push({
        ...base,
        kind: 'case-note',
        name: note.name,
        attendance: [],
        cases: note.case ? [note.case] : [],
        ...(meeting ? { meeting } : {}),
      });
      return;
    }
    const header = parseHeader(gaz, docLines, slice.kind, warnings);
    const meeting = header.meeting;
    const label = slice.kind === 'agenda' ? 'Møteinnkalling' : 'Referat';
    if (!meeting) {
      warnings.push({
        line: base.lineStart,
        message: `${label.toLowerCase()} without committee or date: its cases were not read`,
      });
      documents.push({
        ...base,
        kind: slice.kind,
        name: `${label} (ukjent møte)`,
        attendance: header.attendance,
        cases: [],
      });
      return;
    }
    const cases = parseCases(gaz, docLines.slice(header.end), meeting, slice.kind, warnings);
    documents.push({
      ...base,
      kind: slice.kind,
      name: `${label} ${gazName(gaz, meeting.committee)} ${shortDate(meeting.startDate)}`,
      meeting,
      attendance: header.attendance,
      cases,
    });
  });
  return { documents, warnings };
}

function gazName(gaz: Gazetteer, key: string): string {
  return gaz.committeeByKey(key)?.shortName ?? key;
}
