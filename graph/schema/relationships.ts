import { z } from 'zod';
import type { NodeLabel } from './nodes.js';

/**
 * Where a fact came from: the document (id `<sha256>:<n>`), the 1-based line range in the file,
 * and the source text quoted verbatim (page furniture removed). Every extracted relationship
 * carries these properties; nodes carry them on their `SOURCE_OF` edges from `Document`.
 */
export const Provenance = z.object({
  doc: z.string().min(1),
  lineStart: z.number().int().positive(),
  lineEnd: z.number().int().positive(),
  quote: z.string(),
});
export type ProvenanceT = z.infer<typeof Provenance>;

export const AttendanceStatus = z.enum(['present', 'absent', 'substitute', 'secretariat', 'observer']);

/**
 * A person's role in a committee at one meeting, read from the attendance list: a present or
 * absent member is a `member` (or `chair` where the list says "leder"), the rest follow the status.
 */
export const MembershipRole = z.enum(['member', 'substitute', 'observer', 'chair', 'secretariat']);
export type MembershipRoleT = z.infer<typeof MembershipRole>;

/** Kinds of LINKED; the relationship always points from the earlier case to the later one. */
export const CaseLinkKind = z.enum([
  /** The start case is an earlier treatment of the end case ("Vedtak fra tidligere behandlinger", "NUIT har tidligere drøftet"). */
  'earlier-treatment',
  /** The same matter in another committee (inferred from near-identical titles). */
  'same-matter',
  /** The end case was postponed from the start case ("ble utsatt til dette møtet"). */
  'postponed-from',
  /** Discussed together in one session ("felles drøfting av sak 25/22 og sak 26/22"). */
  'joint-discussion',
]);
export type CaseLinkKindT = z.infer<typeof CaseLinkKind>;

/**
 * Kinds of DEPENDS_ON, read from the documents' own words: the start needs the end
 * ("forutsetning for", "avhengig av"), builds on it ("bygger på", "videreføring av"), is tied to it
 * ("kobling mellom", "sees i sammenheng med"; undirected) or is held back by it ("forsinker",
 * "i konflikt med"). Co-occurrence (two topics on one case) is not stored: it is counted from ABOUT.
 */
export const DependencyKind = z.enum(['prerequisite', 'builds-on', 'linked', 'conflicts']);
export type DependencyKindT = z.infer<typeof DependencyKind>;

const none = z.object({});
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const TopicRole = z.enum(['main', 'mention']);
export type TopicRoleT = z.infer<typeof TopicRole>;

/**
 * Relationship type → allowed endpoints and its own properties (provenance comes on top).
 * Direction is always from → to.
 */
export const RELATIONSHIP_TYPES = {
  OF: { from: ['Meeting'], to: ['Committee'], props: none },
  TREATED_AT: {
    from: ['Case'],
    to: ['Meeting'],
    props: z.object({
      /** Position on the meeting's agenda (1-based). */
      order: z.number().int().positive().optional(),
      type: z.string().optional(),
      time: z.string().optional(),
    }),
  },
  REPRESENTS: {
    from: ['Person'],
    to: ['Organization'],
    props: z.object({
      /** ISO date of the document that states it: a person's organisation can change over the years. */
      date: isoDate.optional(),
    }),
  },
  ATTENDED: {
    from: ['Person'],
    to: ['Meeting'],
    props: z.object({
      status: AttendanceStatus,
      /** Meeting days the status applies to (1-based); empty means every day. */
      days: z.array(z.number().int().positive()).default([]),
      /** For a substitute: the id of the member stood in for. */
      substituteFor: z.string().optional(),
      note: z.string().optional(),
      /**
       * The role and the organisation (id) the list gives the person at this meeting: memberships
       * and their periods are derived from these at read time, so removing a document changes them.
       */
      role: MembershipRole.optional(),
      org: z.string().optional(),
    }),
  },
  PRESENTED: { from: ['Person', 'Organization'], to: ['Case'], props: none },
  ON: { from: ['Statement'], to: ['Case'], props: none },
  RAISED: { from: ['Organization', 'Person'], to: ['Statement'], props: none },
  RESPONDS_TO: { from: ['Statement'], to: ['Statement'], props: none },
  FROM: { from: ['ActionItem'], to: ['Case'], props: none },
  ASSIGNED_TO: { from: ['ActionItem'], to: ['Organization'], props: none },
  /** An action item that a later case took up. */
  FOLLOWED_UP_BY: { from: ['ActionItem'], to: ['Case'], props: none },
  ABOUT: {
    from: ['Case', 'Statement'],
    to: ['Topic'],
    props: z.object({
      /** `main`: the title, decision or repeated mentions say the case is about it; `mention`: its text names it. */
      role: TopicRole.optional(),
      /** How many times the case's text names the topic. */
      weight: z.number().int().nonnegative().optional(),
    }),
  },
  LINKED: { from: ['Case'], to: ['Case'], props: z.object({ kind: CaseLinkKind }) },
  PLANNED: {
    from: ['Case'],
    to: ['Committee'],
    props: z.object({
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    }),
  },
  /**
   * A body or organisation replaced by another (registry data, or a document that says so: "NUIT
   * overtar oppgavene til …"); `date` only where a source states it, `source` names the source.
   */
  SUCCEEDED_BY: {
    from: ['Committee', 'Organization'],
    to: ['Committee', 'Organization'],
    props: z.object({ date: isoDate.optional(), source: z.string() }),
  },
  /** A body or organisation merged into another that lives on (Direktoratet for e-helse into Helsedirektoratet). */
  MERGED_INTO: {
    from: ['Committee', 'Organization'],
    to: ['Committee', 'Organization'],
    props: z.object({ date: isoDate.optional(), source: z.string() }),
  },
  /** What a document is about, also when its structure was only partly recognised. */
  CONCERNS: { from: ['Document'], to: ['Committee', 'Meeting', 'Case'], props: none },
  /**
   * A reference without a case number ("drøftet i forrige NUIT", "legges frem for Nasjonalt
   * e-helseråd den 2. desember"), resolved to the case or meeting when loaded, else a placeholder.
   */
  REFERS_TO: {
    from: ['Case'],
    to: ['Case', 'Meeting', 'ReferencedMeeting'],
    props: z.object({
      direction: z.enum(['earlier', 'later']),
      /** `meeting`: the meeting was found; `same-topic`: its case sharing a topic with the citing case; `placeholder`: not loaded. */
      resolution: z.enum(['meeting', 'same-topic', 'placeholder']).optional(),
    }),
  },
  /**
   * A stated dependency, one per passage that states it: the start needs, builds on, is tied to or
   * is held back by the end. Organisation ids of who stated, confirmed or contested it, and whom the
   * stating reply answered; `date` is the meeting date of the document.
   */
  DEPENDS_ON: {
    from: ['Topic', 'Case'],
    to: ['Topic', 'Case'],
    props: z.object({
      kind: DependencyKind,
      /** False for kinds stated without a direction ("kobling mellom A og B"). */
      directed: z.boolean(),
      statedBy: z.array(z.string()).default([]),
      confirmedBy: z.array(z.string()).default([]),
      contestedBy: z.array(z.string()).default([]),
      inReplyTo: z.array(z.string()).default([]),
      /** The case whose text states it. */
      case: z.string().optional(),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    }),
  },
  /** Committee membership, read from member lists. */
  MEMBER_OF: { from: ['Person'], to: ['Committee'], props: none },
  /** Provenance of a node: which document stated it, where, and which properties it gave. */
  SOURCE_OF: {
    from: ['Document'],
    to: [
      'Committee',
      'Meeting',
      'Case',
      'Organization',
      'Person',
      'Topic',
      'Statement',
      'ActionItem',
      'Citation',
      'Passage',
      'ReferencedMeeting',
    ],
    props: z.object({
      /** JSON of the node properties this document contributed (see seed/write/contributions.ts). */
      contributed: z.string(),
    }),
  },
} as const satisfies Record<string, { from: readonly NodeLabel[]; to: readonly NodeLabel[]; props: z.ZodObject }>;

export type RelType = keyof typeof RELATIONSHIP_TYPES;
export const RelTypeSchema = z.enum(Object.keys(RELATIONSHIP_TYPES) as [RelType, ...RelType[]]);
