import { describe, expect, it } from 'vitest';
import type { ElementsT } from '../../../graph/api/responses.js';
import { STANCE_STRINGS } from '../i18n/stanceStrings.js';
import { drawable } from './drawnElements.js';

const nb = STANCE_STRINGS.nb;
// As GraphView names groups: a stance group by its stance, any other by its kind.
const groupLabel = (kind: string, n: number, anchor: string, stance?: string) =>
  `${anchor}: ${n} ${stance ? nb[`stance.plural.${stance}` as keyof typeof nb] : kind === 'Statement' ? 'innspill' : kind}`;

describe('summary groups of statements by stance', () => {
  it('names a group of one stance by it, and any other group by its kind', () => {
    const data: ElementsT = {
      nodes: [{ group: 'nodes', data: { id: 'Organization:ks', kind: 'Organization', label: 'KS' } }],
      edges: [],
      truncated: false,
      groups: [
        { id: 'Group:Statement~ehds~concern', kind: 'Statement', label: 'EHDS', count: 12, stance: 'concern' },
        { id: 'Group:Statement~~request', kind: 'Statement', label: null, count: 3, stance: 'request' },
        { id: 'Group:Statement~grunndata', kind: 'Statement', label: 'Grunndata', count: 5 },
      ],
    };
    const drawn = drawable(data, (t) => t, groupLabel);
    const label = (id: string) => drawn.nodes.find((n) => n.data.id === id)?.data;
    expect(label('Group:Statement~ehds~concern')).toMatchObject({ label: 'EHDS: 12 bekymringer', stance: 'concern' });
    expect(label('Group:Statement~~request')?.label).toBe('3 ønsker');
    expect(label('Group:Statement~grunndata')?.label).toBe('Grunndata: 5 innspill');
    expect(label('Group:Statement~grunndata')).not.toHaveProperty('stance');
  });

  it('has a plural for every stance in both languages', () => {
    for (const lang of [STANCE_STRINGS.nb, STANCE_STRINGS.en] as Record<string, string>[])
      for (const s of ['concern', 'objection', 'request', 'question', 'support', 'information'])
        expect(lang[`stance.plural.${s}`]).toBeTruthy();
  });
});
