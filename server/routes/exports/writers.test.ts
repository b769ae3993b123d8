import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { dataPackage, EDGES_TABLE, header, NODES_TABLE, rowOf, sourceRows, TABLES } from './csvBundle.js';
import { ftmId, membershipEntity, meetingEntity, partyEntity, viewerUrl } from './ftm.js';
import { gexfWriter } from './gexf.js';
import { graphmlWriter } from './graphml.js';
import type { ExportEdge, ExportNode } from './model.js';
import { toExportNode } from './queries.js';

const src = { doc: 'abc:1', name: 'NUIT referat', file: 'referat.pdf', lineStart: 12, lineEnd: 14 };
const nodes: ExportNode[] = [
  {
    id: 'Case:NUIT-37/22',
    kind: 'Case',
    label: 'NUIT 37/22 Plan <&> "x"\u000c',
    date: '2022-09-14',
    committee: 'NUIT',
    sources: [src],
  },
  { id: 'Topic:ehds', kind: 'Topic', label: 'EHDS', sources: [] },
];
const edges: ExportEdge[] = [
  {
    id: 'ABOUT|Case:NUIT-37/22|Topic:ehds',
    source: 'Case:NUIT-37/22',
    target: 'Topic:ehds',
    type: 'ABOUT',
    weight: 3,
    sources: [src],
  },
];
const write = (mk: typeof gexfWriter, batches = 1) => {
  let out = '';
  const w = mk((c) => (out += c), { description: 'test', date: '2026-12-06' });
  for (let i = 0; i < batches; i++) w.nodes(nodes.slice(i, i + 1));
  w.edges(edges);
  w.end();
  return out;
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

describe('stance of statements in the exports', () => {
  const stored = { id: 's1', text: 'KS er bekymret for kostnadene.', kind: 'input', stance: 'concern' };
  it("carries a statement's stance and cue in nodes.csv, and nothing for other nodes", () => {
    const st = toExportNode('Statement', { ...stored, stanceCue: 'er bekymret for' }, [src]);
    expect(st).toMatchObject({ stance: 'concern', stanceCue: 'er bekymret for', category: 'input' });
    expect(rowOf(NODES_TABLE, st)).toMatch(/,input,,,,1,concern,er bekymret for\r\n$/);
    // Stored before stances: information, no cue.
    const old = toExportNode('Statement', { id: 's2', text: 'KS orienterte.' }, []);
    expect(rowOf(NODES_TABLE, old)).toMatch(/,0,information,\r\n$/);
    const org = toExportNode('Organization', { id: 'ks', name: 'KS', stance: 'concern' }, []);
    expect(org.stance).toBeUndefined();
    const pkg = dataPackage('2026-12-07');
    const field = pkg.resources.find((r) => r.name === 'nodes')!.schema.fields.find((f) => f.name === 'stance')!;
    expect(field.constraints?.enum).toEqual(['concern', 'objection', 'request', 'question', 'support', 'information']);
  });

  it('declares stance and its cue as node attributes for Gephi', () => {
    const st = toExportNode('Statement', { ...stored, stanceCue: 'er bekymret for' }, [src]);
    const out: string[] = [];
    const w = gexfWriter((c) => out.push(c), { description: 'test', date: '2026-12-06' });
    w.nodes([st]);
    w.end();
    const g = parser.parse(out.join('')).gexf.graph;
    const attrs = g.attributes.find((a: { class: string }) => a.class === 'node').attribute;
    expect(attrs.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(['stance', 'stanceCue']));
    const values = Object.fromEntries(
      [g.nodes.node.attvalues.attvalue].flat().map((v: { for: string; value: string }) => [v.for, v.value]),
    );
    expect(values).toMatchObject({ stance: 'concern', stanceCue: 'er bekymret for' });
  });
});

describe('gexfWriter', () => {
  it('writes GEXF 1.3 with declared attributes, nodes before edges and provenance per fact', () => {
    const doc = parser.parse(write(gexfWriter, 2));
    expect(doc.gexf.xmlns).toBe('http://gexf.net/1.3');
    expect(doc.gexf.version).toBe('1.3');
    const g = doc.gexf.graph;
    expect(g.defaultedgetype).toBe('directed');
    const nodeAttrs = g.attributes.find((a: { class: string }) => a.class === 'node').attribute;
    expect(nodeAttrs.find((a: { id: string }) => a.id === 'sourceCount').type).toBe('integer');
    const [kase] = g.nodes.node;
    expect(kase.label).toBe('NUIT 37/22 Plan <&> "x"');
    const values = Object.fromEntries(
      kase.attvalues.attvalue.map((v: { for: string; value: string }) => [v.for, v.value]),
    );
    expect(values).toMatchObject({
      kind: 'Case',
      date: '2022-09-14',
      sources: 'referat.pdf:12-14',
      documents: 'abc:1',
    });
    expect(g.edges.edge).toMatchObject({
      source: 'Case:NUIT-37/22',
      target: 'Topic:ehds',
      label: 'ABOUT',
      weight: '3',
    });
  });
  it('refuses nodes after edges (the format orders them)', () => {
    const w = gexfWriter(() => {}, { description: '', date: '2026-12-06' });
    w.edges(edges);
    expect(() => w.nodes(nodes)).toThrow(/before edges/);
  });
});

describe('graphmlWriter', () => {
  it('declares typed keys before the graph and writes data per key', () => {
    const doc = parser.parse(write(graphmlWriter));
    const keys = doc.graphml.key as { id: string; 'attr.type': string }[];
    expect(keys.find((k) => k.id === 'e_weight')!['attr.type']).toBe('double');
    expect(keys.find((k) => k.id === 'n_sourceCount')!['attr.type']).toBe('int');
    const edge = doc.graphml.graph.edge;
    expect(edge.data.find((d: { key: string }) => d.key === 'e_weight')['#text']).toBe(3);
  });
});

describe('FollowTheMoney entities', () => {
  it('have stable ids and provenance in proof, notes and sourceUrl', () => {
    expect(ftmId('Person:kari')).toBe(ftmId('Person:kari'));
    expect(ftmId('Person:kari')).not.toBe(ftmId('Person:ola'));
    const p = partyEntity(
      { id: 'Organization:ks', kind: 'Organization', name: 'KS', category: 'municipal-association', sources: [src] },
      { baseUrl: 'http://x:1' },
    );
    expect(p.schema).toBe('Organization');
    expect(p.properties.proof).toEqual([ftmId('Document:abc:1')]);
    expect(p.properties.notes).toEqual(['Kilde: referat.pdf:12-14']);
    expect(p.properties.sourceUrl).toEqual(['http://x:1/?view=documents&doc=abc%3A1&lines=12-14']);
    expect(partyEntity({ id: 'Committee:NUIT', kind: 'Committee', name: 'NUIT', sources: [] }, {}).schema).toBe(
      'PublicBody',
    );
  });
  it('date memberships and meetings, leaving out what is not a date', () => {
    const m = membershipEntity(
      {
        person: 'Person:kari',
        organization: 'Committee:NUIT',
        type: 'MEMBER_OF',
        startDate: '2021-02-03',
        endDate: '2022-05',
        sources: [],
      },
      {},
    );
    expect(m.properties.startDate).toEqual(['2021-02-03']);
    expect(m.properties.endDate).toBeUndefined();
    expect(m.properties.member).toEqual([ftmId('Person:kari')]);
    const e = meetingEntity(
      {
        id: 'Meeting:NUIT-2022-09-14',
        name: 'NUIT-møte',
        committee: 'Committee:NUIT',
        startDate: '2022-09-14',
        attendees: ['Person:kari'],
        sources: [],
      },
      {},
    );
    expect(e.schema).toBe('Event');
    expect(e.properties.organizer).toEqual([ftmId('Committee:NUIT')]);
    expect(e.properties.involved).toEqual([ftmId('Person:kari')]);
  });
  it('viewerUrl names one line without a range', () => {
    expect(viewerUrl('http://h', 'd', 3, 3)).toBe('http://h/?view=documents&doc=d&lines=3');
  });
});

describe('CSV bundle', () => {
  it('describes every column of every table, with keys', () => {
    const pkg = dataPackage('2026-12-06');
    expect(pkg.resources.map((r) => r.path)).toEqual(TABLES.map((t) => t.path));
    for (const r of pkg.resources) for (const f of r.schema.fields) expect(f.description).toBeTruthy();
    const edgesRes = pkg.resources.find((r) => r.name === 'edges')!;
    expect(edgesRes.schema.foreignKeys).toContainEqual({
      fields: ['source'],
      reference: { resource: 'nodes', fields: ['id'] },
    });
  });
  it('writes rows matching the header, neutralised against formulas', () => {
    expect(header(NODES_TABLE)).toBe(
      'id,kind,label,category,committee,date,end_date,source_count,stance,stance_cue\r\n',
    );
    const row = rowOf(NODES_TABLE, { ...nodes[0]!, label: '=HYPERLINK("x")' });
    expect(row).toBe(`Case:NUIT-37/22,Case,"'=HYPERLINK(""x"")",,NUIT,2022-09-14,,1,,\r\n`);
    expect(rowOf(EDGES_TABLE, edges[0]!)).toBe(
      'ABOUT|Case:NUIT-37/22|Topic:ehds,ABOUT,Case:NUIT-37/22,Topic:ehds,,,3,1\r\n',
    );
    expect(sourceRows(edges[0]!, new Set(['abc:1']))).toEqual([
      { fact: edges[0]!.id, doc: 'abc:1', lineStart: 12, lineEnd: 14 },
    ]);
    expect(sourceRows(edges[0]!, new Set())).toEqual([]);
  });
});
