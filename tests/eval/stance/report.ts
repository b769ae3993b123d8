import { STANCES } from '../../../graph/schema/index.js';
import { keywords, loadSet, majority, rules, scoreStance, type StanceScore } from './evaluate.js';

const f = (x: number) => x.toFixed(2);

/** The stance part of `npm run eval`: rules and both baselines on the dev and held-out sets. */
export function stanceReport(): string {
  const dev = loadSet('dev');
  const held = loadSet('heldout');
  const out: string[] = [`\nStance of statements (tests/eval/stance: dev ${dev.length}, held-out ${held.length})`];
  out.push('set       classifier  coverage  accuracy  strict  macro-F1  strict-F1');
  const scores: [string, string, StanceScore][] = [];
  for (const [setName, set] of [
    ['dev', dev],
    ['held-out', held],
  ] as const) {
    for (const [name, c] of [
      ['rules', rules],
      ['majority', majority(dev)],
      ['keywords', keywords],
    ] as const) {
      const s = scoreStance(set, c);
      scores.push([setName, name, s]);
      out.push(
        `${setName.padEnd(9)} ${name.padEnd(11)} ${f(s.coverage).padStart(8)}  ${f(s.accuracy).padStart(8)}  ${f(s.strict).padStart(6)}  ${f(s.macroF1).padStart(8)}  ${f(s.strictMacroF1).padStart(9)}`,
      );
    }
  }
  for (const [setName, , s] of scores.filter(([, n]) => n === 'rules')) {
    out.push(`\nconfusion of the rules on ${setName} (rows gold, columns predicted)`);
    out.push(`${''.padEnd(12)}${STANCES.map((x) => x.slice(0, 6).padStart(7)).join('')}`);
    for (const g of STANCES)
      out.push(`${g.padEnd(12)}${STANCES.map((p) => String(s.confusion[g][p]).padStart(7)).join('')}`);
    out.push(
      `per stance: ${STANCES.map((x) => `${x} F1 ${f(s.perStance[x].f1)} (n ${s.perStance[x].support})`).join(', ')}`,
    );
    if (s.errors.length) out.push(`errors on ${setName}:`, ...s.errors.map((e) => `  ${e}`));
  }
  return out.join('\n');
}
