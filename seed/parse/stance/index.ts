/** The stance of a statement (concern, support, objection, request, question, information), by rule. */
export { classifyStance, type StanceResult } from './classify.js';
export { CUES, type Cue } from './cues.js';
