import { createHash } from 'node:crypto';
import type { MembershipRoleT } from '../../../graph/schema/index.js';
import type { ExportDocument, Provenance } from './model.js';
import { provenanceText } from './model.js';

/*
 * FollowTheMoney (followthemoney.tech) entities, one JSON object per line, as Aleph's bulk loader
 * and the `ftm` tools read them: committees as PublicBody, organisations as Organization, people
 * as Person, committee seats and who a person spoke for as Membership (with the first and last date
 * a document shows it), meetings as Event (organizer: the committee; involved: who attended), and
 * the documents as Pages (PDF) or Document. Every entity's `proof` names the Document entities that
 * state it and `notes` the file and lines; `sourceUrl` opens the lines in Sakskart's viewer.
 */

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

export interface FtmParty {
  /** Public id, "Organization:ks". */
  id: string;
  kind: 'Committee' | 'Organization' | 'Person';
  name: string;
  aliases?: string[];
  /** An organisation's kind (ministry, health-trust …). */
  category?: string;
  description?: string;
  sources: Provenance[];
}

export interface FtmMembership {
  person: string;
  organization: string;
  /** MEMBER_OF: a seat in a committee; REPRESENTS: the person spoke for the organisation. */
  type: 'MEMBER_OF' | 'REPRESENTS';
  /** A seat's role in the committee in this stint, and the organisation the person sat for then. */
  role?: MembershipRoleT;
  onBehalfOf?: string;
  onBehalfOfId?: string;
  startDate?: string;
  endDate?: string;
  sources: Provenance[];
}

export interface FtmMeeting {
  id: string;
  name: string;
  committee: string;
  startDate: string;
  endDate?: string;
  place?: string;
  /** Public ids of the people recorded as attending (present, substitute, secretariat, observer). */
  attendees: string[];
  sources: Provenance[];
}

export interface FtmContext {
  /** Origin the viewer links start with ("http://127.0.0.1:8080"); none: no `sourceUrl`. */
  baseUrl?: string;
}

/** A stable FtM id: the same graph node gets the same entity id in every export and database. */
export function ftmId(publicId: string): string {
  return `sakskart-${createHash('sha1').update(publicId).digest('hex')}`;
}

const docId = (doc: string) => ftmId(`Document:${doc}`);

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const dates = (...ds: (string | undefined)[]) => ds.filter((d): d is string => !!d && ISO.test(d));

function props(p: Record<string, (string | undefined)[] | undefined>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, vs] of Object.entries(p)) {
    const clean = [...new Set((vs ?? []).map((v) => v?.trim()).filter((v): v is string => !!v))];
    // A property's values are a set in FtM; sorted, the same graph exports the same bytes whatever
    // order Neo4j collected them in. A name keeps its order: the first is the one shown.
    if (clean.length) out[k] = k === 'name' ? clean : clean.sort();
  }
  return out;
}

/** Where the viewer shows a source's lines. */
export function viewerUrl(base: string, doc: string, lineStart: number, lineEnd: number): string {
  const u = new URL('/', base);
  u.searchParams.set('view', 'documents');
  u.searchParams.set('doc', doc);
  u.searchParams.set('lines', lineStart === lineEnd ? String(lineStart) : `${lineStart}-${lineEnd}`);
  return u.toString();
}

/** `notes` on things; an interval (Membership) has no notes, its `description` carries the same text. */
function provenance(sources: readonly Provenance[], ctx: FtmContext, text: 'notes' | 'description' = 'notes') {
  return {
    proof: sources.map((s) => docId(s.doc)),
    [text]: sources.length ? [`Kilde: ${provenanceText(sources)}`] : [],
    sourceUrl: ctx.baseUrl ? sources.map((s) => viewerUrl(ctx.baseUrl!, s.doc, s.lineStart, s.lineEnd)) : [],
  };
}

export function partyEntity(p: FtmParty, ctx: FtmContext): FtmEntity {
  const schema = p.kind === 'Person' ? 'Person' : p.kind === 'Committee' ? 'PublicBody' : 'Organization';
  return {
    id: ftmId(p.id),
    schema,
    properties: props({
      name: [p.name],
      alias: p.aliases,
      ...(p.kind === 'Person'
        ? {}
        : { classification: [p.category ?? (p.kind === 'Committee' ? 'committee' : undefined)] }),
      description: [p.description],
      ...provenance(p.sources, ctx),
    }),
  };
}

const ROLE_NAMES: Record<MembershipRoleT, string> = {
  member: 'medlem',
  chair: 'leder',
  substitute: 'vara',
  observer: 'observatør',
  secretariat: 'sekretariat',
};

export function membershipEntity(m: FtmMembership, ctx: FtmContext): FtmEntity {
  const [start, end] = [m.startDate, m.endDate];
  // A stint (role, organisation spoken for) of its own: one who moved or changed role has several.
  const stint = m.role ? `|${m.role}|${m.onBehalfOfId ?? ''}` : '';
  return {
    id: ftmId(`Membership:${m.type}|${m.person}|${m.organization}${stint}`),
    schema: 'Membership',
    properties: props({
      member: [ftmId(m.person)],
      organization: [ftmId(m.organization)],
      role: [m.type === 'REPRESENTS' ? 'representerer' : ROLE_NAMES[m.role ?? 'member']],
      startDate: dates(start),
      endDate: dates(end),
      summary: [
        [
          m.onBehalfOf ? `For ${m.onBehalfOf}.` : undefined,
          start
            ? `Første og siste dato dokumentene viser dette: ${start}${end && end !== start ? ` – ${end}` : ''}`
            : undefined,
        ]
          .filter(Boolean)
          .join(' ') || undefined,
      ],
      ...provenance(m.sources, ctx, 'description'),
    }),
  };
}

export function meetingEntity(m: FtmMeeting, ctx: FtmContext): FtmEntity {
  return {
    id: ftmId(m.id),
    schema: 'Event',
    properties: props({
      name: [m.name],
      startDate: dates(m.startDate),
      endDate: dates(m.endDate),
      date: dates(m.startDate),
      location: [m.place],
      organizer: [ftmId(m.committee)],
      involved: m.attendees.map(ftmId),
      ...provenance(m.sources, ctx),
    }),
  };
}

export function documentEntity(d: ExportDocument, ctx: FtmContext): FtmEntity {
  const pdf = /\.pdf$/i.test(d.file);
  return {
    id: docId(d.id),
    schema: pdf ? 'Pages' : 'Document',
    properties: props({
      title: [d.name],
      fileName: [d.file],
      mimeType: [pdf ? 'application/pdf' : 'text/plain'],
      date: dates(d.date),
      summary: [d.kind],
      notes: [`Linje ${d.lineStart}–${d.lineEnd} av ${d.file}`],
      sourceUrl: ctx.baseUrl ? [viewerUrl(ctx.baseUrl, d.id, d.lineStart, d.lineEnd)] : [],
    }),
  };
}

export const ftmLine = (e: FtmEntity) => `${JSON.stringify(e)}\n`;
