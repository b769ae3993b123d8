import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseUrlState, serializeUrlState } from './urlState.js';

describe('URL state of the dependency view', () => {
  it('round-trips the traversal start, direction, date and kinds', () => {
    const s = {
      ...DEFAULT_STATE,
      view: 'topics' as const,
      depFrom: 'Topic:legemiddel-grunndata',
      depDir: 'upstream' as const,
      depAt: '2022-08-31',
      depKinds: ['prerequisite', 'linked'],
    };
    expect(parseUrlState(serializeUrlState(s))).toEqual(s);
  });

  it('drops a bad date and direction, and keeps "no kinds" apart from "default kinds"', () => {
    const s = parseUrlState('?view=topics&dd=sideways&da=soon&dk=');
    expect(s.depDir).toBeUndefined();
    expect(s.depAt).toBeUndefined();
    expect(s.depKinds).toEqual([]);
    expect(parseUrlState('?view=topics').depKinds).toBeUndefined();
  });
});
