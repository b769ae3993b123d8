import { describe, expect, it } from 'vitest';
import type { LineageLinkT } from '../../../graph/api/index.js';
import { becameOf, buildLineage, laneMembers, todaysBody, type RawBody } from './lanes.js';

const body = (key: string, name: string, extra: Partial<RawBody> = {}): RawBody => ({
  id: `Committee:${key}`,
  kind: 'Committee',
  key,
  name,
  formerNames: [],
  ...extra,
});
const link = (from: string, to: string, extra: Partial<LineageLinkT> = {}): LineageLinkT => ({
  type: 'SUCCEEDED_BY',
  from,
  to,
  source: 'test',
  ...extra,
});

describe('lineage lanes', () => {
  const bodies = [
    body('NASJONAL-IKT', 'Nasjonal IKT'),
    body('NIKT-HF', 'Styret for Nasjonal IKT HF', { shortName: 'Nasjonal IKT HF', from: '2014-01-01' }),
    body('NUIT', 'Nasjonalt utvalg for prioritering', {
      shortName: 'NUIT',
      formerNames: ['Nasjonalt utvalg for IKT-prioritering'],
    }),
    body('NUFA', 'Nasjonalt fagutvalg', { shortName: 'NUFA' }),
  ];

  it("runs a chain of successions into one lane named by today's body, oldest first", () => {
    const l = buildLineage(bodies, [link('NASJONAL-IKT', 'NIKT-HF', { date: '2014-01-01' }), link('NIKT-HF', 'NUIT')]);
    expect(l.lanes.find((x) => x.key === 'NUIT')).toEqual({
      key: 'NUIT',
      kind: 'Committee',
      name: 'NUIT',
      formerNames: ['Nasjonal IKT', 'Styret for Nasjonal IKT HF', 'Nasjonalt utvalg for IKT-prioritering'],
      members: ['NASJONAL-IKT', 'NIKT-HF', 'NUIT'],
    });
    expect(laneMembers(l, 'NUIT').sort()).toEqual(['NASJONAL-IKT', 'NIKT-HF', 'NUIT']);
    expect(todaysBody(l, 'NASJONAL-IKT')).toBe('NUIT');
    expect(becameOf(l, 'NASJONAL-IKT')).toEqual({
      id: 'Committee:NUIT',
      name: bodies[2]!.name,
      type: 'SUCCEEDED_BY',
      date: '2014-01-01',
    });
    expect(becameOf(l, 'NUIT')).toBeUndefined();
    // A body with no history and no former names is no lane of its own.
    expect(l.lanes.map((x) => x.key)).toEqual(['NUIT']);
  });

  it('leaves out a link that closes a cycle, says so, and still ends every lane', () => {
    const l = buildLineage(bodies, [
      link('NASJONAL-IKT', 'NUIT'),
      link('NUIT', 'NASJONAL-IKT', {
        source: 'Referat NUIT 2016, linje 4',
        document: { id: 'd:0', lineStart: 4, lineEnd: 4 },
      }),
    ]);
    expect(l.links).toHaveLength(1);
    expect(l.warnings).toEqual(['NUIT → NASJONAL-IKT (Referat NUIT 2016, linje 4) left out: it would make a cycle']);
    expect(todaysBody(l, 'NASJONAL-IKT')).toBe('NUIT');
  });

  it('follows the later of two successors', () => {
    const l = buildLineage(bodies, [
      link('NASJONAL-IKT', 'NUFA', { date: '2010-01-01' }),
      link('NASJONAL-IKT', 'NUIT', { date: '2016-01-01' }),
    ]);
    expect(todaysBody(l, 'NASJONAL-IKT')).toBe('NUIT');
  });
});
