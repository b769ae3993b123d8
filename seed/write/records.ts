import { createHash } from 'node:crypto';
import { attendanceRole } from '../../graph/api/memberships.js';
import type { NodeLabel, RelType } from '../../graph/schema/index.js';
import type { Gazetteer } from '../parse/gazetteer.js';
import { slug } from '../parse/orgRef.js';
import { classifyStance } from '../parse/stance/index.js';
import { topicsOfText } from '../parse/topics.js';
import type { OrgRef, ParsedDocument, ParsedFile, ParsedStatement, Span } from '../parse/types.js';
import { dependencyRels } from './dependencyRecords.js';
import { meetingRefProps } from './meetingRefKeys.js';

/** A node as one document states it: its key, the properties it gives, and where it says so. */
export interface NodeRecord {
  label: NodeLabel;
  key: string;
  props: Record<string, unknown>;
  doc: string;
  span: Span;
}

/** A relationship as one document states it. `k` tells apart several of one type between two nodes. */
export interface RelRecord {
  type: RelType;
  from: { label: NodeLabel; key: string };
  to: { label: NodeLabel; key: string };
  props: Record<string, unknown>;
  k: string;
  doc: string;
  span: Span;
}

export interface DocumentRecord {
  id: string;
  name: string;
  kind: string;
  file: string;
  fileSha256: string;
  lineStart: number;
  lineEnd: number;
  date?: string;
  parserVersion?: number;
  status: 'complete' | 'partial';
  missing: string[];
}

export interface FileRecords {
  documents: DocumentRecord[];
  nodes: NodeRecord[];
  rels: RelRecord[];
}

const hash = (...parts: string[]) => createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 12);
export const caseId = (committee: string, number: string) => `${committee}-${number}`;
export const meetingId = (committee: string, date: string) => `${committee}-${date}`;
/**
 * One person, one node: "Karl S. Vestli" and "Karl Vestli" are the same person, so the key leaves
 * out middle initials; every spelling is kept as an alias (see personNode).
 */
export const personId = (name: string) =>
  slug(
    name
      .split(/\s+/)
      .filter((w, i, all) => i === 0 || i === all.length - 1 || !/^\p{Lu}\.?$/u.test(w))
      .join(' '),
  );

const spanOf = (d: ParsedDocument): Span => ({ lineStart: d.lineStart, lineEnd: d.lineStart, quote: d.name });

/** Turns one parsed file into the nodes and relationships it contributes, each with provenance. */
export function toRecords(gaz: Gazetteer, parsed: ParsedFile, file: string, sha256: string): FileRecords {
  const out: FileRecords = { documents: [], nodes: [], rels: [] };
  const node = (label: NodeLabel, key: string, props: Record<string, unknown>, doc: string, span: Span) =>
    out.nodes.push({ label, key, props, doc, span });
  const rel = (
    type: RelType,
    from: [NodeLabel, string],
    to: [NodeLabel, string],
    doc: string,
    span: Span,
    props: Record<string, unknown> = {},
    k = '',
  ) =>
    out.rels.push({
      type,
      from: { label: from[0], key: from[1] },
      to: { label: to[0], key: to[1] },
      props,
      k,
      doc,
      span,
    });
  const person = (name: string, doc: string, span: Span, orgId?: string): string => {
    const pid = personId(name);
    const evidence =
      name.replace(/\s+/g, ' ') === name && personId(name) !== slug(name)
        ? `"${name}" written with a middle initial: the same first and last name${orgId ? `, of ${orgId}` : ''}`
        : undefined;
    node(
      'Person',
      pid,
      { id: pid, name, aliases: [name], ...(evidence ? { aliasEvidence: evidence } : {}) },
      doc,
      span,
    );
    return pid;
  };
  const org = (o: OrgRef, doc: string, span: Span): [NodeLabel, string] => {
    // Known organisations come from the gazetteer; unknown ones are added with this document as source.
    if (!o.known) node('Organization', o.id, { id: o.id, name: o.name, aliases: [], kind: 'other' }, doc, span);
    return ['Organization', o.id];
  };

  for (const d of parsed.documents) {
    const doc = `${sha256}:${d.index}`;
    out.documents.push({
      id: doc,
      name: d.name,
      kind: d.kind,
      file,
      fileSha256: sha256,
      lineStart: d.lineStart,
      lineEnd: d.lineEnd,
      status: d.status,
      missing: d.missing,
      ...(d.meeting ? { date: d.meeting.startDate } : {}),
    });
    // Whatever was found, the document is linked to it, and its text kept where structure was not.
    if (d.committee) rel('CONCERNS', ['Document', doc], ['Committee', d.committee], doc, spanOf(d));
    d.passages.forEach((p, n) => {
      const pid = `${doc}:p${n + 1}`;
      node(
        'Passage',
        pid,
        { id: pid, text: p.text, document: doc, lineStart: p.lineStart, lineEnd: p.lineEnd, offset: p.offset },
        doc,
        { lineStart: p.lineStart, lineEnd: p.lineEnd, quote: p.text.slice(0, 200) },
      );
    });
    for (const s of d.successions ?? []) {
      // `k` keeps a document's statement apart from the registry's edge between the same bodies.
      const source = `${d.name}, linje ${s.span.lineStart}`;
      rel(
        s.type,
        [s.predecessor.label, s.predecessor.key],
        [s.successor.label, s.successor.key],
        doc,
        s.span,
        {
          source,
          ...(s.date ? { date: s.date } : {}),
        },
        'document',
      );
    }
    // A case note inherits its meeting from the agenda it accompanies; only agendas and minutes state meetings.
    const m = d.kind === 'case-note' ? undefined : d.meeting;
    const mId = m ? meetingId(m.committee, m.startDate) : undefined;
    if (m && mId) {
      node(
        'Meeting',
        mId,
        {
          id: mId,
          committee: m.committee,
          startDate: m.startDate,
          endDate: m.endDate,
          documentKinds: [d.kind],
          ...(m.number ? { number: m.number } : {}),
          ...(m.place ? { place: m.place } : {}),
        },
        doc,
        m.span,
      );
      rel('OF', ['Meeting', mId], ['Committee', m.committee], doc, m.span);
      rel('CONCERNS', ['Document', doc], ['Meeting', mId], doc, m.span);
      for (const a of d.attendance) {
        const pid = person(a.person, doc, a.span, a.org?.id);
        if (a.org) rel('REPRESENTS', ['Person', pid], org(a.org, doc, a.span), doc, a.span, { date: m.startDate });
        if (a.status === 'member' || a.status === 'present' || a.status === 'absent') {
          rel('MEMBER_OF', ['Person', pid], ['Committee', m.committee], doc, a.span);
        }
        if (a.status !== 'member') {
          const props: Record<string, unknown> = {
            status: a.status,
            days: a.days,
            role: attendanceRole(a.status, a.note),
          };
          if (a.org) props.org = a.org.id;
          if (a.substituteFor) props.substituteFor = personId(a.substituteFor);
          if (a.note) props.note = a.note;
          rel('ATTENDED', ['Person', pid], ['Meeting', mId], doc, a.span, props, `${a.status}:${a.days.join(',')}`);
        }
      }
    }
    for (const c of d.cases) {
      const cid = caseId(c.committee, c.number);
      const props: Record<string, unknown> = { id: cid, committee: c.committee, number: c.number, title: c.title };
      if (c.type) props.type = c.type;
      if (c.decision) props.decision = c.decision;
      if (c.proposedDecision) props.proposedDecision = c.proposedDecision;
      if (c.summary) props.summary = c.summary;
      node('Case', cid, props, doc, c.span);
      rel('CONCERNS', ['Document', doc], ['Case', cid], doc, c.span);
      if (mId && d.meeting?.committee === c.committee) {
        const tprops: Record<string, unknown> = {};
        if (c.order) tprops.order = c.order;
        if (c.type) tprops.type = c.type;
        if (c.time) tprops.time = c.time;
        rel('TREATED_AT', ['Case', cid], ['Meeting', mId], doc, c.span, tprops);
      }
      for (const t of c.topics)
        rel('ABOUT', ['Case', cid], ['Topic', t.key], doc, c.span, { role: t.role, weight: t.weight });
      out.rels.push(...dependencyRels(c, cid, doc, d.meeting?.startDate));
      for (const p of c.presenters) {
        if (p.person) {
          const pid = person(p.person, doc, p.span, p.org?.id);
          rel('PRESENTED', ['Person', pid], ['Case', cid], doc, p.span);
          const date = d.meeting?.startDate;
          if (p.org) rel('REPRESENTS', ['Person', pid], org(p.org, doc, p.span), doc, p.span, date ? { date } : {});
        } else if (p.org) {
          rel('PRESENTED', org(p.org, doc, p.span), ['Case', cid], doc, p.span);
        }
      }
      const statement = (s: ParsedStatement, kind: 'input' | 'response', parent?: string): string => {
        const sid = `st-${hash(cid, parent ?? '', s.text)}`;
        // Stance is read from the extracted text here, after parsing, so statement extraction stays
        // the parser's alone and a re-ingest with better rules re-classifies every statement.
        const st = classifyStance(s.text, kind);
        node(
          'Statement',
          sid,
          { id: sid, text: s.text, kind, stance: st.stance, stanceCue: st.cue, stanceRule: st.rule },
          doc,
          s.span,
        );
        rel('ON', ['Statement', sid], ['Case', cid], doc, s.span);
        for (const r of s.raisers) rel('RAISED', org(r, doc, s.span), ['Statement', sid], doc, s.span);
        for (const t of topicsOfText(gaz, s.text)) rel('ABOUT', ['Statement', sid], ['Topic', t], doc, s.span);
        if (parent) rel('RESPONDS_TO', ['Statement', sid], ['Statement', parent], doc, s.span);
        for (const r of s.responses) statement(r, 'response', sid);
        return sid;
      };
      for (const s of c.statements) statement(s, 'input');
      const actionIds = new Map<string, string>();
      for (const a of c.actionItems) {
        const aid = `ap-${hash(cid, a.text)}`;
        actionIds.set(a.text, aid);
        node('ActionItem', aid, { id: aid, text: a.text }, doc, a.span);
        rel('FROM', ['ActionItem', aid], ['Case', cid], doc, a.span);
        if (a.responsible) rel('ASSIGNED_TO', ['ActionItem', aid], org(a.responsible, doc, a.span), doc, a.span);
      }
      for (const ci of c.citations) {
        if (ci.kind === 'joint-discussion' && ci.number === c.number) continue;
        const when = [ci.month ?? '', ci.monthEnd ?? '', ci.meetingNumber ?? '', ci.relative ?? ''].join('|');
        const id = `ci-${hash(doc, cid, ci.kind, ci.committee ?? '', ci.number ?? '', ci.date ?? '', ci.context, ...(ci.kind === 'meeting-reference' || ci.kind === 'postponed-from' ? [when] : []))}`;
        const fromActionItem = ci.kind === 'follow-up' ? actionIds.get(ci.context) : undefined;
        node(
          'Citation',
          id,
          {
            id,
            fromCase: cid,
            kind: ci.kind,
            context: ci.context,
            topics: topicsOfText(gaz, `${ci.title ?? ''} ${ci.context}`),
            ...(fromActionItem ? { fromActionItem } : {}),
            ...(ci.committee ? { committee: ci.committee } : {}),
            ...(ci.number ? { number: ci.number } : {}),
            ...(ci.title ? { title: ci.title } : {}),
            ...(ci.date ? { date: ci.date } : {}),
            ...(ci.kind === 'meeting-reference' ? meetingRefProps(ci, d.meeting?.startDate) : {}),
            ...(ci.kind === 'postponed-from' && ci.month ? { month: ci.month } : {}),
            ...(ci.kind === 'postponed-from' && ci.relative ? { relative: ci.relative } : {}),
          },
          doc,
          ci.span,
        );
      }
    }
  }
  return out;
}
