import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UploadPanel } from './UploadPanel.js';

afterEach(() => vi.unstubAllGlobals());

const file = () => new File(['Referat fra møte'], 'referat.txt', { type: 'text/plain' });

describe('UploadPanel', () => {
  it('without a token, says why the upload was refused and where the token is', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(
          { title: 'Unauthorized', status: 401, detail: 'Adding or removing documents needs the admin token.' },
          { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    render(<UploadPanel onToken={() => {}} onLoaded={() => {}} />);
    fireEvent.change(screen.getByTestId('upload-input'), { target: { files: [file()] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Du må oppgi admin-nøkkelen');
    expect(alert.textContent).toContain('admin-token i SAKSKART_HOME');
  });

  it('sends the token and shows each file’s result as its line arrives', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(
          [
            JSON.stringify({
              type: 'file',
              file: 'referat.txt',
              status: 'loaded',
              documents: 1,
              meetings: 1,
              cases: 3,
              statements: 5,
              actionItems: 1,
              warnings: ['referat.txt:4: no date'],
            }),
            JSON.stringify({ type: 'done', counts: { loaded: 1 } }),
            '',
          ].join('\n'),
          { headers: { 'Content-Type': 'application/x-ndjson' } },
        ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const onLoaded = vi.fn();
    render(<UploadPanel token="secret-token" onToken={() => {}} onLoaded={onLoaded} />);
    fireEvent.change(screen.getByTestId('upload-input'), { target: { files: [file()] } });
    expect(await screen.findByText('lastet')).toBeTruthy();
    expect(screen.getByText('3 / 5 / 1')).toBeTruthy();
    expect(screen.getByText('Advarsler: 1')).toBeTruthy();
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer secret-token');
    expect((init.body as FormData).getAll('file')).toHaveLength(1);
    expect(onLoaded).toHaveBeenCalled();
  });
});
