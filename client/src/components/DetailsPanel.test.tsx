import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DrawnEdge } from '../state/drawnElements.js';
import { DetailsPanel } from './DetailsPanel.js';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const entity = {
  id: 'Case:NUIT-22/22',
  kind: 'Case',
  label: 'NUIT 22/22 Kostnadsfordeling',
  properties: {
    committee: 'NUIT',
    number: '22/22',
    title: 'Kostnadsfordeling',
    decision: 'NUIT drøfter fremlagte forslag.',
  },
  relationshipCounts: [{ type: 'ON', direction: 'in', count: 2 }],
  sources: [
    {
      document: 'Referat NUIT 19.05.2022',
      file: 'nuit.txt',
      kind: 'minutes',
      lineStart: 527,
      lineEnd: 527,
      quote: '22/22 Kostnadsfordeling av drift',
    },
  ],
};
const statements = {
  nodes: [
    { group: 'nodes', data: { id: 'Case:NUIT-22/22', kind: 'Case', label: 'NUIT 22/22' } },
    {
      group: 'nodes',
      data: {
        id: 'Statement:a',
        kind: 'Statement',
        category: 'input',
        label: 'a',
        text: 'Apotekforeningen mener prinsippene er ulike.',
      },
    },
    {
      group: 'nodes',
      data: { id: 'Statement:b', kind: 'Statement', category: 'response', label: 'b', text: 'Direktoratet svarte.' },
    },
    { group: 'nodes', data: { id: 'Organization:apotekforeningen', kind: 'Organization', label: 'Apotekforeningen' } },
  ],
  edges: [
    {
      group: 'edges',
      data: { id: 'e1', source: 'Organization:apotekforeningen', target: 'Statement:a', type: 'RAISED', label: '' },
    },
    {
      group: 'edges',
      data: { id: 'e2', source: 'Statement:b', target: 'Statement:a', type: 'RESPONDS_TO', label: '' },
    },
  ],
  truncated: false,
};

describe('DetailsPanel', () => {
  it('shows the decision, the statements with who raised them, and the quoted source with lines', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => json(url.startsWith('/api/entities/') ? entity : statements)),
    );
    render(
      <DetailsPanel
        selected="Case:NUIT-22/22"
        elements={{ nodes: [], edges: [], truncated: false }}
        onOpen={() => {}}
      />,
    );
    expect(await screen.findByText('NUIT drøfter fremlagte forslag.')).toBeTruthy();
    expect(await screen.findByText('Apotekforeningen:')).toBeTruthy();
    expect(screen.getByText('Apotekforeningen mener prinsippene er ulike.')).toBeTruthy();
    expect(screen.getByText(/↳ .*Direktoratet svarte\./)).toBeTruthy();
    expect(screen.getByText('22/22 Kostnadsfordeling av drift')).toBeTruthy();
    expect(screen.getByText(/Referat NUIT 19\.05\.2022 \(nuit\.txt\), linje 527/)).toBeTruthy();
  });

  const twoNodes = (edgeData: Record<string, unknown>) => ({
    nodes: [
      { group: 'nodes' as const, data: { id: 'Person:p', kind: 'Person', label: 'Kari' } },
      { group: 'nodes' as const, data: { id: 'Committee:NUIT', kind: 'Committee', label: 'NUIT' } },
    ],
    edges: [
      {
        group: 'edges' as const,
        data: { source: 'Person:p', target: 'Committee:NUIT', type: 'MEMBER_OF', label: 'medlem av', ...edgeData },
      } as DrawnEdge,
    ],
    truncated: false,
  });
  const source = (i: number) => ({
    document: `Referat ${i}`,
    file: `r${i}.txt`,
    kind: 'minutes',
    lineStart: i,
    lineEnd: i + 1,
    quote: `sitat ${i}`,
  });

  it('asks for an edge’s sources when it is opened, and shows them with lines', async () => {
    const fetch = vi.fn(async (_url: string) => json({ total: 1, sources: [source(3)] }));
    vi.stubGlobal('fetch', fetch);
    const elements = twoNodes({ id: 'MEMBER_OF|Person:p|Committee:NUIT', sourceCount: 1 });
    render(<DetailsPanel selected="MEMBER_OF|Person:p|Committee:NUIT" elements={elements} onOpen={() => {}} />);
    expect(screen.getByText('Kari → NUIT')).toBeTruthy();
    expect(await screen.findByText('sitat 3')).toBeTruthy();
    expect(screen.getByText(/linje 3–4/)).toBeTruthy();
    const url = new URL(String(fetch.mock.calls[0]![0]), 'http://x');
    expect(url.pathname).toBe('/api/edges/sources');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      source: 'Person:p',
      target: 'Committee:NUIT',
      type: 'MEMBER_OF',
    });
    expect(screen.queryByText(/av \d+ kilder/)).toBeNull();
  });

  it('does not ask for the sources of an edge to a group, and says where they are', () => {
    const fetch = vi.fn(async () => json({ total: 0, sources: [] }));
    vi.stubGlobal('fetch', fetch);
    const g = 'Group:Person@Organization:ks';
    const elements = {
      nodes: [
        { group: 'nodes' as const, data: { id: g, kind: 'Group', label: 'KS: 4 personer' } },
        { group: 'nodes' as const, data: { id: 'Committee:NUIT', kind: 'Committee', label: 'NUIT' } },
      ],
      edges: [
        {
          group: 'edges' as const,
          data: {
            id: `MEMBER_OF|${g}|Committee:NUIT`,
            source: g,
            target: 'Committee:NUIT',
            type: 'MEMBER_OF',
            label: 'medlem av',
            count: 4,
          },
        },
      ],
      truncated: false,
    };
    render(<DetailsPanel selected={`MEMBER_OF|${g}|Committee:NUIT`} elements={elements} onOpen={() => {}} />);
    expect(screen.getByText(/står for 4 koblinger til medlemmer av gruppen/)).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says how many sources there are when it lists only the most authoritative', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ total: 250, sources: [1, 2, 3].map(source) })),
    );
    const elements = twoNodes({ id: 'MEMBER_OF|Person:p|Committee:NUIT', sourceCount: 250 });
    render(<DetailsPanel selected="MEMBER_OF|Person:p|Committee:NUIT" elements={elements} onOpen={() => {}} />);
    expect(await screen.findByText(/Viser de 3 viktigste av 250 kilder/)).toBeTruthy();
  });

  it('offers a retry when the API is down', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 503 })),
    );
    render(
      <DetailsPanel selected="Case:X-1/22" elements={{ nodes: [], edges: [], truncated: false }} onOpen={() => {}} />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Kunne ikke hente data');
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeTruthy();
  });
});
