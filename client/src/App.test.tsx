import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './App.js';

afterEach(() => vi.unstubAllGlobals());

describe('App', () => {
  it('shows the Neo4j version from /api/health', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ neo4j: { version: '5.26.16' }, nodes: {} }))));
    render(<App />);
    expect(await screen.findByText('Neo4j 5.26.16')).toBeTruthy();
  });

  it('says so when the API cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('down', { status: 503 })));
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('HTTP 503');
  });
});
