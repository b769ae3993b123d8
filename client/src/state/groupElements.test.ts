import { describe, expect, it } from 'vitest';
import type { ElementsT } from '../../../graph/api/responses.js';
import { groupElements, isGroupId, labelServerGroups, serverGroup } from './groupElements.js';

const node = (id: string, kind: string, label = id) => ({ group: 'nodes' as const, data: { id, kind, label } });
const edge = (type: string, source: string, target: string) => ({
  group: 'edges' as const,
  data: { id: `${type}|${source}|${target}`, source, target, type, label: type.toLowerCase() },
});

/** A committee with 3 organisations of 4 people each, a case with 5 statements, one lone person. */
function committee(): ElementsT {
  const nodes = [node('Committee:NUIT', 'Committee'), node('Case:NUIT-1/22', 'Case')];
  const edges = [];
  for (const org of ['ks', 'fhi', 'helse-vest']) {
    nodes.push(node(`Organization:${org}`, 'Organization', org.toUpperCase()));
    for (let i = 0; i < 4; i++) {
      const p = `Person:${org}-${i}`;
      nodes.push(node(p, 'Person'));
      edges.push(edge('REPRESENTS', p, `Organization:${org}`), edge('MEMBER_OF', p, 'Committee:NUIT'));
    }
  }
  nodes.push(node('Person:alone', 'Person'), node('Organization:ks-solo', 'Organization'));
  edges.push(edge('REPRESENTS', 'Person:alone', 'Organization:ks-solo'));
  for (let i = 0; i < 5; i++) {
    nodes.push(node(`Statement:s${i}`, 'Statement'));
    edges.push(edge('ON', `Statement:s${i}`, 'Case:NUIT-1/22'), edge('RAISED', 'Organization:ks', `Statement:s${i}`));
  }
  return { nodes, edges, truncated: false };
}

const label = (kind: string, n: number, anchor: string) => `${anchor}: ${n} ${kind}`;
const opts = { expanded: new Set<string>(), keep: new Set<string>(), label, threshold: 10 };
const ids = (x: { nodes: { data: { id: string } }[] }) => x.nodes.map((n) => n.data.id);

describe('grouping a big neighbourhood', () => {
  it('leaves a small graph as it is', () => {
    const data = committee();
    expect(groupElements(data, { ...opts, threshold: 1000 })).toEqual({ ...data, groups: [] });
  });

  it('shows people as one node per organisation and statements as one node per case, with counts', () => {
    const shown = groupElements(committee(), opts);
    expect(ids(shown).filter((id) => id.startsWith('Person:'))).toEqual(['Person:alone']);
    expect(ids(shown).some((id) => id.startsWith('Statement:'))).toBe(false);
    const groups = shown.nodes.filter((n) => isGroupId(n.data.id)).map((n) => [n.data.id, n.data.label]);
    expect(groups).toEqual([
      ['Group:Person@Organization:fhi', 'FHI: 4 Person'],
      ['Group:Person@Organization:helse-vest', 'HELSE-VEST: 4 Person'],
      ['Group:Person@Organization:ks', 'KS: 4 Person'],
      ['Group:Statement@Case:NUIT-1/22', 'Case:NUIT-1/22: 5 Statement'],
    ]);
  });

  it('redirects members’ edges to their group, merged with a count, and keeps every endpoint drawn', () => {
    const shown = groupElements(committee(), opts);
    const memberOf = shown.edges.find(
      (e) => e.data.source === 'Group:Person@Organization:ks' && e.data.type === 'MEMBER_OF',
    );
    expect(memberOf?.data).toMatchObject({ target: 'Committee:NUIT', count: 4 });
    const raised = shown.edges.find((e) => e.data.type === 'RAISED');
    expect(raised?.data).toMatchObject({
      source: 'Organization:ks',
      target: 'Group:Statement@Case:NUIT-1/22',
      count: 5,
    });
    const drawn = new Set(ids(shown));
    for (const e of shown.edges) {
      expect(drawn.has(e.data.source)).toBe(true);
      expect(drawn.has(e.data.target)).toBe(true);
    }
    expect(new Set(shown.edges.map((e) => e.data.id)).size).toBe(shown.edges.length);
  });

  it('opens a group on demand, and never hides a node the user opened or selected', () => {
    const open = groupElements(committee(), { ...opts, expanded: new Set(['Group:Person@Organization:ks']) });
    expect(ids(open)).toEqual(expect.arrayContaining(['Person:ks-0', 'Person:ks-3']));
    expect(ids(open)).not.toContain('Group:Person@Organization:ks');
    expect(ids(open)).toContain('Group:Person@Organization:fhi');

    const kept = groupElements(committee(), { ...opts, keep: new Set(['Person:fhi-2']) });
    expect(ids(kept)).toContain('Person:fhi-2');
    expect(kept.nodes.find((n) => n.data.id === 'Group:Person@Organization:fhi')?.data.count).toBe(3);
  });
});

describe('groups the server folded', () => {
  const folded = (): ElementsT => {
    const g = 'Group:Case@Meeting:NUIT-2022-05-09/TREATED_AT';
    return {
      nodes: [
        node('Committee:NUIT', 'Committee'),
        node('Meeting:NUIT-2022-05-09', 'Meeting', 'NUIT 2022-05-09'),
        {
          group: 'nodes',
          data: {
            id: g,
            kind: 'Group',
            label: 'x',
            memberKind: 'Case',
            count: 8,
            anchor: 'Meeting:NUIT-2022-05-09',
            rel: 'TREATED_AT',
          },
        },
      ],
      edges: [
        edge('OF', 'Meeting:NUIT-2022-05-09', 'Committee:NUIT'),
        edge('TREATED_AT', g, 'Meeting:NUIT-2022-05-09'),
      ],
      truncated: false,
    };
  };

  it('are labelled in the reader’s language with their anchor and count', () => {
    const labelled = labelServerGroups(
      folded(),
      (kind, n, anchor) => `${anchor}: ${n} ${kind === 'Case' ? 'saker' : kind}`,
    );
    expect(labelled.nodes[2]!.data.label).toBe('NUIT 2022-05-09: 8 saker');
    // Other nodes keep their labels.
    expect(labelled.nodes[1]!.data.label).toBe('NUIT 2022-05-09');
  });

  it('are told apart from the client’s own groups, and say which node opens them', () => {
    const data = folded();
    expect(serverGroup(data, 'Group:Case@Meeting:NUIT-2022-05-09/TREATED_AT')).toEqual({
      id: 'Group:Case@Meeting:NUIT-2022-05-09/TREATED_AT',
      memberKind: 'Case',
      count: 8,
      anchor: 'Meeting:NUIT-2022-05-09',
    });
    expect(serverGroup(data, 'Meeting:NUIT-2022-05-09')).toBeUndefined();
    // A group the client formed itself has no anchor in the server's answer.
    expect(serverGroup(committee(), 'Group:Person@Organization:ks')).toBeUndefined();
  });

  it('pass through the client’s grouping as they are', () => {
    const out = groupElements(folded(), { ...opts, threshold: 1 });
    expect(ids(out)).toContain('Group:Case@Meeting:NUIT-2022-05-09/TREATED_AT');
    expect(out.edges.map((e) => e.data.id)).toContain(
      'TREATED_AT|Group:Case@Meeting:NUIT-2022-05-09/TREATED_AT|Meeting:NUIT-2022-05-09',
    );
  });
});
