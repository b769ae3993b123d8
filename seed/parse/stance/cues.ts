import type { StanceT } from '../../../graph/schema/index.js';

/**
 * The words that carry stance in Norwegian committee minutes, bokmål and nynorsk. In this genre
 * the reporting verb ("ba om", "spurte om", "støttet", "er uroa for"), its modality ("bør", "må")
 * and negation ("kan ikke støtte") carry most of the signal; evaluative words ("krevende",
 * "mangler", "godt initiativ") carry the rest.
 *
 * `weight`: 3 for an explicit speech act or attitude (the speaker says what they do), 2 for a
 * modal or a clearly evaluative phrase, 1 for a weak hint. Information cues are weak on purpose:
 * "informerte om at … er krevende" is a concern, reported.
 */
export interface Cue {
  id: string;
  stance: StanceT;
  weight: number;
  pattern: RegExp;
  /** A question or doubt: what follows it in the sentence is its content, not the speaker's own act. */
  embeds?: boolean;
}

/** Negation in both written forms. */
const NEG = String.raw`(?:ikke|ikkje|ikkj|ei)`;
const AGREE = String.raw`(?:enig|einig|samd|samde|enige|einige)`;
const SUPPORT_VERB = String.raw`(?:støtter|støttet|støtta|støttar|støtte|stør|støttes)`;

const cue = (stance: StanceT, id: string, weight: number, source: string, embeds = false): Cue => ({
  id: `${stance}.${id}`,
  stance,
  weight,
  embeds,
  // Word boundaries by hand: \b does not know æ, ø and å.
  pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`, 'giu'),
});

export const CUES: Cue[] = [
  // Objection: explicit disagreement only.
  cue('objection', 'disagree', 3, String.raw`uenig(?:e|het)?|ueinig(?:e)?|usamd(?:e)?|usemje`),
  cue(
    'objection',
    'not-agree',
    3,
    String.raw`(?:er|var|erre)\s+${NEG}\s+${AGREE}|${NEG}\s+(?:er|var)\s+${AGREE}|${NEG}\s+${AGREE}`,
  ),
  cue('objection', 'go-against', 3, String.raw`(?:går|gikk|gjekk|gå|gått|gjenge)\s+imot|(?:er|var)\s+imot|gå\s+mot`),
  cue(
    'objection',
    'oppose',
    3,
    String.raw`motsatte\s+seg|motset(?:te)?\s+seg|motsetter\s+seg|tok\s+avstand|tar\s+avstand|ta\s+avstand|avvis(?:te|er|a|t|ar)`,
  ),
  cue(
    'objection',
    'not-support',
    3,
    String.raw`${SUPPORT_VERB}\s+${NEG}|(?:kan|kunne|vil|ville|kan\s+derfor)\s+${NEG}\s+(?:gå\s+inn\s+for|støtte|stø)|${NEG}\s+(?:støtte|stø)\s+(?:forslaget|tilrådinga|anbefalingen|innstillingen|vedtaket|dette)`,
  ),
  cue(
    'objection',
    'not-share',
    3,
    String.raw`(?:deler|delte|deler\s+heller|deler\s+derfor)\s+${NEG}|${NEG}\s+dele\s+(?:vurderingen|vurderinga|synet)`,
  ),
  cue('objection', 'not-want', 3, String.raw`(?:ønsker|ønsket|ønskjer|ønskte|ønska|vil)\s+${NEG}\s+at`),
  cue(
    'objection',
    'wrong',
    3,
    String.raw`(?:er|var)\s+(?:det\s+)?(?:feil|galt)\s+(?:å|at)|(?:er|var)\s+kritisk(?:e)?\s+til|kritiserte|kritiserer|frarådet|fraråder|frårådde|frårår`,
  ),
  cue(
    'objection',
    'reservation',
    3,
    String.raw`innvendinger\s+mot|innvendingar\s+mot|protesterte|protesterer|reserverte\s+seg|dissens`,
  ),

  // Question: asks for information or clarification.
  cue(
    'question',
    'ask-verb',
    3,
    String.raw`(?:spurte|spurde|spør|spurt|spørres|spurt)\s+(?:også\s+|derfor\s+|videre\s+)?(?:om|hva|hvordan|hvem|hvilke|hvilken|hvor|når|hvorfor|kva|korleis|kven|kor|kvifor|kva\s+tid|i\s+hvilken|etter)`,
    true,
  ),
  cue(
    'question',
    'pose-question',
    3,
    String.raw`(?:stilte|stilt|stilles|stiller|stilte\s+også|stilt\s+også)\s+(?:eit\s+|et\s+|nokre\s+|noen\s+|flere\s+|fleire\s+)?spørsmål|spørsmål\s+(?:ved|om)\s+(?:om|hvorvidt|korvidt|hvordan|korleis|hva|kva|når)`,
    true,
  ),
  cue(
    'question',
    'wonder',
    3,
    String.raw`lurte\s+på|lurer\s+på|ville\s+vite|vil\s+vite|ønsket\s+å\s+vite|ønskte\s+å\s+vite|ønsker\s+å\s+vite`,
    true,
  ),
  cue(
    'question',
    'ask-clarify',
    3,
    String.raw`(?:etterspurte|etterspør|etterlyste|ba\s+om|bad\s+om|ber\s+om)\s+(?:en\s+|ei\s+|eit\s+|et\s+|nærmere\s+|mer\s+|meir\s+)?(?:informasjon|avklaring|avklaringar|avklaringer|forklaring|utdyping|redegjørelse|status|svar)`,
    true,
  ),
  cue('question', 'question-mark', 2, String.raw`\p{L}+\?`),

  // Request: asks that something be done, changed, added or prioritised; proposals and advice.
  cue(
    'request',
    'ask-verb',
    3,
    String.raw`(?:ba|bad|ber|bedt|bede|be)\s+(?:også\s+|derfor\s+|særlig\s+|spesielt\s+)?(?:om|direktoratet|utvalget|utvalet|sekretariatet|departementet)|(?:ba|bad|ber)\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:også\s+)?om`,
  ),
  cue(
    'request',
    'call-for',
    3,
    String.raw`etterly(?:ste|ser|st|ses|ste\s+også)|etterspurte|etterspør|etterspurt|oppfordr(?:et|er|a|ar|ing)|oppmod(?:a|et|er|ar|ing)|krevde|krev\s+at|krever\s+at`,
  ),
  cue(
    'request',
    'propose',
    3,
    String.raw`foresl(?:o|år|ått|ås|ag)|føresl(?:o|år|ått|eg)|fremmet\s+(?:et\s+)?forslag|kom\s+med\s+(?:et\s+|eit\s+)?forslag`,
  ),
  cue(
    'request',
    'recommend',
    3,
    String.raw`anbefal(?:er|te|t|es|ast)|tilr(?:år|ådde|ådd|ås|ådde\s+også)|rådde\s+til|råder\s+til`,
  ),
  cue(
    'request',
    'want',
    3,
    String.raw`(?:ønsker|ønsket|ønskjer|ønskte|ønska|ønske)\s+(?:seg\s+|også\s+|derfor\s+|særlig\s+|spesielt\s+|ikke\s+bare\s+)?(?:at|å|seg|mer|meir|flere|fleire|en|ei|et|eit|dialog|innspill|tilbakemelding|en\s+synliggjøring)|ønskelig|ønskjeleg|det\s+ønskes|ønskes\s+(?:at|en|et)`,
  ),
  cue(
    'request',
    'input',
    2,
    String.raw`spilte\s+inn|spelte\s+inn|kom\s+(?:med\s+)?innspill\s+om|ga\s+innspill\s+om|la\s+vekt\s+på|legger\s+vekt\s+på|er\s+opptatt\s+av|var\s+opptatt\s+av|er\s+oppteken\s+av|er\s+opptekne\s+av`,
  ),
  cue('request', 'should', 2, String.raw`bør|burde|bør\s+også|måtte|må`),
  cue(
    'request',
    'important-that',
    2,
    String.raw`(?:viktig|avgjørende|avgjerande|nødvendig|sentralt|vesentlig|vesentleg|essensielt|helt\s+sentralt)\s+(?:at|å|med|for\s+å)|viktigheten\s+av|viktigheita\s+av|betydningen\s+av\s+å`,
  ),
  cue('request', 'need', 1.5, String.raw`trenger|treng|trengs|trengst|krever|krev|behov\s+for|behovet\s+for`),
  cue(
    'request',
    'advice',
    2,
    String.raw`kan\s+være\s+lurt|kan\s+vere\s+lurt|hadde\s+vært\s+(?:fint|bra|nyttig)|kan\s+være\s+(?:et\s+)?(?:mer\s+)?(?:passende|nyttig|hensiktsmessig)|bør\s+vurderes|må\s+vurderes|sees\s+i\s+sammenheng|ses\s+i\s+sammenheng`,
  ),
  cue('request', 'important', 1, String.raw`viktig|viktige|viktigere`),

  // Concern: a risk, problem, shortfall, cost or difficulty.
  cue(
    'concern',
    'worry',
    3,
    String.raw`bekymr\p{L}*|uro(?:a|et|leg|lig|lige)?\s+for|urolig(?:e)?|uroleg(?:e)?|engstelig|frykt(?:er|et|a|ar|e)?|redd\s+for|advarte|advarer|åtvara|åtvarar`,
  ),
  cue(
    'concern',
    'miss',
    3,
    String.raw`savn(?:er|et|es|a|ar|ast|ast)?|sakn(?:er|a|ar|ast|ast)|etterlater\s+et\s+inntrykk`,
  ),
  cue(
    'concern',
    'unsure',
    3,
    String.raw`(?:usikker|usikre|usikkert|tvil)\s+(?:på\s+|om\s+)?(?:om|hvorvidt|korvidt|hvordan|korleis|hva|kva)`,
    true,
  ),
  cue('support', 'agreement', 1.5, String.raw`enighet\s+om|semje\s+om|einigheit\s+om`),
  cue('concern', 'risk', 3, String.raw`risiko(?:en)?\s+for|fare(?:n)?\s+for|risikerer|risikere`),
  cue(
    'concern',
    'difficult',
    2,
    String.raw`krevende|krevjande|utfordring\p{L}*|utfordrende|utfordrande|vanskelig\p{L}*|vanskeleg\p{L}*|problem(?!still)\p{L}*|komplisert|komplekst|kompleks|tungvint|tungvinn|uheldig|uheldige|urealistisk\p{L}*|ambisiøs\p{L}*|kostbar\p{L}*|fragmentert|belastning\p{L}*|byrde(?:n)?|under\s+press|risiko(?!vurder|basert)\p{L}*`,
  ),
  cue(
    'concern',
    'lack',
    2,
    String.raw`mangl(?:er|et|ar|a|ende)|mangel(?:en|full|fullt|fulle)?|manglande|uklar(?:t|e|heit|het)?|usikker(?:t|e|het|heit|heten)?|usikr(?:e|a)|gap(?:et)?|hull(?:et)?|umoden|umodne|forsink\p{L}*|forseink\p{L}*|begrens(?:ende|ninger|ningar|et)|avgrens(?:ande|ingar)|utydelig|utydeleg`,
  ),
  cue(
    'concern',
    'not-enough',
    2,
    String.raw`${NEG}\s+(?:godt\s+|tydelig\s+|tydeleg\s+|god\s+|stor\s+|raskt\s+)?(?:nok|tilstrekkelig\p{L}*|tilstrekkeleg\p{L}*|på\s+plass|avklart|adressert|utgreidd\p{L}*|utredet|ivaretatt|ivareteke|moden|tydelig\s+nok|tydelig|tydeleg)|${NEG}\s+(?:er\s+|blitt\s+|vorte\s+)?(?:godt\s+nok\s+)?(?:avklart|adressert|på\s+plass|utgreidd\p{L}*|utredet|ivaretatt|tatt\s+hensyn|moden|modent|klar|klart)|(?:${NEG}\s+har|har\s+${NEG})\s+(?:nok\s+)?(?:kompetanse|kapasitet|ressurser|ressursar|midler|midlar|tid)|${NEG}\s+(?:fremkom|kom\s+fram|kom\s+frem)|${NEG}\s+tar\s+hensyn|${NEG}\s+nok|for\s+(?:stram|strame|dyr|dyrt|dårlig|dårleg|kort|mange|lite|liten|svak|høy|høye|seint|sent|stor|store|få|tett|ambisiøs|lang)(?![\p{L}])`,
  ),
  cue(
    'concern',
    'not-good-enough',
    2,
    String.raw`${NEG}\s+(?:er\s+|var\s+|blir\s+|vert\s+|blitt\s+)?(?:god|godt|gode|bra|tydelig|tydeleg|tydelege|stor|raskt|sterk|sterkt)\s+nok`,
  ),
  cue(
    'concern',
    'cost',
    1,
    String.raw`(?:høye|høge|store|auka|økte|økende)\s+(?:kostnader|kostnadar|utgifter)|konsekvenser|konsekvensar`,
  ),

  // Support: agrees with, endorses or welcomes.
  cue(
    'support',
    'support-verb',
    3,
    String.raw`(?:støtter|støttet|støtta|støttar|stør)(?!\s+(?:opp|seg))|(?:kan|vil|kunne|å)\s+(?:støtte|stø)(?!\s+opp)`,
  ),
  cue(
    'support',
    'endorse',
    3,
    String.raw`stiller\s+seg\s+bak|stilte\s+seg\s+bak|stilt\s+seg\s+bak|slutter\s+seg\s+til|sluttet\s+seg\s+til|slutta\s+seg\s+til|sluttar\s+seg\s+til|gikk\s+inn\s+for|går\s+inn\s+for|gjekk\s+inn\s+for`,
  ),
  cue(
    'support',
    'agree',
    3,
    String.raw`(?:er|var|var\s+alle|er\s+alle|seg)\s+${AGREE}|${AGREE}\s+i|har\s+ingen\s+innvendinger|ingen\s+innvendinger|ingen\s+innvendingar|ingen\s+merknader|ingen\s+merknadar`,
  ),
  cue(
    'support',
    'positive',
    3,
    String.raw`positiv(?:e|t)?\s+til|(?:er|var)\s+positiv(?:e)?|ønsket\s+\p{L}+\s+velkommen|ønskte\s+\p{L}+\s+velkommen|ønsker\s+\p{L}+\s+velkommen|velkommen|berømmet|berømte|roste|rosa|imøteser|imøtesåg|imøteså|fornøyd|nøgd|takket\s+for|takka\s+for`,
  ),
  cue(
    'support',
    'backing',
    3,
    String.raw`(?:bred|brei|full|stor|samlet|samla|tydelig|tydeleg)\s+støtte|fikk\s+(?:også\s+)?støtte|fekk\s+(?:også\s+)?støtte|støtte\s+(?:til|frå|fra)\s+(?:forslaget|tilrådinga|anbefalingen|innspillet|dette)`,
  ),
  cue(
    'support',
    'direction',
    3,
    String.raw`(?:riktig|rett|god|rette)\s+retning|godt\s+initiativ|godt\s+initiativet|kjærkom\p{L}*|gode?\s+(?:rapport|arbeid|underlag|utgangspunkt|grep)|godt\s+(?:arbeid|underlag|utgangspunkt|grep)|gjennomarbeid\p{L}*`,
  ),
  cue(
    'support',
    'appreciate',
    2,
    String.raw`spennende|fornuftig|nyttig\s+arbeid|mye\s+bra|er\s+bra|var\s+bra|fungerer\s+bra|fungerer\s+godt|kjente\s+seg\s+(?:godt\s+)?igjen|kjende\s+seg\s+(?:godt\s+)?att|stor\s+nytte|positivt|god\s+dialog`,
  ),

  // Information: reports without evaluating. Weak, so that any evaluation in the same text wins.
  cue(
    'information',
    'inform',
    1.5,
    String.raw`orienter(?:te|er|t|ast|es)|informer(?:te|er|t|ast|es)|redegj(?:orde|ør|ort)|gjorde\s+greie|gjorde\s+rede|gjer\s+greie|opplys(?:te|er|t|tes)|presenter(?:te|er|t|tes)|fortal(?:te|de|t)|la\s+fram|la\s+frem|status\s+(?:for|i|på)`,
  ),
  cue(
    'information',
    'answer',
    1,
    String.raw`svar(?:te|a|er|t)|bekreft(?:et|a|ar|er)|presis(?:erte|erer|ert|erte\s+at)|viste\s+til|vist\s+til|minnet\s+om|minte\s+om|utdyp(?:et|a|er)|forklar(?:te|er|t)|nevnte|nemnde|sa\s+at|uttalte`,
  ),
];
