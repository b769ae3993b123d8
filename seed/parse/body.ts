import type { Gazetteer } from './gazetteer.js';
import { joinWrapped, type SourceLine } from './lines.js';
import { looksLikePersonName } from './attendance.js';
import { orgRef } from './orgRef.js';
import { isScheduleBreak } from './schedule.js';
import { splitSentences } from './sentences.js';
import { isQuestion, speakerOf } from './speakers.js';
import { leadingActors, parseStatement } from './statements.js';
import type { ParsedActionItem, ParsedPresenter, ParsedStatement, Span } from './types.js';

const DECISION = /^\s*(?:Vedtak|Beslutning|Konklusjon)\s*:?\s*(.*)$/i;
const PROPOSAL = /^\s*(?:Forslag\s+til\s+(?:vedtak|beslutning|innstilling)|Innstilling)\s*:?\s*(.*)$/i;
const ACTIONS = /^\s*(?:Aksjonspunkt(?:er)?|Oppfølging(?:spunkt(?:er)?)?|Tiltak|Aksjonar|Aksjonsliste)\s*:?\s*(.*)$/i;
const ACTIONS_HEAD =
  /^\s*(?:Aksjonspunkt(?:er)?|Oppfølging(?:spunkt(?:er)?)?|Tiltak|Aksjonar|Aksjonsliste)\s*(?::\s*)?$/i;
const INPUTS = /^\s*.{0,80}\b(?:innspill|innspel|spørsmål|kommentarer|merknader|synspunkter|synspunkt)\b.{0,60}:\s*$/i;
/** The header row of an action table: "Tiltak | Ansvarlig | Frist", also as PDF text without cell breaks. */
const ACTION_TABLE_HEAD = /^\s*(?:Tiltak|Aksjon|Oppgave|Hva|Aktivitet)\b.{0,20}\b(?:Ansvarlig|Ansvarleg|Ansvar)\b/iu;
const RESPONSIBLE_CELL = /^(?:Ansvarlig|Ansvarleg|Ansvar|Hvem|Kven)$/iu;
/**
 * Pattern: a decision reported as a sentence of the body rather than under "Vedtak:":
 * "Utvalet vedtok å …", "Rådet sluttet seg til …", "Styret tok orienteringen til etterretning".
 */
const DECISION_SENTENCE =
  /^\s*(?:Utvalget|Utvalet|Rådet|Styret|Fagutvalget|E-helsestyret|E-helserådet|Nasjonalt\s+e-helser[åa]d|Nasjonalt\s+e-helsestyre|NUFA|NUIT|Prioriteringsutvalget)\s+(?:vedtok|vedtar|sluttet\s+seg\s+til|slutta\s+seg\s+til|tok\s+(?:\S+\s+){0,6}?til\s+(?:etterretning|orientering)|tek\s+(?:\S+\s+){0,6}?til\s+(?:etterretning|orientering)|ga\s+sin\s+tilslutning|gav\s+si\s+tilslutning|besluttet|konkluderte)\b/iu;
/** A sentence that goes on with the point before it. */
const CONTINUES = /^\s*(?:De|Dei|Han|Hun|Ho|Dette|Det|Disse|Desse|Samtidig|I\s+tillegg|Videre|Vidare|Også|Òg)\b/u;
const cellsOf = (t: string) =>
  t
    .replace(/^\s*\||\|\s*$/g, '')
    .split(/\s*(?:\||\t)\s*/)
    .map((c) => c.trim());
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
  /** The last statement of the case: a reply further down answers it. */
  let last: ParsedStatement | undefined;
  let responsibleColumn: number | undefined;
  const responsibleOf = (who: string) => orgRef(gaz, gaz.actorsIn(who)[0]?.entry.name ?? who);
  /** Sentence by sentence: who said what, anonymous points, replies to the statement above. */
  const sentenceStatements = (text: string, sp: Span) => {
    let cur: ParsedStatement | undefined;
    for (const sentence of splitSentences(text)) {
      const t = sentence.text;
      const lead = leadingActors(gaz, t);
      if (
        findPresenters(gaz, t, sp).length ||
        (lead.actors.length && (PRESENTING.test(lead.rest) || ORG_INTENT.test(lead.rest)))
      ) {
        cur = undefined;
        continue;
      }
      const who = speakerOf(gaz, t);
      const answers =
        who?.reply &&
        last &&
        (who.reply === 'always' || isQuestion([last, ...last.responses].pop()!.text)) &&
        !who.actors.every((a) => last!.raisers.some((r) => r.id === a.id));
      if (who && answers && last) {
        cur = { text: t, raisers: who.actors, responses: [], span: sp };
        last.responses.push(cur);
      } else if (who && (who.actors.length || who.anonymous)) {
        cur = { text: t, raisers: who.actors, responses: [], span: sp };
        res.statements.push(cur);
        last = cur;
      } else if (cur && CONTINUES.test(t)) {
        cur.text = `${cur.text} ${t}`;
      } else cur = undefined;
    }
  };
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
      if (st) {
        res.statements.push(st);
        last = st;
      }
    } else if (item.kind === 'action') {
      const [what, who] = text.split(/\bAnsvar(?:lig|leg)?\s*:\s*/i);
      const responsible = who ? (gaz.actorsIn(who)[0]?.entry.name ?? who) : undefined;
      const org = responsible ? orgRef(gaz, responsible) : undefined;
      if (what?.trim()) res.actionItems.push({ text: what.trim(), span: sp, ...(org ? { responsible: org } : {}) });
    } else if (text) {
      res.paragraphs.push({ text, span: sp });
      const pres = findPresenters(gaz, text, sp);
      res.presenters.push(...pres);
      if (actorParagraphs) sentenceStatements(text, sp);
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
    if ((m = ACTIONS.exec(t)) && ACTIONS_HEAD.test(t)) {
      flush();
      mode = 'actions';
      responsibleColumn = undefined;
      continue;
    }
    if (mode === 'actions' && ACTION_TABLE_HEAD.test(t)) {
      // "Tiltak | Ansvarlig | Frist": which column names the responsible.
      flush();
      const k = cellsOf(t).findIndex((c) => RESPONSIBLE_CELL.test(c));
      responsibleColumn = k >= 0 && /\||\t/.test(t) ? k : undefined;
      continue;
    }
    if (mode === 'actions' && /\||\t/.test(t) && !BULLET.test(t)) {
      // A row of an action table: the action, its responsible, a deadline.
      flush();
      const cells = cellsOf(t).filter((c, k) => c || k === responsibleColumn);
      const rk = responsibleColumn ?? cells.findIndex((c, k) => k > 0 && gaz.actorsIn(c)[0]?.index === 0);
      const what = cells[0] ?? '';
      const who = rk > 0 ? cells[rk] : undefined;
      const org = who ? responsibleOf(who) : undefined;
      if (what) res.actionItems.push({ text: what, span: span([line], t), ...(org ? { responsible: org } : {}) });
      continue;
    }
    if (actorParagraphs && mode !== 'decision' && DECISION_SENTENCE.test(t) && !decision.length) {
      flush();
      mode = 'decision';
      decision.push(t);
      continue;
    }
    if (
      actorParagraphs &&
      !BULLET.test(t) &&
      /^[^:.!?]{2,70}:\s+\S/.test(t) &&
      !DECISION.test(t) &&
      !PROPOSAL.test(t) &&
      speakerOf(gaz, t)?.actors.length &&
      /^[^:]*:/.exec(t)![0].length < 72 &&
      speakerOf(gaz, t.slice(0, t.indexOf(':') + 1) + ' x')?.actors.length
    ) {
      // "Helse Sør-Øst: Handlingsplanen må …": a speaker-first input.
      flush();
      mode = 'inputs';
      item = { lines: [line], parts: [t], kind: 'bullet' };
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
    if ((mode === 'decision' || mode === 'proposal') && isScheduleBreak(t)) {
      // "Slutt dag 1" after the last decision of the day belongs to the running order.
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
