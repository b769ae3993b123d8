import { describe, expect, it } from 'vitest';
import type { ChangesT } from '../../../graph/api/changes.js';
import { mergeChanges } from './pageMerges.js';

const st = (n: number) => ({
  id: `Statement:s${n}`,
  text: `Innspill ${n}`,
  stance: 'information' as const,
  stanceCue: '',
  case: null,
  date: null,
  source: null,
});
const changes = (patch: Partial<ChangesT>): ChangesT => ({
  since: '2022-01-01',
  sinceDate: '2022-01-01',
  today: '2022-12-31',
  meetings: [],
  newCases: [],
  decisions: [],
  statementsByActor: [],
  plannedDue: [],
  actionItemsOpened: [],
  actionItemsFollowedUp: [],
  pages: {},
  ...patch,
});

describe('joining a page of one list of the changes', () => {
  it("continues an actor's statements over the page break and keeps the other lists and their cursors", () => {
    const first = changes({
      statementsByActor: [
        { actor: 'Organization:helse-nord', name: 'Helse Nord', statements: [st(1)] },
        { actor: 'Organization:ks', name: 'KS', statements: [st(2)] },
      ],
      decisions: [
        {
          id: 'NUIT-1/22',
          committee: 'NUIT',
          number: '1/22',
          title: 'T',
          decision: 'V',
          meeting: null,
          date: null,
          source: null,
        },
      ],
      pages: { statementsByActor: { total: 4, nextCursor: 'pA' }, decisions: { total: 3, nextCursor: 'pB' } },
    });
    const next = changes({
      statementsByActor: [
        { actor: 'Organization:ks', name: 'KS', statements: [st(3)] },
        { actor: null, name: null, statements: [st(4)] },
      ],
      pages: { statementsByActor: { total: 4, nextCursor: null } },
    });
    const joined = mergeChanges(first, next);
    expect(joined.statementsByActor.map((a) => [a.actor, a.statements.map((s) => s.id)])).toEqual([
      ['Organization:helse-nord', ['Statement:s1']],
      ['Organization:ks', ['Statement:s2', 'Statement:s3']],
      [null, ['Statement:s4']],
    ]);
    expect(joined.decisions).toEqual(first.decisions);
    expect(joined.pages).toEqual({
      statementsByActor: { total: 4, nextCursor: null },
      decisions: { total: 3, nextCursor: 'pB' },
    });
  });
});
