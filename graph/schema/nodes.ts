import { z } from 'zod';

/*
 * Node labels of the Sakskart graph. Every shape here is the one the seed writes, the server reads
 * and the client renders; nothing else defines them. Keys are the unique property of each label.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');

export const CommitteeKey = z.string().regex(/^[A-Z0-9-]+$/, 'must be an upper-case key such as NUFA');

export const Committee = z.object({
  key: CommitteeKey,
  name: z.string().min(1),
  /** Short form used in case ids and labels, e.g. "NUFA", "E-helsestyret". */
  shortName: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  description: z.string().optional(),
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
  id: z.string().regex(/^[A-Z0-9-]+-\d{1,3}\/\d{2}$/, 'must look like NUIT-37/22'),
  committee: CommitteeKey,
  number: z.string().regex(/^\d{1,3}\/\d{2}$/),
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
});

export const Person = z.object({
  /** Slug of the normalised name: the same person across documents is one node. */
  id: z.string().min(1),
  name: z.string().min(1),
});

export const Topic = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  description: z.string().optional(),
});

export const Statement = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  /** "input" for a raised point, "response" for an answer to one. */
  kind: z.enum(['input', 'response']).default('input'),
});

export const ActionItem = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
});

export const DocumentKind = z.enum(['agenda', 'minutes', 'case-note']);

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
  /** The document's own lines (lineStart..lineEnd of the file), so the source viewer can show it whole. */
  text: z.string().optional(),
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
  kind: z.enum(['earlier-treatment', 'same-matter', 'postponed-from', 'joint-discussion', 'planned', 'follow-up']),
  committee: z.string().optional(),
  number: z.string().optional(),
  title: z.string().optional(),
  date: isoDate.optional(),
  context: z.string(),
  topics: z.array(z.string()).default([]),
  /** Set when the reference could not be resolved, or was reconciled against a conflicting source. */
  warning: z.string().optional(),
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
];
export const FULLTEXT_INDEX = 'sakskart_text';
