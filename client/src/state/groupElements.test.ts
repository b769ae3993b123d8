import { describe, expect, it } from 'vitest';
import type { ElementsT } from '../../../graph/api/responses.js';
import { drawable, type DrawnElements } from './drawnElements.js';
import { groupElements, isGroupId, serverGroup } from './groupElements.js';

const node = (id: string, kind: string, label = id) => ({ group: 'nodes' as const, data: { id, kind, label } });
const edge = (type: string, source: string, target: string) => ({
  group: 'edges' as const,
  data: { id: `${type}|${source}|${target}`, source, target, type, label: type.toLowerCase() },
});

/** A committee with 3 organisations of 4 people each, a case with 5 statements, one lone person. */
function committee(): DrawnElements {
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

describe('a neighbourhood as the server sends it', () => {
  // Edges without id and label; the meeting's 8 cases folded into a count on the meeting.
  const wire = (): ElementsT => ({
    nodes: [
      node('Committee:NUIT', 'Committee'),
      {
        group: 'nodes',
        data: {
          id: 'Meeting:NUIT-2022-05-09',
          kind: 'Meeting',
          label: 'NUIT 2022-05-09',
          folded: [{ kind: 'Case', rel: 'TREATED_AT', outgoing: false, count: 8 }],
        },
      },
      node('Case:NUIT-1/22', 'Case'),
      node('Case:NUIT-2/22', 'Case'),
    ],
    edges: [
      { group: 'edges', data: { source: 'Meeting:NUIT-2022-05-09', target: 'Committee:NUIT', type: 'OF' } },
      {
        group: 'edges',
        data: { source: 'Case:NUIT-1/22', target: 'Case:NUIT-2/22', type: 'LINKED', kind: 'same-matter' },
      },
    ],
    truncated: false,
  });
  const edgeLabel = (type: string, kind?: unknown) => (kind ? `${type} (${String(kind)})` : type.toLowerCase());
  const groupLabel = (kind: string, n: number, anchor: string) => `${anchor}: ${n} ${kind === 'Case' ? 'saker' : kind}`;
  const g = 'Group:Case@Meeting:NUIT-2022-05-09/TREATED_AT/in';

  it('gets edge ids from type, ends and kind, and labels in the reader’s language', () => {
    const drawn = drawable(wire(), edgeLabel, groupLabel);
    expect(drawn.edges.slice(0, 2).map((e) => [e.data.id, e.data.label])).toEqual([
      ['OF|Meeting:NUIT-2022-05-09|Committee:NUIT', 'of'],
      ['LINKED:same-matter|Case:NUIT-1/22|Case:NUIT-2/22', 'LINKED (same-matter)'],
    ]);
  });

  it('draws each folded count as a group hanging on its anchor by the folded relationship', () => {
    const drawn = drawable(wire(), edgeLabel, groupLabel);
    expect(drawn.nodes.find((n) => n.data.id === g)?.data).toEqual({
      id: g,
      kind: 'Group',
      label: 'NUIT 2022-05-09: 8 saker',
      memberKind: 'Case',
      count: 8,
      anchor: 'Meeting:NUIT-2022-05-09',
      rel: 'TREATED_AT',
    });
    // Cases are treated at the meeting: the edge points from the group to its anchor, for 8 of them.
    const e = drawn.edges.find((x) => x.data.source === g);
    expect(e?.data).toMatchObject({ target: 'Meeting:NUIT-2022-05-09', type: 'TREATED_AT', count: 8 });
    expect(drawn.nodes.filter((n) => n.data.kind === 'Group')).toHaveLength(1);
  });

  it('tells the server’s groups from the client’s own, and says which node opens them', () => {
    const drawn = drawable(wire(), edgeLabel, groupLabel);
    expect(serverGroup(drawn, g)).toEqual({ id: g, memberKind: 'Case', count: 8, anchor: 'Meeting:NUIT-2022-05-09' });
    expect(serverGroup(drawn, 'Meeting:NUIT-2022-05-09')).toBeUndefined();
    // A group the client formed itself has no anchor in the server's answer.
    expect(serverGroup(committee(), 'Group:Person@Organization:ks')).toBeUndefined();
  });

  it('pass through the client’s grouping as they are', () => {
    const out = groupElements(drawable(wire(), edgeLabel, groupLabel), { ...opts, threshold: 1 });
    expect(ids(out)).toContain(g);
    expect(out.edges.map((e) => e.data.id)).toContain(`TREATED_AT|${g}|Meeting:NUIT-2022-05-09`);
  });
});
