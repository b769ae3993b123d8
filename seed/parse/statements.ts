import type { Gazetteer } from './gazetteer.js';
import { splitSentences } from './sentences.js';
import { speakerOf } from './speakers.js';
import type { OrgRef, ParsedStatement, Span } from './types.js';

const RESPONSE_VERB =
  /^\s*(?:svarte|svara|bekrefta|kommenterte|påpekte|bekreftet|presiserte|opplyste|minnet|understreket|støttet|sa|mente|uttalte|informerte|la til|viste til|tok|ønsker|ønsket|var enig|er enig|supplerte|fulgte opp|utdypet|forklarte|redegjorde|tydeliggjorde|medga|erkjente)\b/iu;
const POSSESSIVE = /^\s*(?:sitt|sin|sine|s)\b/u;
/** What a speaker does in minutes: an organisation followed by anything else is a subject, not a speaker. */
const SPEECH_VERB =
  /^\s*(?:mener|mente|kommenterte|påpekte|spurte|stilte|uttalte|sa|informerte|la\s+vekt|la\s+til|ga|gav|ønsker|ønsket|er\s+opptatt|er\s+positive?|er\s+usikker|er\s+bekymret|er\s+enig|var\s+enig|var\s+tydelige?|støtter|støttet|understreker|understreket|viser\s+til|viste\s+til|etterlyste|etterlyser|svarte|ville\s+vite|spilte\s+inn|imøteser|slutter\s+seg|sluttet\s+seg|melder|meldte|fremhevet|fremhever|anbefaler|anbefalte|ba|ber|tok\s+opp|trakk\s+fr[ae]m|savner|savnet|utdypet|foreslår|foreslo|kjente\s+seg|bekreftet|presiserte|minnet|opplyste|advarte|tror|trodde|kommer\s+tilbake|tar\s+med|legger\s+vekt|redegjorde|orienterte|presenterte|var\s+positive?|har\s+merket|savner|løftet|viste|supplerte|erkjente|medga|forklarte|vil|skal)\b/iu;

/**
 * The organisations a sentence opens with as its speakers: "KS kommenterte …",
 * "Representanten fra Trondheim kommune og KS støttet dette." Possessives ("FHI sitt arbeid") are
 * not speakers. Returns the actors and the text after them.
 */
export function leadingActors(gaz: Gazetteer, sentence: string): { actors: OrgRef[]; rest: string } {
  const actors: OrgRef[] = [];
  let rest = sentence.replace(/^[\s•–-]+/, '');
  for (;;) {
    const m = gaz.actorsIn(rest)[0];
    if (!m || m.index !== 0) break;
    actors.push({ id: m.entry.id, name: m.entry.name, known: true });
    rest = rest.slice(m.length);
    const conj = /^\s*(?:,|og)\s+/.exec(rest);
    if (conj && gaz.actorsIn(rest.slice(conj[0].length))[0]?.index === 0) {
      rest = rest.slice(conj[0].length);
      continue;
    }
    break;
  }
  if (!actors.length || POSSESSIVE.test(rest) || !SPEECH_VERB.test(rest)) return { actors: [], rest: sentence };
  return { actors, rest };
}

/**
 * One input (a bullet or an actor paragraph) becomes a statement, attributed to the organisation
 * it opens with, if any. Later sentences opened by another organisation with a reply verb
 * ("Direktoratet for e-helse svarte …") become responses by that organisation.
 */
export function parseStatement(gaz: Gazetteer, text: string, span: Span): ParsedStatement | undefined {
  const clean = text
    .replace(/^[\s•▪●◦*–-]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length < 3) return undefined;
  const sentences = splitSentences(clean);
  const first = speakerOf(gaz, sentences[0]?.text ?? clean);
  const raisers = first ? first.actors : leadingActors(gaz, clean).actors;
  const raiserIds = new Set(raisers.map((r) => r.id));
  let cut: { index: number; actors: OrgRef[] }[] = [];
  sentences.forEach((s, k) => {
    if (k === 0) return;
    const who = speakerOf(gaz, s.text);
    const { actors, rest } = who?.reply ? { actors: who.actors, rest: 'svarte' } : leadingActors(gaz, s.text);
    if (actors.length && RESPONSE_VERB.test(rest) && !actors.every((a) => raiserIds.has(a.id))) {
      cut.push({ index: s.index, actors });
    }
  });
  cut = cut.filter(
    (c, k) => k === 0 || c.actors.map((a) => a.id).join() !== cut[k - 1]!.actors.map((a) => a.id).join(),
  );
  const mainText = clean.slice(0, cut[0]?.index ?? clean.length).trim();
  const responses: ParsedStatement[] = cut.map((c, k) => ({
    text: clean.slice(c.index, cut[k + 1]?.index ?? clean.length).trim(),
    raisers: c.actors,
    responses: [],
    span,
  }));
  return { text: mainText, raisers, responses, span };
}
