import type { StanceT } from '../../../graph/schema/index.js';
import { splitSentences } from '../sentences.js';
import { CUES, type Cue } from './cues.js';

export interface StanceResult {
  stance: StanceT;
  /** The words that decided it, exactly as they stand in the text; '' when a default rule decided. */
  cue: string;
  /** The rule that decided it: the cue's id, with "+men" when the clause after a "men" decided. */
  rule: string;
}

interface Hit {
  cue: Cue;
  start: number;
  end: number;
  text: string;
  score: number;
  afterContrast: boolean;
}

/**
 * "X, men Y": the clause after the contrast usually says what the speaker mainly means
 * ("støtter forslaget, men er bekymret for kostnadene" is a concern). "ikke bare …, men også"
 * adds rather than contrasts, so it is not a contrast.
 */
const CONTRAST =
  /(?<![\p{L}])(?:men|likevel|imidlertid|derimot|samtidig\s+som)(?![\p{L}])(?!\s+(?:også|og|òg)(?![\p{L}]))/giu;

/** The first sentence carries the reporting verb; later ones add reasons and detail. */
const FIRST_SENTENCE = 1;
const LATER_SENTENCE = 0.6;
const AFTER_CONTRAST = 1.6;
const BEFORE_CONTRAST = 0.6;
/** Inside what a question or doubt is about ("spurte om det er behov for …"). */
const EMBEDDED = 0.3;
/** A problem in the same sentence as an explicit ask is its reason. */
const REASON_FOR_ASK = 0.5;
/**
 * An answer says what the answerer will do ("må se nærmere på", "ønsker å komme tilbake til"):
 * that informs, it asks nobody for anything. Explicit proposals and advice still count in full.
 */
const RESPONSE_MODAL = 0.5;
const FULL_IN_RESPONSE = new Set(['request.propose', 'request.recommend', 'request.ask-verb']);
/** In an answer the reporting verb ("svarte", "bekreftet") is itself the act. */
const RESPONSE_INFORMATION = 2;

/** When two stances score alike, the more specific speech act wins. */
const PRECEDENCE: StanceT[] = ['objection', 'question', 'request', 'concern', 'support', 'information'];

function hitsIn(sentence: string, offset: number, factor: number, kind: 'input' | 'response'): Hit[] {
  const contrasts = [...sentence.matchAll(CONTRAST)].map((m) => m.index);
  const lastContrast = contrasts.length ? contrasts[contrasts.length - 1]! : -1;
  const raw: Hit[] = [];
  for (const cue of CUES) {
    cue.pattern.lastIndex = 0;
    for (const m of sentence.matchAll(cue.pattern)) {
      const start = m.index;
      const afterContrast = lastContrast >= 0 && start > lastContrast;
      const clause = lastContrast < 0 ? 1 : afterContrast ? AFTER_CONTRAST : BEFORE_CONTRAST;
      const answer =
        kind !== 'response'
          ? 1
          : cue.stance === 'information'
            ? RESPONSE_INFORMATION
            : cue.stance === 'request' && !FULL_IN_RESPONSE.has(cue.id)
              ? RESPONSE_MODAL
              : 1;
      raw.push({
        cue,
        start: offset + start,
        end: offset + start + m[0].length,
        text: m[0].trim(),
        score: cue.weight * factor * clause * answer,
        afterContrast,
      });
    }
  }
  // Overlapping cues: the longer reading wins ("kan ikke støtte" over "støtte", "ingen
  // innvendinger mot" over "innvendinger mot"); that is where negation is resolved.
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of raw) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  // A problem given as the reason for an explicit ask is a request: "viste til kostnadene og ba om …".
  if (kept.some((h) => h.cue.stance === 'request' && h.cue.weight >= 3))
    for (const h of kept) if (h.cue.stance === 'concern' && !h.afterContrast) h.score *= REASON_FOR_ASK;
  const embedEnd = Math.min(...kept.filter((h) => h.cue.embeds).map((h) => h.end));
  for (const h of kept) if (h.start >= embedEnd && h.cue.stance !== 'question') h.score *= EMBEDDED;
  return kept;
}

/**
 * The stance of one statement: every cue found scores its weight, more in the first sentence and
 * after a "men", less before it; the stance with the highest total wins and its strongest cue is
 * the one shown. A statement without any cue is information (a response: an answer that informs).
 * Pure and deterministic; a few dozen regular expressions per statement.
 */
export function classifyStance(text: string, kind: 'input' | 'response' = 'input'): StanceResult {
  const hits: Hit[] = [];
  const sentences = splitSentences(text);
  sentences.forEach((s, k) => hits.push(...hitsIn(s.text, s.index, k === 0 ? FIRST_SENTENCE : LATER_SENTENCE, kind)));
  if (!hits.length) {
    return { stance: 'information', cue: '', rule: kind === 'response' ? 'default.response' : 'default.information' };
  }
  const totals = new Map<StanceT, number>();
  for (const h of hits) totals.set(h.cue.stance, (totals.get(h.cue.stance) ?? 0) + h.score);
  let best: StanceT = 'information';
  let bestScore = -1;
  for (const st of PRECEDENCE) {
    const t = totals.get(st) ?? 0;
    if (t > bestScore + 1e-9) {
      best = st;
      bestScore = t;
    }
  }
  const decisive = hits.filter((h) => h.cue.stance === best).sort((a, b) => b.score - a.score || a.start - b.start)[0]!;
  return {
    stance: best,
    cue: text.slice(decisive.start, decisive.end).trim() || decisive.text,
    rule: `${decisive.cue.id}${decisive.afterContrast ? '+men' : ''}`,
  };
}
