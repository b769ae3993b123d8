import { describe, expect, it } from 'vitest';
import { FOLD_MIN, planFold, type Leaf } from './fold.js';

const leaves = (parent: string, n: number, kind = 'Case', type = 'TREATED_AT', outgoing = false): Leaf[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${parent}-${kind}-${type}-${outgoing}-${i}`,
    parent,
    type,
    outgoing,
    kind,
  }));

describe('folding the outermost nodes of a big neighbourhood', () => {
  it('folds nothing when the answer fits', () => {
    const plan = planFold(leaves('Meeting:a', 10), 50, 300);
    expect(plan.groups).toEqual([]);
    expect(plan.groupOf.size).toBe(0);
  });

  it('folds the biggest sets first, one group per parent, type and kind, until the answer fits', () => {
    const all = [...leaves('Meeting:a', 8), ...leaves('Meeting:b', 5), ...leaves('Meeting:c', 4)];
    // 20 nodes with a budget of 14: folding a (8 → 1) leaves 13, so b and c stay.
    const plan = planFold(all, 20, 14);
    expect(plan.groups).toEqual([
      {
        key: 'Case@Meeting:a/TREATED_AT/in',
        kind: 'Case',
        parent: 'Meeting:a',
        type: 'TREATED_AT',
        outgoing: false,
        count: 8,
      },
    ]);
    expect([...plan.groupOf.keys()].every((id) => id.startsWith('Meeting:a-'))).toBe(true);
    // A tighter budget folds b too, then c.
    expect(planFold(all, 20, 9).groups.map((g) => g.parent)).toEqual(['Meeting:a', 'Meeting:b']);
    expect(planFold(all, 20, 3).groups.map((g) => g.parent)).toEqual(['Meeting:a', 'Meeting:b', 'Meeting:c']);
  });

  it('keeps kinds, relationship types and directions apart, and never folds fewer than FOLD_MIN siblings', () => {
    const all = [
      ...leaves('Case:x', 4, 'Statement', 'ON'),
      ...leaves('Case:x', 4, 'Topic', 'ABOUT', true),
      ...leaves('Case:x', 3, 'Case', 'LINKED', true),
      ...leaves('Case:x', 3, 'Case', 'LINKED', false),
      ...leaves('Case:y', FOLD_MIN - 1),
    ];
    const plan = planFold(all, 100, 1);
    expect(plan.groups.map((g) => g.key).sort()).toEqual([
      'Case@Case:x/LINKED/in',
      'Case@Case:x/LINKED/out',
      'Statement@Case:x/ON/in',
      'Topic@Case:x/ABOUT/out',
    ]);
    expect(plan.groupOf.has('Case:y-Case-0')).toBe(false);
  });
});
