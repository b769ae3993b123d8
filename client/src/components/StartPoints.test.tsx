import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StartPoints } from './StartPoints.js';

afterEach(() => vi.unstubAllGlobals());

describe('StartPoints', () => {
  it('offers the busiest topics and the latest meetings as ways into the graph', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({
          meetings: [
            {
              id: 'NUIT-2022-09-14',
              committee: 'NUIT',
              number: '4/2022',
              startDate: '2022-09-14',
              endDate: '2022-09-14',
              place: null,
              cases: 10,
            },
          ],
        }),
      ),
    );
    const onOpen = vi.fn();
    render(
      <StartPoints topics={{ topics: [{ id: 'Topic:ehds', name: 'EHDS', cases: 3 }], links: [] }} onOpen={onOpen} />,
    );
    fireEvent.click(screen.getByRole('button', { name: /EHDS/ }));
    expect(onOpen).toHaveBeenCalledWith('Topic:ehds');
    fireEvent.click(await screen.findByRole('button', { name: /NUIT 14\.09\.2022 \(4\/2022\)/ }));
    expect(onOpen).toHaveBeenCalledWith('Meeting:NUIT-2022-09-14');
  });
});
