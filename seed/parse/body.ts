import type { Gazetteer } from './gazetteer.js';
import { joinWrapped, type SourceLine } from './lines.js';
import { looksLikePersonName } from './attendance.js';
import { orgRef } from './orgRef.js';
import { splitSentences } from './sentences.js';
import { leadingActors, parseStatement } from './statements.js';
import type { ParsedActionItem, ParsedPresenter, ParsedStatement, Span } from './types.js';

const DECISION = /^\s*(?:Vedtak|Beslutning|Konklusjon)\s*:?\s*(.*)$/i;
const PROPOSAL = /^\s*(?:Forslag\s+til\s+(?:vedtak|beslutning|innstilling)|Innstilling)\s*:?\s*(.*)$/i;
const ACTIONS = /^\s*Aksjonspunkt(?:er)?\s*:?\s*(.*)$/i;
const INPUTS = /^\s*.{0,80}\b(?:innspill|spørsmål|kommentarer|synspunkter)\b.{0,60}:\s*$/i;
const BULLET = /^\s*(?:[•▪●◦*]|[-–](?=\s)|o(?=\s{1,3}\p{Lu}))\s*(.*)$/u;
const ATTACHMENT = /^\s*Vedlegg\b/i;
/** Section headings of case notes: they end a decision or proposal. */
const NOTE_SECTION =
  /^\s*(?:Hensikt\s+med\s+saken|Bakgrunn|Videre\s+saksprosess|Saksframstilling|Drøftingsspørsmål|Til\s+drøfting|Drøfting|Vurdering|Anbefaling)\s*:?\s*$/i;
const SUBHEADING = /^\s*(?:Del\s+\d+\b|Målindikatorer\b|Tema\b|Oppsummering\b|Slutt\b)/i;
const PRESENTER_VERB =
  /^[\s,]*(?:orienterte|presenterte|la\s+fr[ae]m|informerte|innledet|redegjorde|ønsket|gikk\s+gjennom|ga|gav|viste|holdt)\b/iu;
/** Pattern: an organisation presenting the case ("Direktoratet for e-helse orienterte om porteføljen") is no input. */
const PRESENTING =
  /^\s*(?:orienterte\s+(?:om|kort)|presenterte|la\s+fr[ae]m|innledet|redegjorde\s+for|gikk\s+gjennom|ga\s+(?:en\s+)?(?:kort\s+)?(?:status|orientering))\b/iu;
const ORG_INTENT = /^\s*(?:ønsker|vil|skal)\s+(?:å\s+)?(?:orientere|drøfte|presentere|gi|legge\s+fr[ae]m|informere)/iu;

const SUMMARY_PARAGRAPHS = 3;
const SUMMARY_CHARS = 1000;

/** The first running-text paragraphs, as a case summary. */
export function summaryOf(paragraphs: { text: string }[]): string | undefined {
  const text = paragraphs
    .slice(0, SUMMARY_PARAGRAPHS)
    .map((p) => p.text)
    .join(' ');
  if (!text) return undefined;
  return text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS - 1)}…` : text;
}

export interface BodyResult {
  decision?: string;
  proposedDecision?: string;
  statements: ParsedStatement[];
  actionItems: ParsedActionItem[];
  presenters: ParsedPresenter[];
  /** Running-text paragraphs outside lists and decisions, for citations and topics. */
  paragraphs: { text: string; span: Span }[];
}

function span(lines: SourceLine[], quote: string): Span {
  return { lineStart: lines[0]!.no, lineEnd: lines[lines.length - 1]!.no, quote };
}

/** "A, B og C, Org, orienterte" / "Wenche P. Dehli, Trondheim kommune, og Per Olav Skjesol, Helse Midt RHF, ga". */
function namesWithOrgs(gaz: Gazetteer, prefix: string): { person: string; org?: ReturnType<typeof orgRef> }[] {
  const parts = prefix
    .split(/\s*,\s*|\s+og\s+/)
    .map((p) => p.replace(/^og\s+/, '').trim())
    .filter(Boolean);
  const out: { person: string; org?: ReturnType<typeof orgRef> }[] = [];
  let pending: string[] = [];
  for (const p of parts) {
    const m = gaz.organizationsIn(p)[0];
    if (m && m.index === 0 && m.length >= p.length - 1) {
      for (const person of pending) out.push({ person, org: orgRef(gaz, m.entry.name) });
      pending = [];
    } else if (looksLikePersonName(p)) {
      pending.push(p);
    } else {
      pending = [];
    }
  }
  return out;
}

/** Where the sentence holding `at` starts; "Wenche P. Dehli" has no sentence break after "P.". */
function sentenceStart(text: string, at: number): number {
  let i = text.lastIndexOf('. ', at);
  while (i > 0 && /(?:^|\s)\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i))) i = text.lastIndexOf('. ', i - 1);
  return i < 0 ? 0 : i + 2;
}

export function findPresenters(gaz: Gazetteer, text: string, sp: Span): ParsedPresenter[] {
  const out: ParsedPresenter[] = [];
  for (const m of gaz.organizationsIn(text)) {
    const after = text.slice(m.index + m.length);
    if (!PRESENTER_VERB.test(after)) continue;
    const start = sentenceStart(text, m.index);
    const found = namesWithOrgs(gaz, text.slice(start, m.index + m.length));
    for (const f of found) out.push({ person: f.person, ...(f.org ? { org: f.org } : {}), span: sp });
  }
  // "… ved Siw Helene Myhrer fra Helsedirektoratet, Vibeke Tellmann fra Bodø kommune og …"
  for (const m of text.matchAll(/\bved\s+(\p{Lu}[^:]*?\bfra\b[^:]+?)(?::|$)/gu)) {
    for (const part of m[1]!.split(/\s*,\s*(?:og\s+)?/)) {
      let rest = part;
      for (;;) {
        const at = rest.search(/\s+fra\s+/);
        if (at < 0) break;
        const names = rest.slice(0, at).split(/\s+og\s+/);
        const after = rest.slice(at).replace(/^\s+fra\s+/, '');
        const next = /\s+og\s+(?=(?:\p{Lu}[\p{L}.'-]*\s+)+fra\s)/u.exec(after);
        const orgText = next ? after.slice(0, next.index) : after;
        const org = orgRef(gaz, orgText);
        for (const n of names)
          if (looksLikePersonName(n)) out.push({ person: n.trim(), ...(org ? { org } : {}), span: sp });
        if (!next) break;
        rest = after.slice(next.index + next[0].length);
      }
    }
  }
  // "Direktoratet for e-helse ønsker å orientere NUIT om …": the organisation presents.
  const lead = leadingActors(gaz, text);
  if (lead.actors.length && ORG_INTENT.test(lead.rest)) {
    for (const org of lead.actors) out.push({ org, span: sp });
  }
  return out;
}

type Mode = 'text' | 'decision' | 'proposal' | 'inputs' | 'actions';

/**
 * Reads a case's text: decision, proposed decision, input statements (bullets after "Følgende
 * innspill …"), actor paragraphs ("Apotekforeningen mener …"), action items and presenters.
 * `actorParagraphs` is true for minutes, where a paragraph opened by an organisation is an input.
 */
export function parseBody(gaz: Gazetteer, lines: SourceLine[], actorParagraphs: boolean): BodyResult {
  const res: BodyResult = { statements: [], actionItems: [], presenters: [], paragraphs: [] };
  const decision: string[] = [];
  const proposal: string[] = [];
  let mode: Mode = 'text';
  let item: { lines: SourceLine[]; parts: string[]; kind: 'bullet' | 'action' | 'para'; bullet?: boolean } | undefined;

  const flush = () => {
    if (!item) return;
    const text = joinWrapped(item.parts);
    const sp = span(item.lines, text);
    if (item.kind === 'bullet') {
      const st = parseStatement(gaz, text, sp);
      if (st) res.statements.push(st);
    } else if (item.kind === 'action') {
      const [what, who] = text.split(/\bAnsvar(?:lig)?\s*:\s*/i);
      const responsible = who ? (gaz.actorsIn(who)[0]?.entry.name ?? who) : undefined;
      const org = responsible ? orgRef(gaz, responsible) : undefined;
      if (what?.trim()) res.actionItems.push({ text: what.trim(), span: sp, ...(org ? { responsible: org } : {}) });
    } else if (text) {
      res.paragraphs.push({ text, span: sp });
      const pres = findPresenters(gaz, text, sp);
      res.presenters.push(...pres);
      const lead = leadingActors(gaz, text);
      const committeeLead = gaz.committeesIn(text)[0]?.index === 0;
      const presenting = lead.actors.length > 0 && PRESENTING.test(lead.rest);
      if (
        actorParagraphs &&
        !pres.length &&
        !presenting &&
        (lead.actors.length || committeeLead) &&
        !ORG_INTENT.test(lead.rest)
      ) {
        const st = parseStatement(gaz, text, sp);
        if (st) res.statements.push(st);
      } else if (actorParagraphs && (pres.length || presenting || !(lead.actors.length || committeeLead))) {
        // "X, Org, orienterte om … Folkehelseinstituttet stilte spørsmål om …": the input after a
        // presentation in the same paragraph.
        const sentences = splitSentences(text);
        const k = sentences.findIndex((s, i) => {
          if (i === 0) return false;
          const l = leadingActors(gaz, s.text);
          return l.actors.length > 0 && !PRESENTING.test(l.rest) && !findPresenters(gaz, s.text, sp).length;
        });
        if (k > 0) {
          const st = parseStatement(gaz, text.slice(sentences[k]!.index), sp);
          if (st) res.statements.push(st);
        }
      }
    }
    item = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.furniture) continue;
    const t = line.text.trim();
    if (!t) {
      // Blank lines split paragraphs, but PDF text also puts them inside sentences and bullets:
      // a paragraph stays open while its last line ends mid-sentence and no new block follows.
      if (item?.kind === 'para' && item.bullet) flush();
      else if (item?.kind === 'para') {
        const next = lines.slice(i + 1).find((l) => !l.furniture && l.text.trim())?.text ?? '';
        const midSentence = !/[.!?:»)]\s*$/.test(item.parts[item.parts.length - 1] ?? '');
        const newBlock = [DECISION, PROPOSAL, ACTIONS, INPUTS, BULLET, SUBHEADING, ATTACHMENT].some((re) =>
          re.test(next),
        );
        if (!midSentence || newBlock) flush();
      }
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = DECISION.exec(t)) && /^\s*(?:Vedtak|Beslutning|Konklusjon)\s*(?::|$)/i.test(t)) {
      flush();
      mode = 'decision';
      if (m[1]) decision.push(m[1]);
      continue;
    }
    if ((m = PROPOSAL.exec(t))) {
      flush();
      mode = 'proposal';
      if (m[1]) proposal.push(m[1]);
      continue;
    }
    if ((m = ACTIONS.exec(t)) && /:\s*$|^\s*Aksjonspunkt(?:er)?\s*$/i.test(t)) {
      flush();
      mode = 'actions';
      continue;
    }
    if (INPUTS.test(t) && !BULLET.test(t)) {
      flush();
      mode = 'inputs';
      continue;
    }
    if ((ATTACHMENT.test(t) || NOTE_SECTION.test(t)) && (mode === 'decision' || mode === 'proposal')) {
      if (NOTE_SECTION.test(t)) {
        mode = 'text';
        continue;
      }
      mode = 'text';
      continue;
    }
    if (mode === 'decision' || mode === 'proposal') {
      if (BULLET.test(t) && (mode === 'decision' ? decision : proposal).length) {
        mode = 'text';
      } else {
        (mode === 'decision' ? decision : proposal).push(t);
        continue;
      }
    }
    const bullet = BULLET.exec(t);
    if (bullet && (mode === 'inputs' || mode === 'actions')) {
      flush();
      if (!bullet[1]?.trim()) continue;
      item = { lines: [line], parts: [bullet[1]], kind: mode === 'actions' ? 'action' : 'bullet' };
      continue;
    }
    if (item && item.kind !== 'para' && (mode === 'inputs' || mode === 'actions')) {
      const prev = item.parts.join(' ').trim();
      const nextIsBullet = BULLET.test(lines.slice(i + 1).find((l) => !l.furniture && l.text.trim())?.text ?? '');
      const heading =
        SUBHEADING.test(t) || (t.length < 70 && /[.?!»]$/.test(prev) && !/[.,:;]$/.test(t) && nextIsBullet);
      if (!heading) {
        item.parts.push(t);
        item.lines.push(line);
        continue;
      }
      flush();
      if (mode === 'actions') mode = 'text';
    }
    if (bullet && mode === 'text') {
      // Bullets outside an input list are agenda points: each is a paragraph of its own.
      flush();
    } else if (item?.bullet) {
      flush();
    }
    if (!item) item = { lines: [], parts: [], kind: 'para', ...(bullet ? { bullet: true } : {}) };
    item.lines.push(line);
    item.parts.push(bullet ? (bullet[1] ?? '') : t);
  }
  flush();
  const d = joinWrapped(decision);
  const p = joinWrapped(proposal);
  if (d) res.decision = d;
  if (p) res.proposedDecision = p;
  return res;
}
