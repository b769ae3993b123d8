import { readFileSync } from 'node:fs';
import { STANCES, type StanceT } from '../../../graph/schema/index.js';
import { classifyStance } from '../../../seed/parse/stance/index.js';

/*
 * Evaluation of the stance classifier on hand-annotated statements. `dev.json`: every statement
 * the loader extracts from the bundled corpus and the annotated documents, plus statements written
 * in their style; the rules were written looking at it. `heldout.json`: written before the first
 * rule and not consulted while rules were written. Each statement has a primary label and the
 * labels a careful annotator could also defend.
 */

export interface GoldStatement {
  text: string;
  kind: 'input' | 'response';
  label: StanceT;
  also?: StanceT[];
  source?: string;
}

export type Classifier = (text: string, kind: 'input' | 'response') => StanceT;

export interface StanceScore {
  n: number;
  coverage: number;
  /** Primary or a defensible label. */
  accuracy: number;
  /** Primary label only. */
  strict: number;
  /** Macro-F1 over the six stances, a defensible prediction counted as the gold label. */
  macroF1: number;
  /** Macro-F1 against the primary labels only. */
  strictMacroF1: number;
  perStance: Record<StanceT, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[gold][predicted], gold = primary label (or the defensible one predicted). */
  confusion: Record<StanceT, Record<StanceT, number>>;
  errors: string[];
}

export const loadSet = (name: 'dev' | 'heldout'): GoldStatement[] =>
  (
    JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8')) as {
      statements: GoldStatement[];
    }
  ).statements;

const zero = () => Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<StanceT, number>;

function macro(pairs: [StanceT, StanceT][]) {
  const per = {} as StanceScore['perStance'];
  let sum = 0;
  let classes = 0;
  for (const st of STANCES) {
    const tp = pairs.filter(([g, p]) => g === st && p === st).length;
    const fp = pairs.filter(([g, p]) => g !== st && p === st).length;
    const fn = pairs.filter(([g, p]) => g === st && p !== st).length;
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    per[st] = { precision, recall, f1, support: tp + fn };
    // A stance absent from both gold and predictions says nothing about the classifier.
    if (tp + fp + fn) {
      sum += f1;
      classes++;
    }
  }
  return { per, macroF1: classes ? sum / classes : 0 };
}

export function scoreStance(set: GoldStatement[], classify: Classifier): StanceScore {
  const lenient: [StanceT, StanceT][] = [];
  const strictPairs: [StanceT, StanceT][] = [];
  const confusion = Object.fromEntries(STANCES.map((s) => [s, zero()])) as StanceScore['confusion'];
  const errors: string[] = [];
  let covered = 0;
  let right = 0;
  let strictRight = 0;
  for (const g of set) {
    const p = classify(g.text, g.kind);
    if ((STANCES as readonly string[]).includes(p)) covered++;
    const ok = p === g.label || (g.also ?? []).includes(p);
    if (ok) right++;
    if (p === g.label) strictRight++;
    const gold = ok ? p : g.label;
    lenient.push([gold, p]);
    strictPairs.push([g.label, p]);
    confusion[gold][p]++;
    if (!ok) errors.push(`${g.label} → ${p}: ${g.text.slice(0, 110)}`);
  }
  const l = macro(lenient);
  return {
    n: set.length,
    coverage: covered / set.length,
    accuracy: right / set.length,
    strict: strictRight / set.length,
    macroF1: l.macroF1,
    strictMacroF1: macro(strictPairs).macroF1,
    perStance: l.per,
    confusion,
    errors,
  };
}

export const rules: Classifier = (text, kind) => classifyStance(text, kind).stance;

/** Baseline: always the most frequent primary label of the development set. */
export function majority(dev: GoldStatement[]): Classifier {
  const counts = zero();
  for (const g of dev) counts[g.label]++;
  const top = STANCES.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return () => top;
}

/** Baseline: the first of a few plain keywords, no weights, negation or "men". */
const KEYWORDS: [StanceT, RegExp][] = [
  ['objection', /uenig|usamd|imot/iu],
  ['question', /spurte|spurde|spørsmål/iu],
  ['request', /ba om|bad om|ønske|bør|foreslo|anbefal|etterly/iu],
  ['concern', /bekymr|uro|risiko|mangl|krevende|utfordr/iu],
  ['support', /støtte|stør|positiv|enig/iu],
];
export const keywords: Classifier = (text) => KEYWORDS.find(([, re]) => re.test(text))?.[0] ?? 'information';
