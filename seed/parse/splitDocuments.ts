import type { DocumentKindT } from '../../graph/schema/index.js';
import { isBlank, type SourceLine } from './lines.js';

export interface DocumentSlice {
  kind: Exclude<DocumentKindT, 'text'>;
  /** Index into the file's lines of the first and one-past-last line. */
  from: number;
  to: number;
  /** Case number named by an attachment marker ("Vedlegg 7_Sak 38-22_…"), when present. */
  markedCase?: string;
}

const MINUTES_START =
  /^\s*(?:Referat|Protokoll|Møtereferat|Møteprotokoll)(?:\s+fra\s+(?:det\s+)?(?:\S+\s+)?\S*møte(?:t)?\b.*)?\s*$/i;
// "Styremøte i Nasjonal IKT HF", "STYREMØTE I …", "Innkalling til styremøte": a meeting of any kind of body.
const AGENDA_START =
  /^\s*(?:(?:Møteinnkalling|Innkalling\s+til\s+(?:\S*møte|\S+\s+møte)|Dagsorden|Saksliste)\b.*|Møte\s+i\s+\S.*|\S*(?:møte|MØTE)\s+[iI]\s+\S.*)$/iu;
const ATTACHMENT_MARK = /^\s*Vedlegg\s*\d+\w?\s*[_–-]\s*Sak\s*(\d{1,4})\s*[-/]\s*(\d{2})\s*[_–-]/i;
const PROPOSAL = /^\s*Forslag\s+til\s+(?:vedtak|beslutning|innstilling)\s*$/i;
const NOTE_SECTION = /^\s*(?:Hensikt\s+med\s+saken|Bakgrunn|Saksframstilling|Sammendrag)\s*$/i;
/** A case note published on its own: "Saksnotat" over a "Saksnummer:" field. */
const NOTE_HEAD = /^\s*(?:Saksnotat|Saksframlegg|Saksfremlegg|Toppnotat)\b/i;
const NUMBER_FIELD = /^\s*(?:Saksnummer|Saksnr\.?|Sak\s*nr\.?)\s*:/i;
const HEADER_FIELD = /^\s*(?:Møte|Dato|Tid|Sted|Møtetidspkt|Møtetidspunkt|Møtested|Tidspunkt|Møtedato|DAG\s*\d)\b/i;

function nextNonBlank(lines: SourceLine[], i: number, max: number): number {
  for (let j = i + 1; j < Math.min(lines.length, i + 1 + max); j++) if (!isBlank(lines[j])) return j;
  return -1;
}
function prevNonBlank(lines: SourceLine[], i: number, max: number): number {
  for (let j = i - 1; j >= Math.max(0, i - max); j--) if (!isBlank(lines[j])) return j;
  return -1;
}

/** A minutes or agenda heading is followed by header fields (Møte, Dato, Tid, Sted) within a few lines. */
function hasMeetingHeader(lines: SourceLine[], i: number): boolean {
  // A table's header row ("Tid | Sak | Tema") is no header field.
  for (let j = i + 1; j < Math.min(lines.length, i + 6); j++)
    if (HEADER_FIELD.test(lines[j]!.text) && !/\||\t/.test(lines[j]!.text)) return true;
  return false;
}

/** A case note (toppnotat): a title line, then "Forslag til vedtak", then "Hensikt med saken"/"Bakgrunn". */
function caseNoteTitleAt(lines: SourceLine[], i: number): number | undefined {
  if (!PROPOSAL.test(lines[i]!.text)) return undefined;
  let hasSection = false;
  for (let j = i + 1; j < Math.min(lines.length, i + 16); j++) if (NOTE_SECTION.test(lines[j]!.text)) hasSection = true;
  if (!hasSection) return undefined;
  const t = prevNonBlank(lines, i, 4);
  if (t < 0) return undefined;
  const title = lines[t]!.text.trim();
  if (/^\d{1,3}\/\d{2}\b/.test(title) || /[:.]$/.test(title) || title.length > 160) return undefined;
  return t;
}

/**
 * Splits one file into its documents: a file may hold an agenda, the previous meeting's minutes
 * and several case notes one after another (as NUIT's published meeting packs do).
 */
export function splitDocuments(lines: SourceLine[]): DocumentSlice[] {
  const starts: { at: number; kind: DocumentSlice['kind']; markedCase?: string; fielded?: boolean }[] = [];
  const lastStart = () => starts[starts.length - 1];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.furniture || !line.text.trim()) continue;
    const recent = lastStart();
    if (MINUTES_START.test(line.text) && hasMeetingHeader(lines, i)) {
      starts.push({ at: i, kind: 'minutes' });
      continue;
    }
    if (AGENDA_START.test(line.text) && hasMeetingHeader(lines, i) && !(recent && i - recent.at < 4)) {
      starts.push({ at: i, kind: 'agenda' });
      continue;
    }
    const mark = ATTACHMENT_MARK.exec(line.text);
    if (mark) {
      starts.push({ at: i, kind: 'case-note', markedCase: `${Number(mark[1])}/${mark[2]}` });
      continue;
    }
    if (NOTE_HEAD.test(line.text) && lines.slice(i + 1, i + 7).some((l) => NUMBER_FIELD.test(l.text))) {
      starts.push({ at: i, kind: 'case-note', fielded: true });
      continue;
    }
    const title = caseNoteTitleAt(lines, i);
    if (title !== undefined) {
      // The title of a note opened by a metadata block is part of that note.
      if (recent?.fielded && title - recent.at <= 20) continue;
      // A title shortly after an attachment marker belongs to that marker's note.
      if (recent?.kind === 'case-note' && recent.markedCase && title - recent.at <= 14) continue;
      if (recent && title <= recent.at) continue;
      starts.push({ at: title, kind: 'case-note' });
    }
  }
  const slices: DocumentSlice[] = starts.map((s, k) => ({
    kind: s.kind,
    from: s.at,
    to: starts[k + 1]?.at ?? lines.length,
    ...(s.markedCase ? { markedCase: s.markedCase } : {}),
  }));
  // Text before the first recognised heading (a cover page) belongs to the first document.
  if (slices[0] && nextNonBlank(lines, -1, slices[0].from + 1) < slices[0].from) slices[0].from = 0;
  return slices;
}
