import type { Gazetteer } from './gazetteer.js';
import { orgRef } from './orgRef.js';
import type { OrgRef } from './types.js';

/*
 * Who says what in one sentence of minutes, in the reporting language of bokmål and nynorsk:
 *   organisation first   "KS meinte at …", "Helse Bergen HF og Stavanger kommune påpekte …"
 *   speaker as a label   "Helse Sør-Øst: Handlingsplanen må …"
 *   "from" constructions "Fra Helse Vest ble det understreket at …", "Frå KS vart det peika på …"
 *   representatives      "Representanten for kommunene mente …"
 *   a person             "Stig Slørdahl fra Helse Midt-Norge RHF påpekte …", "Kari Nordlie (Helse
 *                        Bergen HF) mente …", "Ola Jøsendal meinte …" (organisation from the
 *                        attendance list, else no speaker)
 *   anonymous            "Det ble påpekt at …", "Det vart peika på …", "Flere medlemmer mente …"
 *   a reply              "Direktoratet for e-helse svarte at …", "Til dette svarte KS at …"
 * Organisations outside the registry are recognised by the shape of their names (municipalities,
 * hospital trusts) only in a speaker's place; nothing is read from a word that merely looks like a
 * name.
 */

/** Reporting verbs after a speaker, bokmål and nynorsk, past and present. */
const SPEECH = [
  'mener',
  'mente',
  'meiner',
  'meinte',
  'påpekte',
  'påpeker',
  'påpeika',
  'peika\\s+på',
  'peikte\\s+på',
  'peikar\\s+på',
  'pekte\\s+på',
  'peker\\s+på',
  'understreket',
  'understreker',
  'understreka',
  'understrekar',
  'understrekte',
  'kommenterte',
  'kommenterer',
  'spurte',
  'spør',
  'spurde',
  'stilte\\s+spørsmål',
  'reiste\\s+spørsmål',
  'uttalte',
  'sa',
  'sa\\s+seg',
  'la\\s+vekt\\s+på',
  'la\\s+til',
  'legger\\s+vekt',
  'ønsker',
  'ønsket',
  'ønskte',
  'ønskjer',
  'er\\s+opptatt',
  'var\\s+opptatt',
  'var\\s+opptekne?',
  'er\\s+opptekne?',
  'er\\s+positive?',
  'var\\s+positive?',
  'er\\s+usikre?',
  'var\\s+usikre?',
  'er\\s+bekymret',
  'var\\s+bekymret',
  'er\\s+enige?',
  'var\\s+enige?',
  'er\\s+einige?',
  'var\\s+einige?',
  'var\\s+tydelige?',
  'støtter',
  'støttet',
  'støtta',
  'støttar',
  'viser\\s+til',
  'viste\\s+til',
  'etterlyste',
  'etterlyser',
  'etterlyste',
  'savner',
  'savnet',
  'sakna',
  'saknar',
  'ville\\s+vite',
  'lurte\\s+på',
  'lurer\\s+på',
  'spilte\\s+inn',
  'meldte',
  'melder',
  'fremhevet',
  'fremhever',
  'framhevet',
  'framheva',
  'anbefaler',
  'anbefalte',
  'tilrådde',
  'ba',
  'bad',
  'ber',
  'tok\\s+opp',
  'trakk\\s+fr[ae]m',
  'utdypet',
  'foreslår',
  'foreslo',
  'gjorde\\s+oppmerksom',
  'minnet\\s+om',
  'minte\\s+om',
  'advarte',
  'åtvara',
  'tror',
  'trodde',
  'uttrykte',
  'uttrykker',
  'uttrykte',
  'uttrykkjer',
  'ga\\s+uttrykk',
  'gav\\s+uttrykk',
  'løftet',
  'løfta',
  'kommer\\s+tilbake',
  'bekreftet',
  'bekrefta',
  'presiserte',
  'opplyste',
  'forklarte',
  'svarte',
  'svara',
  'svarar',
  'erkjente',
  'medga',
  'supplerte',
];
/** Word end: `\b` is ASCII-only and fails after "på", "spør". */
const END = '(?![\\p{L}\\d])';
const SPEECH_VERB = new RegExp(`^[\\s,]*(?:${SPEECH.join('|')})${END}`, 'iu');
/** A reply, whatever came before: the sentence answers the statement above it. */
const REPLY_VERB = /^[\s,]*(?:svarte|svara|svarar|bekreftet|bekrefta)\b/iu;
/** An answer only after a question: "opplyste", "forklarte". */
const ANSWER_VERB = /^[\s,]*(?:opplyste|forklarte|presiserte|kommenterte|klargjorde|utdypet)\b/iu;
const REPLY_LEAD =
  /^\s*(?:Til\s+(?:dette|det|spørsmålet[^,]*?)|På\s+spørsmål(?:et)?[^,]*?)\s*,?\s*(?=(?:svarte|svara|opplyste|sa|kommenterte)\b)/iu;
/** "Fra Helse Vest ble det understreket at", "Frå KS vart det peika på". */
const FROM_LEAD = /^\s*(?:Fra|Frå)\s+/u;
const IMPERSONAL = /^\s*,?\s*(?:ble|vart|blei)\s+det\b/iu;
/** "Det ble påpekt at …": an anonymous point. */
const ANONYMOUS =
  /^\s*Det\s+(?:ble|vart|blei)\s+(?:også\s+|og\s+|òg\s+|videre\s+|vidare\s+)?(?:påpekt|peika\s+på|peikt\s+på|pekt\s+på|understreket|understreka|sagt|nevnt|nemnt|stilt\s+(?:\p{L}+\s+)?spørsmål|reist\s+(?:\p{L}+\s+)?spørsmål|spurt|etterlyst|vist\s+til|fremhevet|framheva|framheva|uttrykt|kommentert|bemerket|foreslått|lagt\s+vekt|gitt\s+uttrykk|tatt\s+opp|advart|åtvara|uttalt|minnet|mint)(?![\p{L}\d])/iu;
/** A group of members without a name: anonymous too. */
const GROUP =
  /^\s*(?:Flere|Fleire|Noen|Nokre|Nokon|Enkelte|Mange|Et|Eit|Ett|Ett\s+av|Eit\s+av)\s+(?:av\s+)?(?:medlemmer|medlemmene|medlem|medlemmane|deltakere|deltakarar|deltakerne|representanter|representantar)(?![\p{L}\d])/iu;
const REPRESENTATIVE = /^\s*(?:Representanten(?:e)?|Representantane|Representant)\s+(?:for|fra|frå)\s+/iu;
/** Groups named by what they are: "kommunene", "kommunane", "kommunesiden". */
const GROUP_ORGS: [RegExp, string][] = [[/^(?:kommunene|kommunane|kommunesiden|kommunesida)\b/iu, 'kommunene']];
/** An organisation outside the registry, by the shape of its name. */
const ORG_SHAPE =
  /^(?:Helse\s+\p{Lu}[\p{L}-]+(?:\s+HF)|(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:kommune|fylkeskommune|HF|RHF|SF|IKS)|(?:\p{Lu}[\p{L}-]+\s+)?(?:universitetssykehus|universitetssjukehus|sykehus|sjukehus)(?:et)?)(?![\p{L}\d-])/u;
const PERSON = /^(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'-]+){1,3})(?=[\s,(])/u;
const LABEL = /^\s*([^:.!?]{2,70}):\s+(?=\S)/u;

export interface Speaker {
  actors: OrgRef[];
  /** The sentence reports a point without saying whose it is. */
  anonymous?: true;
  /** The sentence answers the statement before it ("svarte", "Til dette svarte …"). */
  reply?: 'always' | 'after-question';
  /** The text after the speaker and verb cue. */
  rest: string;
}

/** Organisation or organisations at the start of `text`: registry names first, then name shapes. */
export function actorsAt(gaz: Gazetteer, text: string): { actors: OrgRef[]; length: number } {
  const actors: OrgRef[] = [];
  let at = 0;
  for (;;) {
    const rest = text.slice(at);
    const lead = /^\s*/.exec(rest)![0].length;
    const s = rest.slice(lead);
    let len = 0;
    const m = gaz.actorsIn(s)[0];
    const shape = ORG_SHAPE.exec(s);
    const group = GROUP_ORGS.find(([re]) => re.test(s));
    if (m && m.index === 0 && (!shape || m.length >= shape[0].length)) {
      actors.push({ id: m.entry.id, name: m.entry.name, known: true });
      len = m.length;
    } else if (shape) {
      const ref = orgRef(gaz, shape[0]);
      if (!ref) break;
      actors.push(ref);
      len = shape[0].length;
    } else if (group) {
      const e = gaz.organizations.find((o) => o.id === group[1]);
      if (!e) break;
      actors.push({ id: e.id, name: e.name, known: true });
      len = group[0].exec(s)![0].length;
    } else break;
    at += lead + len;
    const conj = /^\s*(?:,|og|and)\s+/.exec(text.slice(at));
    if (!conj) break;
    const probe = text.slice(at + conj[0].length);
    const next = gaz.actorsIn(probe)[0];
    if (!((next && next.index === 0) || ORG_SHAPE.test(probe) || GROUP_ORGS.some(([re]) => re.test(probe)))) break;
    at += conj[0].length;
  }
  return { actors: uniqueActors(actors), length: at };
}

function uniqueActors(xs: OrgRef[]): OrgRef[] {
  return [...new Map(xs.map((x) => [x.id, x])).values()];
}

/** The speaker part after an organisation: "ved Kari Nordmann", "v/ direktør Ola Hansen", ", Helse Vest," */
function skipPersonAfterOrg(s: string): string {
  return s.replace(
    /^\s*(?:,?\s*(?:ved|v\/)\s*(?:\p{Ll}+\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*,?)/u,
    '',
  );
}

/**
 * The speaker of one sentence, if it reports what someone said. `people` maps persons of the
 * attendance list to their organisations.
 */
export function speakerOf(gaz: Gazetteer, sentence: string, people?: Map<string, OrgRef>): Speaker | undefined {
  const s = sentence.replace(/^[\s•▪●◦*–-]+/, '');
  if (ANONYMOUS.test(s)) return { actors: [], anonymous: true, rest: s };
  if (GROUP.test(s)) {
    const after = s.slice(GROUP.exec(s)![0].length);
    if (SPEECH_VERB.test(after)) return { actors: [], anonymous: true, rest: after };
  }
  // "Helse Sør-Øst: Handlingsplanen må …"
  const label = LABEL.exec(s);
  if (label) {
    const who = label[1]!.trim();
    const a = actorsAt(gaz, who);
    if (a.actors.length && a.length >= who.length - 1) return { actors: a.actors, rest: s.slice(label[0].length) };
    const p = personWithOrg(gaz, who, people);
    if (p && p.length >= who.length - 1) return { actors: p.actors, rest: s.slice(label[0].length) };
  }
  const replyLead = REPLY_LEAD.exec(s);
  if (replyLead) {
    const after = s.slice(replyLead[0].length).replace(/^\S+\s+/, '');
    const a = actorsAt(gaz, after);
    if (a.actors.length) return { actors: a.actors, reply: 'always', rest: after.slice(a.length) };
  }
  if (FROM_LEAD.test(s)) {
    const after = s.slice(FROM_LEAD.exec(s)![0].length);
    const a = actorsAt(gaz, after);
    if (a.actors.length && IMPERSONAL.test(after.slice(a.length)))
      return { actors: a.actors, rest: after.slice(a.length) };
  }
  let body = s;
  const rep = REPRESENTATIVE.exec(s);
  if (rep) body = s.slice(rep[0].length);
  const a = actorsAt(gaz, body);
  if (a.actors.length) {
    const rest = skipPersonAfterOrg(body.slice(a.length));
    if (/^\s*(?:sitt|sin|sine|si|s)\b/u.test(rest)) return undefined;
    return verbCue(a.actors, rest);
  }
  const p = personWithOrg(gaz, s, people);
  if (p) return verbCue(p.actors, s.slice(p.length));
  return undefined;
}

function verbCue(actors: OrgRef[], rest: string): Speaker | undefined {
  if (!SPEECH_VERB.test(rest)) return undefined;
  if (REPLY_VERB.test(rest)) return { actors, reply: 'always', rest };
  if (ANSWER_VERB.test(rest)) return { actors, reply: 'after-question', rest };
  return { actors, rest };
}

/**
 * "Stig Slørdahl fra Helse Midt-Norge RHF", "Kari Nordlie (Helse Bergen HF)", "Kari Nordlie,
 * Helse Bergen HF," or a person of the attendance list: the person's organisation as the speaker.
 */
function personWithOrg(
  gaz: Gazetteer,
  s: string,
  people?: Map<string, OrgRef>,
): { actors: OrgRef[]; length: number } | undefined {
  const m = PERSON.exec(s);
  if (!m) return undefined;
  const name = m[1]!;
  // A name that is an organisation ("Helse Vest") is not a person.
  if (gaz.actorsIn(name)[0]?.index === 0 || ORG_SHAPE.test(name)) return undefined;
  const after = s.slice(name.length);
  const link = /^\s*(?:,\s*|\(\s*|\s+(?:fra|frå|i|ved)\s+)/u.exec(after);
  if (link) {
    const a = actorsAt(gaz, after.slice(link[0].length));
    if (a.actors.length) {
      const end = name.length + link[0].length + a.length;
      const close = /^\s*[),]?/.exec(s.slice(end))![0].length;
      return { actors: a.actors, length: end + close };
    }
  }
  const known = people?.get(name);
  if (known) return { actors: [known], length: name.length };
  return undefined;
}

/** Whether a statement's text asks something: an answer ("opplyste") after it is a reply. */
export function isQuestion(text: string): boolean {
  return /\?|\b(?:spurte|spurde|spør|stilte\s+(?:\p{L}+\s+)?spørsmål|reiste\s+(?:\p{L}+\s+)?spørsmål|lurte\s+på|lurer\s+på|ville\s+vite|etterlyste|etterlyser|spørsmål\s+(?:om|ved))(?![\p{L}\d])/iu.test(
    text,
  );
}
