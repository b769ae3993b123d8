import {
  CASE_ANAPHOR,
  CONFIRM_VERB,
  CONTEST_VERB,
  CUES,
  LEFT_BOUNDARY,
  NEGATION,
  QUESTION,
  RIGHT_BOUNDARY,
  type Cue,
  type DependencyKindT,
} from './dependencyCues.js';
import type { Gazetteer } from './gazetteer.js';
import { splitSentences } from './sentences.js';
import { leadingActors } from './statements.js';
import type { OrgRef, Span } from './types.js';

export type { DependencyKindT } from './dependencyCues.js';

/** One end of a dependency: a topic, or the case under discussion ("saken må sees i sammenheng med …"). */
export interface DependencyEnd {
  label: 'Topic' | 'Case';
  key: string;
}

/**
 * A dependency as a passage states it. `base` is what the other needs, builds on or is held back
 * by; `dependent` is the other. For undirected kinds (linked, most conflicts) the two are in
 * reading order and `directed` is false.
 */
export interface ParsedDependency {
  kind: DependencyKindT;
  base: DependencyEnd;
  dependent: DependencyEnd;
  directed: boolean;
  /** The sentences that state it, joined with " … ", and the lines they span. */
  span: Span;
  statedBy: OrgRef[];
  confirmedBy: OrgRef[];
  contestedBy: OrgRef[];
  /** The speakers the stating passage answers (KS proposed, the directorate replied). */
  inReplyTo: OrgRef[];
}

export type Stance = 'states' | 'confirms' | 'contests';

/** What one sentence says, before sentences of a passage are merged into dependencies. */
export interface SentenceReading {
  kind: DependencyKindT;
  /** Undefined when that side names no topic ("… en forutsetning for alle de andre tiltakene"). */
  base?: DependencyEnd;
  dependent?: DependencyEnd;
  directed: boolean;
  stance: Stance;
  /** The organisations the sentence names as its speaker, if any. */
  speakers: OrgRef[];
}

const ADVERB_OPENING =
  /^(?:Videre|Også|Derfor|I\s+tillegg|Samtidig|Dessuten|Her|Da|Deretter|Avslutningsvis|Til\s+slutt)\s+(\p{L}+(?:\s+(?:seg|enig|uenig))?)\s+/u;

/** Who speaks in the sentence and how: "Direktoratet for e-helse bekreftet at …", "Videre sa KS at …". */
function speakerOf(gaz: Gazetteer, sentence: string): { speakers: OrgRef[]; stance: Stance; clause: string } {
  const lead = leadingActors(gaz, sentence);
  if (lead.actors.length) {
    const stance = CONTEST_VERB.test(lead.rest) ? 'contests' : CONFIRM_VERB.test(lead.rest) ? 'confirms' : 'states';
    return { speakers: lead.actors, stance, clause: lead.rest };
  }
  // "Helse Midt RHF var uenig i at …": stance verbs the statement reader does not count as speech.
  const first = gaz.actorsIn(sentence)[0];
  if (first && first.index === 0) {
    const rest = sentence.slice(first.length);
    const stance = CONTEST_VERB.test(rest) ? 'contests' : CONFIRM_VERB.test(rest) ? 'confirms' : undefined;
    if (stance)
      return { speakers: [{ id: first.entry.id, name: first.entry.name, known: true }], stance, clause: rest };
  }
  const adv = ADVERB_OPENING.exec(sentence);
  if (adv) {
    const after = sentence.slice(adv[0].length);
    const m = gaz.actorsIn(after)[0];
    if (m && m.index === 0) {
      const verb = adv[1]!;
      const stance = CONTEST_VERB.test(verb) ? 'contests' : CONFIRM_VERB.test(verb) ? 'confirms' : 'states';
      return { speakers: [{ id: m.entry.id, name: m.entry.name, known: true }], stance, clause: after.slice(m.length) };
    }
  }
  return { speakers: [], stance: 'states', clause: sentence };
}

function topicEnds(gaz: Gazetteer, text: string): DependencyEnd[] {
  const keys = [...new Set(gaz.topicsIn(text).map((m) => m.entry.key))];
  return keys.map((key) => ({ label: 'Topic' as const, key }));
}

function endsOf(gaz: Gazetteer, text: string, caseKey: string | undefined): DependencyEnd[] {
  const topics = topicEnds(gaz, text);
  if (topics.length) return topics;
  return caseKey && CASE_ANAPHOR.test(text) ? [{ label: 'Case', key: caseKey }] : [];
}

function leftSegment(text: string): string {
  let from = 0;
  for (const m of text.matchAll(LEFT_BOUNDARY)) from = m.index + m[0].length;
  return text.slice(from);
}

function rightSegment(text: string): string {
  const m = RIGHT_BOUNDARY.exec(text);
  return m ? text.slice(0, m.index) : text;
}

const sameEnd = (a: DependencyEnd | undefined, b: DependencyEnd | undefined) =>
  !!a && !!b && a.label === b.label && a.key === b.key;

function orient(cue: Cue, left: DependencyEnd | undefined, right: DependencyEnd | undefined) {
  if (cue.shape === 'right-base') return { base: right, dependent: left, directed: true };
  if (cue.shape === 'symmetric') return { base: left, dependent: right, directed: false };
  return { base: left, dependent: right, directed: true };
}

/**
 * How far a cue reads on each side for its subject, object and negation (about 100 words). A
 * clause of the record is far shorter (it ends at a comma or a subordinating word); without a
 * bound, a sentence of many cues and no commas made every cue re-read the whole sentence:
 * quadratic in its length.
 */
const CUE_REACH = 600;

/**
 * Reads the dependencies one sentence states. A cue with a topic on one side only gives a half
 * reading, which a passage may complete with a fuller sentence on the same pair.
 */
export function readSentence(gaz: Gazetteer, sentence: string, caseKey?: string): SentenceReading[] {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (/\?\s*$/.test(text)) return [];
  const { speakers, stance: verbStance, clause } = speakerOf(gaz, text);
  const out: SentenceReading[] = [];
  // Matches are taken in order of their start, so one overlaps a taken one exactly when it starts before the furthest end.
  let takenEnd = -1;
  // Asked anywhere before the cue: the first question phrase decides for every cue after it.
  const question = QUESTION.exec(clause);
  const askedBefore = (index: number) => !!question && question.index + question[0].length <= index;
  const matches = CUES.flatMap((cue) =>
    [...clause.matchAll(cue.re)].map((m) => ({ cue, index: m.index, end: m.index + m[0].length })),
  ).sort((a, b) => a.index - b.index || b.end - a.end);
  for (const { cue, index, end } of matches) {
    if (index < takenEnd) continue;
    const before = clause.slice(Math.max(0, index - CUE_REACH), index);
    const after = clause.slice(end, end + CUE_REACH);
    if (askedBefore(index)) continue;
    const left = leftSegment(before);
    if (cue.shape === 'lead' && left.trim()) continue;
    takenEnd = Math.max(takenEnd, end);
    const stance: Stance = NEGATION.test(before) ? 'contests' : verbStance;
    if (cue.shape === 'between') {
      const ends = endsOf(gaz, rightSegment(after).replace(/\s+og\s+at\s.*$/iu, ''), caseKey);
      if (ends.length >= 2)
        out.push({ kind: cue.kind, base: ends[0], dependent: ends[1], directed: false, stance, speakers });
      continue;
    }
    if (cue.shape === 'lead') {
      // "Forutsetningen for Y er X": the dependent follows the cue, the base follows "er".
      const be = /\s(?:er|var|blir|vil\s+være)\s/iu.exec(after);
      if (!be) continue;
      const dependent = endsOf(gaz, after.slice(0, be.index), caseKey)[0];
      const bases = endsOf(gaz, rightSegment(after.slice(be.index + be[0].length)), caseKey);
      for (const base of bases.length ? bases : [undefined])
        if ((base || dependent) && !sameEnd(base, dependent))
          out.push({ kind: cue.kind, base, dependent, directed: true, stance, speakers });
      continue;
    }
    const lefts = endsOf(gaz, left, caseKey);
    const rights = endsOf(gaz, rightSegment(after), caseKey);
    if (!lefts.length && !rights.length) continue;
    for (const l of lefts.length ? lefts : [undefined])
      for (const r of rights.length ? rights : [undefined]) {
        if (sameEnd(l, r)) continue;
        out.push({ kind: cue.kind, ...orient(cue, l, r), stance, speakers });
      }
  }
  return out;
}

/** A unit of a passage: a statement or one reply to it, with who said it. */
export interface PassageUnit {
  text: string;
  speakers: OrgRef[];
  replyTo: OrgRef[];
}

/** Text read together: a paragraph, or a statement with its replies. Half readings are completed within it. */
export interface Passage {
  units: PassageUnit[];
  span: Span;
}

/** Finds the lines a sentence of a passage sits on; the passage span when it cannot tell. */
export type LineLocator = (span: Span, sentence: string) => { lineStart: number; lineEnd: number };

interface Located {
  text: string;
  lineStart: number;
  lineEnd: number;
}

interface Draft {
  dep: ParsedDependency;
  sentences: Located[];
  /** The texts of `sentences`, so adding one is not a scan of those before it. */
  texts: Set<string>;
  /** Its place among the passage's drafts. */
  order: number;
}

const endKey = (e: DependencyEnd) => `${e.label}:${e.key}`;
const pairKey = (kind: string, base: DependencyEnd, dependent: DependencyEnd, directed: boolean) => {
  const [a, b] = directed ? [endKey(base), endKey(dependent)] : [endKey(base), endKey(dependent)].sort();
  return `${kind}|${a}|${b}`;
};

function addOrgs(list: OrgRef[], orgs: OrgRef[]) {
  for (const o of orgs) if (!list.some((x) => x.id === o.id)) list.push(o);
}

/**
 * Reads every dependency of a case's passages. Sentences that state the same dependency in one
 * passage become one piece of evidence, with every speaker's stance; a speaker who confirms or
 * contests it is told apart from the one who stated it.
 */
export function readDependencies(
  gaz: Gazetteer,
  passages: Passage[],
  locate: LineLocator,
  caseKey?: string,
): ParsedDependency[] {
  const out: ParsedDependency[] = [];
  for (const p of passages) {
    const drafts = new Map<string, Draft>();
    const byEnd = draftsByEnd();
    const halves: { r: SentenceReading; sentence: Located; unit: PassageUnit; previous?: string }[] = [];
    for (const unit of p.units) {
      const sentences = splitSentences(unit.text);
      sentences.forEach((s, i) => {
        const readings = readSentence(gaz, s.text, caseKey);
        if (!readings.length) return;
        const sentence = { text: s.text, ...locate(p.span, s.text) };
        for (const r of readings) {
          if (!r.base || !r.dependent) {
            halves.push({ r, sentence, unit, ...(i > 0 ? { previous: sentences[i - 1]!.text } : {}) });
            continue;
          }
          const key = pairKey(r.kind, r.base, r.dependent, r.directed);
          let d = drafts.get(key);
          if (!d) {
            // A denial with nothing to deny in the passage states nothing.
            if (r.stance === 'contests') continue;
            d = {
              dep: {
                kind: r.kind,
                base: r.base,
                dependent: r.dependent,
                directed: r.directed,
                span: { lineStart: 0, lineEnd: 0, quote: '' },
                statedBy: [],
                confirmedBy: [],
                contestedBy: [],
                inReplyTo: [],
              },
              sentences: [],
              texts: new Set(),
              order: drafts.size,
            };
            drafts.set(key, d);
            byEnd.note(d);
          }
          apply(d, r, sentence, unit);
        }
      });
    }
    for (const h of halves) {
      const d = byEnd.first(h.r);
      if (!d) continue;
      apply(d, h.r, h.sentence, h.unit);
      // "… drøftet områdeplan for digitalisering på legemiddelområdet. Legemiddel grunndata er en
      // forutsetning for alle de andre tiltakene": the sentence before names what the half leaves out.
      const missing = h.r.base ? d.dep.dependent : d.dep.base;
      if (h.previous && endsOf(gaz, h.previous, caseKey).some((e) => sameEnd(e, missing)))
        addSentence(d, { text: h.previous, ...locate(p.span, h.previous) });
    }
    for (const d of drafts.values()) {
      const sentences = [...d.sentences].sort((a, b) => a.lineStart - b.lineStart);
      d.dep.span = {
        // Not Math.min(...): a spread of many thousand sentences overflows the call stack.
        lineStart: sentences.reduce((m, s) => Math.min(m, s.lineStart), Infinity),
        lineEnd: sentences.reduce((m, s) => Math.max(m, s.lineEnd), -Infinity),
        quote: sentences.map((s) => s.text).join(' … '),
      };
      // Someone who both states and confirms a dependency simply states it.
      d.dep.confirmedBy = d.dep.confirmedBy.filter((o) => !d.dep.statedBy.some((s) => s.id === o.id));
      out.push(d.dep);
    }
  }
  return out;
}

function addSentence(d: Draft, sentence: Located) {
  if (d.texts.has(sentence.text)) return;
  d.texts.add(sentence.text);
  d.sentences.push(sentence);
}

/**
 * The drafts of a passage by kind and end, for completing half readings: the first draft (in the
 * order they were made) of the half's kind that shares its base or its dependent, and is directed
 * unless the kind is `linked`. Searching every draft for every half was quadratic in a passage.
 */
function draftsByEnd() {
  const firsts = new Map<string, Draft>();
  const slot = (kind: string, side: 'base' | 'dependent', end: DependencyEnd, anyDirection: boolean) =>
    `${kind}|${side}|${endKey(end)}|${anyDirection ? 'any' : 'directed'}`;
  const keep = (key: string, d: Draft) => {
    if (!firsts.has(key)) firsts.set(key, d);
  };
  return {
    note(d: Draft) {
      for (const side of ['base', 'dependent'] as const) {
        keep(slot(d.dep.kind, side, d.dep[side], true), d);
        if (d.dep.directed) keep(slot(d.dep.kind, side, d.dep[side], false), d);
      }
    },
    first(r: SentenceReading): Draft | undefined {
      const any = r.kind === 'linked';
      const a = r.base && firsts.get(slot(r.kind, 'base', r.base, any));
      const b = r.dependent && firsts.get(slot(r.kind, 'dependent', r.dependent, any));
      if (!a || !b) return a || b || undefined;
      return a.order <= b.order ? a : b;
    },
  };
}

function apply(d: Draft, r: SentenceReading, sentence: Located, unit: PassageUnit) {
  addSentence(d, sentence);
  const who = r.speakers.length ? r.speakers : unit.speakers;
  if (r.stance === 'confirms') addOrgs(d.dep.confirmedBy, who);
  else if (r.stance === 'contests') addOrgs(d.dep.contestedBy, who);
  else addOrgs(d.dep.statedBy, who);
  if (r.stance === 'states' && d.sentences.length === 1) addOrgs(d.dep.inReplyTo, unit.replyTo);
}
