import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  it('shows an edge with its sources from the graph elements', () => {
    const elements = {
      nodes: [
        { group: 'nodes' as const, data: { id: 'Case:A', kind: 'Case', label: 'Sak A' } },
        { group: 'nodes' as const, data: { id: 'Topic:t', kind: 'Topic', label: 'Tema T' } },
      ],
      edges: [
        {
          group: 'edges' as const,
          data: {
            id: 'ABOUT|Case:A|Topic:t',
            source: 'Case:A',
            target: 'Topic:t',
            type: 'ABOUT',
            label: 'handler om',
            sources: [{ document: 'Referat', lineStart: 3, lineEnd: 4, quote: 'sitat' }],
          },
        },
      ],
      truncated: false,
    };
    render(<DetailsPanel selected="ABOUT|Case:A|Topic:t" elements={elements} onOpen={() => {}} />);
    expect(screen.getByText('Sak A → Tema T')).toBeTruthy();
    expect(screen.getByText('sitat')).toBeTruthy();
    expect(screen.getByText(/linje 3–4/)).toBeTruthy();
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
