import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useApi } from './client.js';

afterEach(() => vi.unstubAllGlobals());

const busy = (retryAfter?: string) =>
  Response.json(
    { title: 'Too Many Requests', status: 429 },
    {
      status: 429,
      headers: { 'Content-Type': 'application/problem+json', ...(retryAfter ? { 'Retry-After': retryAfter } : {}) },
    },
  );

describe('useApi', () => {
  it('asks a busy server again after its Retry-After, and shows the answer', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(busy('1'))
      .mockResolvedValueOnce(Response.json({ ok: 1 }));
    vi.stubGlobal('fetch', fetch);
    const { result } = renderHook(() => useApi<{ ok: number }>('/api/matrix'));
    await waitFor(() => expect(result.current.data).toEqual({ ok: 1 }), { timeout: 3000 });
    expect(result.current.error).toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('shows the error when the server gives no time to come back', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(busy()));
    const { result } = renderHook(() => useApi('/api/matrix'));
    await waitFor(() => expect(result.current.error?.status).toBe(429));
    expect(result.current.loading).toBe(false);
  });
});
