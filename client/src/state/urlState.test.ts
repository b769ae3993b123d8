import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, expandNode, openNode, parseUrlState, serializeUrlState, undoExpansion } from './urlState.js';

describe('URL state', () => {
  it('round-trips every view, filter and selection', () => {
    const s = {
      ...DEFAULT_STATE,
      view: 'graph' as const,
      lang: 'en' as const,
      ids: ['Topic:ehds', 'Case:NUIT-38/22'],
      selected: 'Case:NUIT-38/22',
      depth: 2,
      layout: 'concentric' as const,
      filters: {
        kinds: ['Case', 'Organization'],
        committee: 'NUIT',
        from: '2022-01-01',
        to: '2022-12-31',
        topic: 'ehds',
      },
      flowTopic: 'ehds',
      matrixCommittee: 'NUFA',
      pathFrom: 'Organization:ks',
      pathTo: 'Topic:ehds',
    };
    expect(parseUrlState(serializeUrlState(s))).toEqual(s);
  });

  it('keeps the default URL empty and ignores junk', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
    expect(parseUrlState('?view=nope&kinds=Case,Bogus&from=yesterday')).toMatchObject({
      view: 'graph',
      filters: { kinds: ['Case'], from: undefined },
    });
  });

  it('expands, selects and undoes expansions', () => {
    const a = openNode('Topic:ehds')(DEFAULT_STATE);
    const b = expandNode('Case:NUFA-27/22')(a);
    expect(b.ids).toEqual(['Topic:ehds', 'Case:NUFA-27/22']);
    expect(expandNode('Topic:ehds')(b)).toBe(b);
    expect(undoExpansion(b).ids).toEqual(['Topic:ehds']);
    expect(undoExpansion(undoExpansion(b)).ids).toEqual(['Topic:ehds']);
  });
});
