import { describe, expect, it } from 'vitest';
import type { ElementsT } from '../../../graph/api/index.js';
import { applySummary, planSummary, protectedIds, type Facets } from './summary.js';

const node = (id: string, kind: string, data: Record<string, unknown> = {}) => ({
  group: 'nodes' as const,
  data: { id, kind, label: id, ...data },
});
const edge = (source: string, target: string, type: string) => ({
  group: 'edges' as const,
  data: { source, target, type, sourceCount: 1 },
});

/** A committee with `years` × 12 meetings, each with 3 cases, and 20 people of two organisations. */
function committee(years: number): ElementsT {
  const nodes: ElementsT['nodes'] = [node('Committee:NUIT', 'Committee')];
  const edges: ElementsT['edges'] = [];
  for (let y = 0; y < years; y++)
    for (let m = 1; m <= 12; m++) {
      const date = `${2013 + y}-${String(m).padStart(2, '0')}-10`;
      const meeting = `Meeting:NUIT-${date}`;
      nodes.push(node(meeting, 'Meeting', { committee: 'NUIT', startDate: date }));
      edges.push(edge(meeting, 'Committee:NUIT', 'OF'));
      for (let c = 0; c < 3; c++) {
        const id = `Case:NUIT-${y}-${m}-${c}`;
        nodes.push(node(id, 'Case', { committee: 'NUIT', date }));
        edges.push(edge(id, meeting, 'TREATED_AT'));
      }
    }
  for (let p = 0; p < 20; p++) {
    nodes.push(node(`Person:p${p}`, 'Person'));
    edges.push(edge(`Person:p${p}`, 'Committee:NUIT', 'MEMBER_OF'));
  }
  return { nodes, edges, truncated: false };
}
const facets: Facets = {
  person: new Map(
    Array.from({ length: 20 }, (_, p) => [
      `Person:p${p}`,
      p % 2 ? { id: 'ks', name: 'KS' } : { id: 'hdir', name: 'Hdir' },
    ]),
  ),
  statement: new Map(),
};

describe('a big neighbourhood as a summary', () => {
  it('leaves a neighbourhood that fits as it is', () => {
    const small = committee(1);
    expect(planSummary(small, new Set(['Committee:NUIT']), facets, 150).groups).toEqual([]);
  });

  it('folds the most numerous kinds by committee and year until at most the budget is drawn', () => {
    const all = committee(10); // 1 + 120 meetings + 360 cases + 20 people
    const plan = planSummary(all, protectedIds(all, ['Committee:NUIT']), facets, 150);
    const drawn = applySummary(all, plan, new Set());
    const closed = drawn.groups!.filter((g) => !g.open);
    expect(drawn.nodes.length + closed.length).toBeLessThanOrEqual(150);
    expect(closed.map((g) => g.id)).toContain('Group:Case~NUIT~2019');
    expect(closed.find((g) => g.id === 'Group:Case~NUIT~2019')).toMatchObject({ label: 'NUIT 2019', count: 36 });
    // Every node is drawn or counted in exactly one group.
    expect(drawn.nodes.length + closed.reduce((s, g) => s + g.count, 0)).toBe(all.nodes.length);
    // Edges of folded nodes lead to their group, merged with their count.
    const toMeetings = drawn.edges.find(
      (e) => e.data.source === 'Group:Case~NUIT~2019' && e.data.target === 'Group:Meeting~NUIT~2019',
    );
    expect(toMeetings?.data.count).toBe(36);
  });

  it('shows an opened group as exactly its count of nodes, and changes no other group', () => {
    const all = committee(10);
    const plan = planSummary(all, protectedIds(all, ['Committee:NUIT']), facets, 150);
    const before = applySummary(all, plan, new Set());
    const after = applySummary(all, plan, new Set(['Group:Case~NUIT~2019']));
    const members = after.nodes.filter((n) => n.data.group === 'Group:Case~NUIT~2019');
    expect(members).toHaveLength(36);
    expect(after.nodes.length - before.nodes.length).toBe(36);
    expect(after.groups!.filter((g) => !g.open)).toEqual(before.groups!.filter((g) => g.id !== 'Group:Case~NUIT~2019'));
    // An opened case still links to its meeting's group.
    expect(
      after.edges.some((e) => e.data.source === members[0]!.data.id && e.data.target === 'Group:Meeting~NUIT~2019'),
    ).toBe(true);
  });

  it('never folds the start node, nor the few neighbours of a node opened from it', () => {
    const all = committee(10);
    const meeting = 'Meeting:NUIT-2019-05-10';
    const keep = protectedIds(all, ['Committee:NUIT', meeting]);
    expect(keep.has('Case:NUIT-6-5-0')).toBe(true);
    const plan = planSummary(all, keep, facets, 150);
    expect(plan.groupOf.has(meeting)).toBe(false);
    expect(plan.groupOf.has('Case:NUIT-6-5-0')).toBe(false);
    expect(plan.groupOf.has('Committee:NUIT')).toBe(false);
  });

  it('reads as a few dozen groups: the start committee by year, others reached through topics by committee', () => {
    const all = committee(10);
    // Forty topics, each with three cases of each of three other committees over ten years.
    for (let t = 0; t < 40; t++) {
      const topic = `Topic:t${t}`;
      all.nodes.push(node(topic, 'Topic'));
      all.edges.push(edge(`Case:NUIT-${t % 10}-1-0`, topic, 'ABOUT'));
      for (const c of ['NUFA', 'EHELSERAD', 'EHELSESTYRE'])
        for (let i = 0; i < 3; i++) {
          const id = `Case:${c}-${t}-${i}`;
          all.nodes.push(node(id, 'Case', { committee: c, date: `${2013 + ((t + i) % 10)}-03-01` }));
          all.edges.push(edge(id, topic, 'ABOUT'));
        }
    }
    const named = {
      ...facets,
      committee: new Map([
        ['EHELSERAD', 'E-helserådet'],
        ['EHELSESTYRE', 'E-helsestyret'],
      ]),
    };
    const plan = planSummary(all, protectedIds(all, ['Committee:NUIT']), named, 150);
    const drawn = applySummary(all, plan, new Set());
    const closed = drawn.groups!.filter((g) => !g.open);
    expect(drawn.nodes.length + closed.length).toBeLessThanOrEqual(60);
    // NUIT's own meetings, one hop away, are split into years before anything further away.
    expect(closed.map((g) => g.id)).toContain('Group:Meeting~NUIT~2019');
    expect(closed.find((g) => g.id === 'Group:Case~NUIT~2019')).toMatchObject({ count: 36 });
    // Committees reached only through topics are split while room is left, else stay one group;
    // either way named by their short name.
    expect(closed.find((g) => g.id === 'Group:Case~EHELSERAD~2019')).toMatchObject({ label: 'E-helserådet 2019' });
    expect(closed.find((g) => g.id === 'Group:Case~EHELSESTYRE')).toMatchObject({ label: 'E-helsestyret', count: 120 });
    expect(drawn.nodes.length + closed.reduce((s, g) => s + g.count, 0)).toBe(all.nodes.length);
  });
});

describe('statements in a summary, by stance', () => {
  /** KS and 200 of its statements on two topics: concerns, requests and support. */
  function ks(): { data: ElementsT; facets: Facets } {
    const stances = ['concern', 'request', 'support', 'concern'] as const;
    const nodes: ElementsT['nodes'] = [node('Organization:ks', 'Organization')];
    const edges: ElementsT['edges'] = [];
    const statement: Facets['statement'] = new Map();
    for (let i = 0; i < 200; i++) {
      const id = `Statement:s${i}`;
      // Every tenth stored before stances: read as information.
      nodes.push(node(id, 'Statement', i % 10 === 9 ? {} : { stance: stances[i % 4], stanceCue: 'x' }));
      edges.push(edge('Organization:ks', id, 'RAISED'));
      statement.set(id, i < 120 ? { key: 'ehds', name: 'EHDS' } : { key: 'grunndata', name: 'Grunndata' });
    }
    return { data: { nodes, edges, truncated: false }, facets: { ...facets, statement } };
  }

  it('splits the statements of each topic by stance when the drawing has room, counting each once', () => {
    const { data, facets: f } = ks();
    const plan = planSummary(data, protectedIds(data, ['Organization:ks']), f, 150);
    const drawn = applySummary(data, plan, new Set());
    const closed = drawn.groups!.filter((g) => !g.open);
    expect(drawn.nodes.length + closed.length).toBeLessThanOrEqual(60);
    const concerns = closed.find((g) => g.id === 'Group:Statement~ehds~concern');
    const expected = data.nodes.filter(
      (n) => n.data.stance === 'concern' && Number(n.data.id.slice('Statement:s'.length)) < 120,
    ).length;
    expect(concerns).toMatchObject({ kind: 'Statement', label: 'EHDS', stance: 'concern', count: expected });
    expect(closed.find((g) => g.id === 'Group:Statement~grunndata~information')).toMatchObject({
      stance: 'information',
      count: 8,
    });
    expect(closed.every((g) => g.stance)).toBe(true);
    expect(closed.reduce((s, g) => s + g.count, 0)).toBe(200);
    // KS's edge to its concerns on EHDS stands for each of them.
    const toConcerns = drawn.edges.find((e) => e.data.target === 'Group:Statement~ehds~concern');
    expect(toConcerns?.data.count).toBe(expected);
  });

  it('splits years before stances: statements stay by topic when the budget is spent', () => {
    const all = committee(10);
    const { data, facets: f } = ks();
    const both: ElementsT = {
      nodes: [...all.nodes, ...data.nodes.slice(1)],
      edges: [...all.edges, ...data.edges.map((e) => ({ ...e, data: { ...e.data, source: 'Committee:NUIT' } }))],
      truncated: false,
    };
    const withoutStatements = planSummary(all, protectedIds(all, ['Committee:NUIT']), facets, 150);
    const plan = planSummary(both, protectedIds(both, ['Committee:NUIT']), { ...f, person: facets.person }, 150);
    const caseGroups = (p: typeof plan) => p.groups.filter((g) => g.kind !== 'Statement').map((g) => g.id);
    expect(caseGroups(plan)).toEqual(caseGroups(withoutStatements));
    const drawn = applySummary(both, plan, new Set());
    expect(drawn.nodes.length + drawn.groups!.length).toBeLessThanOrEqual(60);
  });
});
