/**
 * The cues by which Norwegian administrative prose says that one matter needs, builds on, is tied
 * to or gets in the way of another. Each cue says which side of it is the base (the prerequisite,
 * the foundation, the cause of a delay) and which the dependent:
 * - `left-base`:  "X er en forutsetning for Y", "X er grunnlaget for Y", "X forsinker Y"
 * - `right-base`: "Y forutsetter X", "Y er avhengig av X", "Y bygger på X"
 * - `lead`:       "Forutsetningen for Y er X" (the cue opens the clause)
 * - `between`:    "kobling mellom A og B" (undirected, both sides after the cue)
 * - `symmetric`:  "A må sees i sammenheng med B" (undirected)
 */
export type DependencyKindT = 'prerequisite' | 'builds-on' | 'linked' | 'conflicts';
export type CueShape = 'left-base' | 'right-base' | 'lead' | 'between' | 'symmetric';

export interface Cue {
  kind: DependencyKindT;
  shape: CueShape;
  re: RegExp;
}

const ADJ = String.raw`(?:(?:en|et|den|det|ei|de)\s+)?(?:(?:viktig|viktige|nødvendig|nødvendige|sentral|sentrale|avgjørende|grunnleggende|vesentlig|vesentlige|helt|klar|absolutt|kritisk|sterk|sterke|tett|tette|direkte|stor|tydelig|naturlig)\s+)*`;
const BE = String.raw`(?:er|var|blir|ble|vil\s+være|kan\s+være|må\s+være|anses\s+som|regnes\s+som|framstår\s+som|fremstår\s+som)`;

export const CUES: Cue[] = [
  // prerequisite
  {
    kind: 'prerequisite',
    shape: 'lead',
    re: new RegExp(String.raw`(?<![\p{L}])(?:en\s+)?${ADJ}(?:forutsetning(?:en)?|premiss(?:et)?)\s+for\s+`, 'giu'),
  },
  {
    kind: 'prerequisite',
    shape: 'left-base',
    re: new RegExp(
      String.raw`\b${BE}\s+${ADJ}(?:forutsetning(?:en|er)?|premiss(?:et)?|grunnlag(?:et)?|fundament(?:et)?|byggestein(?:en)?)\s+for\s+`,
      'giu',
    ),
  },
  {
    kind: 'prerequisite',
    shape: 'left-base',
    re: /\b(?:danner|dannet|legger|la|gir|ga)\s+(?:et\s+|det\s+)?(?:viktig\s+|nødvendig\s+)?grunnlag(?:et)?\s+for\s+/giu,
  },
  {
    kind: 'prerequisite',
    shape: 'left-base',
    re: /\bmå\s+(?:være\s+)?(?:på\s+plass|etablert|ferdigstilt|avklart|løst)\s+(?:før|for\s+at)\s+/giu,
  },
  { kind: 'prerequisite', shape: 'right-base', re: /\bforutsetter\s+(?:at\s+)?/giu },
  {
    kind: 'prerequisite',
    shape: 'right-base',
    re: new RegExp(String.raw`\b(?:${BE}\s+)?${ADJ}avhengige?\s+av\s+(?:at\s+)?`, 'giu'),
  },
  { kind: 'prerequisite', shape: 'right-base', re: /\b(?:avhenger|avhang)\s+av\s+(?:at\s+)?/giu },
  { kind: 'prerequisite', shape: 'right-base', re: /\b(?:krever|krevde|trenger|trengte)\s+at\s+/giu },
  // builds on
  {
    kind: 'builds-on',
    shape: 'right-base',
    re: /\b(?:bygger|bygget|bygde|baserer\s+seg|basert)\s+(?:videre\s+)?på\s+/giu,
  },
  {
    kind: 'builds-on',
    shape: 'right-base',
    re: new RegExp(String.raw`\b${BE}\s+(?:en\s+)?(?:direkte\s+|naturlig\s+)?videreføring\s+av\s+`, 'giu'),
  },
  { kind: 'builds-on', shape: 'right-base', re: /\b(?:viderefører|videreførte|videreutvikler)\s+/giu },
  { kind: 'builds-on', shape: 'right-base', re: /\b(?:tar|tok)\s+utgangspunkt\s+i\s+/giu },
  // linked
  {
    kind: 'linked',
    shape: 'between',
    re: /\b(?:(?:tett|sterk|klar|naturlig|nær)e?\s+)?(?:kobling(?:en)?|sammenheng(?:en)?|samspill(?:et)?|grensesnitt(?:et)?)\s+mellom\s+/giu,
  },
  {
    kind: 'linked',
    shape: 'symmetric',
    re: /\b(?:sees|ses|sett|se|vurderes|behandles)\s+(?:\p{L}+\s+)?i\s+(?:nær\s+|tett\s+)?sammenheng\s+med\s+/giu,
  },
  { kind: 'linked', shape: 'symmetric', re: /\bhenger\s+(?:tett\s+|nært\s+|godt\s+)?sammen\s+med\s+/giu },
  {
    kind: 'linked',
    shape: 'symmetric',
    re: new RegExp(
      String.raw`\b${BE}\s+(?:tett\s+|sterkt\s+|nært\s+)?(?:koblet|knyttet)\s+(?:sammen\s+)?(?:til|med|mot)\s+`,
      'giu',
    ),
  },
  { kind: 'linked', shape: 'symmetric', re: /\bmå\s+koordineres\s+med\s+/giu },
  // conflicts or delays
  {
    kind: 'conflicts',
    shape: 'left-base',
    re: /\b(?:forsinker|forsinket|vil\s+forsinke|kan\s+forsinke|hindrer|hemmer|bremser)\s+/giu,
  },
  {
    kind: 'conflicts',
    shape: 'right-base',
    re: /\b(?:er|ble|blir)\s+forsinket\s+(?:av|på\s+grunn\s+av|som\s+følge\s+av)\s+/giu,
  },
  {
    kind: 'conflicts',
    shape: 'symmetric',
    re: /\b(?:er|står|kommer|var|sto|kom|kan\s+komme)\s+i\s+(?:direkte\s+)?(?:konflikt|strid)\s+med\s+/giu,
  },
  { kind: 'conflicts', shape: 'between', re: /\b(?:konflikt(?:en)?|motstrid(?:en)?)\s+mellom\s+/giu },
];

/** A clause ends at a comma, semicolon, colon or a subordinating word: topics after it belong to another clause. */
export const RIGHT_BOUNDARY =
  /[,;:]|\s(?:men|fordi|ettersom|siden|slik\s+at|samtidig|når|mens|og\s+at|og\s+det|og\s+dette|noe\s+som|hvor|der)\s/iu;
/** Where a clause opens: the subject of a cue starts after the last of these before it. */
export const LEFT_BOUNDARY = /[,;:]\s*|\s(?:at|men|fordi|ettersom|siden|om|hvorvidt|derfor|dermed|og\s+at)\s/giu;

/** The sentence is asked, not stated. */
export const QUESTION =
  /\b(?:spørsmål\s+(?:om|ved|til)|spurte|lurte\s+på|hvorvidt|usikker(?:e)?\s+på\s+om|om\s+det\s+er)\b/iu;
/** A negated cue ("er ikke en forutsetning for") denies the dependency. */
export const NEGATION = /\b(?:ikke|ingen|aldri|neppe)\s+(?:\p{L}+\s+){0,2}$/iu;

/** Verbs by which a speaker agrees with or denies what was said. */
export const CONFIRM_VERB =
  /^\s*(?:bekreftet|bekrefter|støttet|støtter|var\s+enig|er\s+enig|var\s+enige|er\s+enige|sluttet\s+seg\s+til|slutter\s+seg\s+til|delte|deler)\b/iu;
export const CONTEST_VERB =
  /^\s*(?:bestred|bestrider|var\s+uenig|er\s+uenig|var\s+uenige|er\s+uenige|avviste|avviser|tilbakeviste|tilbakeviser|stilte\s+spørsmål\s+ved|imøtegikk|delte\s+ikke|deler\s+ikke|mente\s+ikke|mener\s+ikke)\b/iu;

/** Words that point back at the case under discussion. */
export const CASE_ANAPHOR =
  /\b(?:saken|denne\s+saken|dette\s+arbeidet|arbeidet\s+i\s+saken|dette\s+tiltaket|denne\s+planen|dette\s+forslaget|forslaget\s+i\s+saken)\b/iu;
