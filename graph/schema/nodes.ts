import { z } from 'zod';

/*
 * Node labels of the Sakskart graph. Every shape here is the one the seed writes, the server reads
 * and the client renders; nothing else defines them. Keys are the unique property of each label.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');

export const CommitteeKey = z.string().regex(/^[A-Z0-9-]+$/, 'must be an upper-case key such as NUFA');

/**
 * When a body or organisation existed (FollowTheMoney's startDate/dissolutionDate): only dates a
 * named source states; `periodSource` names it. An unknown end of a body that still exists is absent.
 */
const Period = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  periodSource: z.string().min(1).optional(),
};

export const Committee = z.object({
  key: CommitteeKey,
  name: z.string().min(1),
  /** Short form used in case ids and labels, e.g. "NUFA", "E-helsestyret". */
  shortName: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** Earlier names of the same body ("Nasjonalt utvalg for fag og arkitektur" for NUFA). */
  formerNames: z.array(z.string()).optional(),
  description: z.string().optional(),
  ...Period,
});

/** A body or organisation that took over from another (registry data, `SUCCEEDED_BY`). */
export const Succession = z.object({
  /** Key of the successor: a committee key or an organisation id. */
  key: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  /** Only when a document or a public source states it; unknown stays unknown. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  source: z.string().min(1),
});

export const Meeting = z.object({
  /** `<COMMITTEE>-<startDate>`: a committee meets at most once a day. */
  id: z.string().min(1),
  committee: CommitteeKey,
  /** "4/2022" when the documents number the meeting. */
  number: z.string().optional(),
  startDate: isoDate,
  endDate: isoDate,
  place: z.string().optional(),
  /** Kinds of document seen for this meeting: agenda, minutes, case-note. */
  documentKinds: z.array(z.string()).default([]),
});

export const CaseType = z.string().min(1);

export const Case = z.object({
  /** `<COMMITTEE>-<NN/YY>`, e.g. "NUIT-37/22". */
  id: z.string().regex(/^[A-Z0-9-]+-\d+\/\d{2}$/, 'must look like NUIT-37/22'),
  committee: CommitteeKey,
  number: z.string().regex(/^\d+\/\d{2}$/),
  title: z.string().min(1),
  type: CaseType.optional(),
  decision: z.string().optional(),
  proposedDecision: z.string().optional(),
  /** Opening paragraphs of the case text (agenda, case note or minutes). */
  summary: z.string().optional(),
  /** ISO date of the first meeting that treated the case, for ordering flows. */
  date: isoDate.optional(),
  /** True for a case known only from another document's reference (its own minutes are not loaded). */
  stub: z.boolean().optional(),
});

export const OrganizationKind = z.enum([
  'ministry',
  'directorate',
  'agency',
  'regional-health-authority',
  'health-trust',
  'state-enterprise',
  'municipality',
  'municipal-association',
  'interest-organization',
  'patient-organization',
  'research',
  'other',
]);

export const Organization = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  kind: OrganizationKind,
  ...Period,
});

export const Person = z.object({
  /** Slug of the normalised name: the same person across documents is one node. */
  id: z.string().min(1),
  name: z.string().min(1),
  /** Other spellings of the same person ("Karl S. Vestli" for "Karl Vestli"). */
  aliases: z.array(z.string()).optional(),
  /** Why the aliases are one person: "same organisation (ehelse), same first and last name". */
  aliasEvidence: z.string().optional(),
});

export const Topic = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  description: z.string().optional(),
});

/** The six stances of a statement, in the order views list them. */
export const STANCES = ['concern', 'objection', 'request', 'question', 'support', 'information'] as const;
export const Stance = z.enum(STANCES);
export type StanceT = z.infer<typeof Stance>;

export const Statement = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  /** "input" for a raised point, "response" for an answer to one. */
  kind: z.enum(['input', 'response']).default('input'),
  /** What the speaker mainly does (seed/parse/stance): concern, support, objection, request, question, information. */
  stance: Stance.optional(),
  /** The words of `text` that decided the stance, exactly as written (empty when a default rule decided). */
  stanceCue: z.string().optional(),
  /** The id of the rule that decided it ("request.ask-verb", "concern.worry+men", "default.information"). */
  stanceRule: z.string().optional(),
});

export const ActionItem = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
});

/** `text`: a readable file that is not (recognisably) a committee document; kept as passages. */
export const DocumentKind = z.enum(['agenda', 'minutes', 'case-note', 'text']);

export const Document = z.object({
  /** `<sha256 of the file>:<n>`: one file may hold several documents. */
  id: z.string().min(1),
  name: z.string().min(1),
  kind: DocumentKind,
  file: z.string().min(1),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  lineStart: z.number().int().positive(),
  lineEnd: z.number().int().positive(),
  /** ISO date of the meeting the document is about, when known: later documents win conflicts. */
  date: isoDate.optional(),
  /** Version of the parser that read it; a newer parser re-reads the file. */
  parserVersion: z.number().int().optional(),
  /** `partial` when some structure was not found; then `missing` says what ("no date", "no case table"). */
  status: z.enum(['complete', 'partial']).optional(),
  missing: z.array(z.string()).optional(),
  /** The document's own lines (lineStart..lineEnd of the file), so the source viewer can show it whole. */
  text: z.string().optional(),
});

/**
 * A stretch of a document's text (a paragraph or a few lines) kept verbatim for full-text search,
 * so nothing readable is thrown away when its structure is not recognised.
 */
export const Passage = z.object({
  /** `<document id>:p<n>`. */
  id: z.string().min(1),
  text: z.string().min(1),
  /** Document id, first and last 1-based line, and character offset of the passage in the file. */
  document: z.string().min(1),
  lineStart: z.number().int().positive(),
  lineEnd: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
});

/**
 * A meeting known only from a reference without a case number ("legges frem for Nasjonalt
 * e-helseråd den 2. desember", "drøftet i forrige NUIT") whose minutes are not loaded.
 */
export const ReferencedMeeting = z.object({
  /** `ref-<COMMITTEE>-<date or month or 'previous'>`. */
  id: z.string().min(1),
  committee: CommitteeKey,
  /** ISO date, the month ("2022-05") or months ("2022-05/2022-06") written; for "forrige/neste", the citing meeting's date. */
  when: z.string().optional(),
  /** "previous"/"next": the meeting before or after `when`. */
  relative: z.enum(['previous', 'next']).optional(),
  /** "3/2022" when the reference names the meeting by number. */
  number: z.string().optional(),
  context: z.string(),
});

/**
 * A reference from a case to another treatment, as written ("NUFA behandlet saken 31.8.2022").
 * Kept so links can be re-resolved against the whole graph whenever documents change.
 */
export const Citation = z.object({
  id: z.string().min(1),
  fromCase: z.string().min(1),
  /** When the reference comes from an action item ("Ny sak i NUIT om …"). */
  fromActionItem: z.string().optional(),
  kind: z.enum([
    'earlier-treatment',
    'same-matter',
    'postponed-from',
    'joint-discussion',
    'planned',
    'follow-up',
    'meeting-reference',
  ]),
  committee: z.string().optional(),
  number: z.string().optional(),
  title: z.string().optional(),
  date: isoDate.optional(),
  context: z.string(),
  topics: z.array(z.string()).default([]),
  /** Set when the reference could not be resolved, or was reconciled against a conflicting source. */
  warning: z.string().optional(),
  /** A reference to a meeting without a case number: the month ("2022-05") when no day is written. */
  month: z.string().optional(),
  /** "previous" for "forrige møte", "drøftet i forrige NUIT"; "next" for "neste møte". */
  relative: z.enum(['previous', 'next']).optional(),
  /** The last month of "i mai/juni møtene" ("2022-06"); `month` is the first. */
  monthEnd: z.string().optional(),
  /** The meeting number of "i møtet 3/2022". */
  meetingNumber: z.string().optional(),
  /** Whether a meeting reference points back ("ble drøftet i") or ahead ("legges frem for"). */
  direction: z.enum(['earlier', 'later']).optional(),
  /** Dates a referenced meeting can start on (seed/write/meetingRefKeys.ts): candidates are found by committee and this window. */
  windowFrom: isoDate.optional(),
  windowTo: isoDate.optional(),
  /** The citing document's meeting date, which "forrige"/"neste" and yearless dates are relative to. */
  citingDate: isoDate.optional(),
});

/** Label → schema, unique key and the properties the full-text index covers. */
export const NODE_LABELS = {
  Committee: { schema: Committee, key: 'key' },
  Meeting: { schema: Meeting, key: 'id' },
  Case: { schema: Case, key: 'id' },
  Organization: { schema: Organization, key: 'id' },
  Person: { schema: Person, key: 'id' },
  Topic: { schema: Topic, key: 'key' },
  Statement: { schema: Statement, key: 'id' },
  ActionItem: { schema: ActionItem, key: 'id' },
  Document: { schema: Document, key: 'id' },
  Citation: { schema: Citation, key: 'id' },
  Passage: { schema: Passage, key: 'id' },
  ReferencedMeeting: { schema: ReferencedMeeting, key: 'id' },
} as const;

export type NodeLabel = keyof typeof NODE_LABELS;
export const NodeLabelSchema = z.enum(Object.keys(NODE_LABELS) as [NodeLabel, ...NodeLabel[]]);

export type CommitteeT = z.infer<typeof Committee>;
export type MeetingT = z.infer<typeof Meeting>;
export type CaseT = z.infer<typeof Case>;
export type OrganizationT = z.infer<typeof Organization>;
export type OrganizationKindT = z.infer<typeof OrganizationKind>;
export type PersonT = z.infer<typeof Person>;
export type TopicT = z.infer<typeof Topic>;
export type StatementT = z.infer<typeof Statement>;
export type ActionItemT = z.infer<typeof ActionItem>;
export type DocumentT = z.infer<typeof Document>;
export type DocumentKindT = z.infer<typeof DocumentKind>;
export type CitationT = z.infer<typeof Citation>;
export type PassageT = z.infer<typeof Passage>;
export type SuccessionT = z.infer<typeof Succession>;

/** Properties the full-text index searches (strings only; arrays are mirrored into `aliasText`). */
export const FULLTEXT_PROPERTIES = [
  'name',
  'title',
  'decision',
  'proposedDecision',
  'summary',
  'text',
  'aliasText',
  'number',
] as const;
export const FULLTEXT_LABELS: NodeLabel[] = [
  'Committee',
  'Meeting',
  'Case',
  'Organization',
  'Person',
  'Topic',
  'Statement',
  'ActionItem',
  'Passage',
  'Document',
];
export const FULLTEXT_INDEX = 'sakskart_text';
