import type { CaseLinkKindT, DocumentKindT } from '../../graph/schema/index.js';
import type { ParsedDependency } from './dependencies.js';
import type { ParsedSuccession } from './successions.js';

/** Where in the file a fact was read: 1-based line numbers and the quoted source text. */
export interface Span {
  lineStart: number;
  lineEnd: number;
  quote: string;
}

/** An organisation as written, resolved against the gazetteer when possible. */
export interface OrgRef {
  id: string;
  name: string;
  /** False for organisations found in a document but not in the gazetteer. */
  known: boolean;
}

export interface ParsedAttendance {
  person: string;
  org?: OrgRef;
  status: 'present' | 'absent' | 'substitute' | 'secretariat' | 'observer' | 'member';
  days: number[];
  substituteFor?: string;
  note?: string;
  span: Span;
}

export interface ParsedMeeting {
  committee: string;
  number?: string;
  startDate: string;
  endDate: string;
  place?: string;
  span: Span;
}

export interface ParsedStatement {
  text: string;
  raisers: OrgRef[];
  responses: ParsedStatement[];
  span: Span;
}

export interface ParsedActionItem {
  text: string;
  responsible?: OrgRef;
  span: Span;
}

export type CitationKind = CaseLinkKindT | 'planned' | 'follow-up' | 'meeting-reference';

/** A reference from one case to another treatment, resolved against the whole graph later. */
export interface ParsedCitation {
  kind: CitationKind;
  committee?: string;
  number?: string;
  title?: string;
  date?: string;
  /** A month ("2022-05") when the reference names no day: "i mai/juni møtene". */
  month?: string;
  /** The last month of "i mai/juni møtene" ("2022-06"); `month` is the first. */
  monthEnd?: string;
  /** "3/2022" for "i møtet 3/2022". */
  meetingNumber?: string;
  /** "previous" for "forrige møte", "drøftet i forrige NUIT"; "next" for "neste møte". */
  relative?: 'previous' | 'next';
  /** Whether the referenced treatment is before or after the citing case. */
  direction?: 'earlier' | 'later';
  /** Text around the reference, used to pick between candidate cases by topic. */
  context: string;
  span: Span;
}

export interface ParsedPresenter {
  person?: string;
  org?: OrgRef;
  span: Span;
}

/** A topic a case is about: `main` when its title, decision or repeated mentions say so, else `mention`. */
export interface TopicLink {
  key: string;
  role: 'main' | 'mention';
  /** How many times the case's text names the topic. */
  weight: number;
}

export interface ParsedCase {
  committee: string;
  number: string;
  title: string;
  type?: string;
  time?: string;
  order?: number;
  decision?: string;
  proposedDecision?: string;
  /** The opening paragraphs of the case text: what the case is about, in the document's words. */
  summary?: string;
  presenters: ParsedPresenter[];
  statements: ParsedStatement[];
  actionItems: ParsedActionItem[];
  citations: ParsedCitation[];
  topics: TopicLink[];
  /** Topic dependencies the case text states; a `Case` end's key is the case number. */
  dependencies?: ParsedDependency[];
  span: Span;
}

/** A stretch of a document's text kept verbatim for search, with where it sits in the file. */
export interface ParsedPassage {
  text: string;
  lineStart: number;
  lineEnd: number;
  /** Character offset of the passage's first character in the file. */
  offset: number;
}

export interface ParsedDocument {
  index: number;
  kind: DocumentKindT;
  name: string;
  lineStart: number;
  lineEnd: number;
  meeting?: ParsedMeeting;
  /** The committee the document is of, also when no meeting (date) was found. */
  committee?: string;
  attendance: ParsedAttendance[];
  cases: ParsedCase[];
  /** `partial` when structure was not (fully) recognised; `missing` says what ("no date", "no case table"). */
  status: 'complete' | 'partial';
  missing: string[];
  /** The document's text, for partial documents, so nothing readable is lost. */
  passages: ParsedPassage[];
  /** Bodies the text says took over from others ("NUIT overtar oppgavene til …"). */
  successions?: ParsedSuccession[];
}

export interface ParseWarning {
  line: number;
  message: string;
}

export interface ParsedFile {
  documents: ParsedDocument[];
  warnings: ParseWarning[];
}
