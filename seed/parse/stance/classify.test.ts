import { describe, expect, it } from 'vitest';
import { classifyStance } from './classify.js';

describe('classifyStance', () => {
  it.each([
    ['KS er bekymret for kostnadene.', 'concern', 'bekymret'],
    ['Helse Vest RHF er uroa for framdrifta.', 'concern', 'uroa for'],
    ['KS støtter forslaget.', 'support', 'støtter'],
    ['KS stør tilrådinga.', 'support', 'stør'],
    ['KS kan ikke støtte forslaget.', 'objection', 'kan ikke støtte'],
    ['Legeforeningen er usamd i dette.', 'objection', 'usamd'],
    ['KS ba om en ny vurdering.', 'request', 'ba om'],
    ['Direktoratet bør se på dette.', 'request', 'bør'],
    ['KS spurde korleis dette skal gjerast.', 'question', 'spurde korleis'],
    ['Direktoratet orienterte om status.', 'information', 'orienterte'],
  ])('%s → %s (cue %s)', (text, stance, cue) => {
    const r = classifyStance(text);
    expect(r.stance).toBe(stance);
    expect(r.cue).toBe(cue);
    expect(text).toContain(r.cue);
    expect(r.rule.startsWith(`${stance}.`)).toBe(true);
  });

  it('lets the clause after "men" decide, and says so in the rule', () => {
    const r = classifyStance('KS støtter forslaget, men er bekymret for kostnadene for kommunene.');
    expect(r).toMatchObject({ stance: 'concern', cue: 'bekymret', rule: 'concern.worry+men' });
    expect(classifyStance('KS er bekymret for kostnadene, men støtter forslaget.').stance).toBe('support');
  });

  it('reads a problem given as the reason for an ask as a request', () => {
    expect(classifyStance('Fordi kommunene mangler kapasitet, ba KS om at det settes av midler.').stance).toBe(
      'request',
    );
  });

  it('does not read the content of a question as the speaker’s own stance', () => {
    expect(classifyStance('KS spurte om det er behov for flere ressurser og om dette bør prioriteres.').stance).toBe(
      'question',
    );
  });

  it('reads what an answer says it will do as information, not a request', () => {
    expect(classifyStance('Direktoratet svarte at dette må de se nærmere på.', 'response').stance).toBe('information');
  });

  it('gives every text a stance, with a default rule named when no cue is found', () => {
    expect(classifyStance('Møtet ble holdt i Oslo.')).toEqual({
      stance: 'information',
      cue: '',
      rule: 'default.information',
    });
    expect(classifyStance('Saken ble tatt til etterretning.', 'response').rule).toBe('default.response');
    expect(classifyStance('').stance).toBe('information');
  });

  it('finds cues exactly as written, whatever the case', () => {
    const text = 'KS ER BEKYMRET for tidsplanen.';
    expect(classifyStance(text).cue).toBe('BEKYMRET');
  });

  it('is fast: a thousand statements in well under a second', () => {
    const text =
      'Helse Vest RHF er positive til arbeidet, men påpekte at tidsplanen er krevende og ba om at regionene involveres tidligere i arbeidet.';
    const t0 = performance.now();
    for (let k = 0; k < 1000; k++) classifyStance(`${text} ${k}`);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
