/** Texts for the stance of statements (concern, support, objection, request, question, information). */
export const STANCE_STRINGS = {
  nb: {
    'stance.label': 'Holdning',
    'stance.all': 'Alle holdninger',
    'stance.concern': 'Bekymring',
    'stance.objection': 'Innsigelse',
    'stance.request': 'Ønske',
    'stance.question': 'Spørsmål',
    'stance.support': 'Støtte',
    'stance.information': 'Informasjon',
    'stance.onlyConcerns': 'Bare bekymringer',
    'stance.cue': 'Avgjort av ordene',
    'stance.noCue': 'Ingen signalord: nøytral rapport',
  },
  en: {
    'stance.label': 'Stance',
    'stance.all': 'All stances',
    'stance.concern': 'Concern',
    'stance.objection': 'Objection',
    'stance.request': 'Request',
    'stance.question': 'Question',
    'stance.support': 'Support',
    'stance.information': 'Information',
    'stance.onlyConcerns': 'Only concerns',
    'stance.cue': 'Decided by the words',
    'stance.noCue': 'No cue words: a neutral report',
  },
} as const;
