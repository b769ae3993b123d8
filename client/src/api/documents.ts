import type { DocumentRemovalT, UploadFileResultT } from '../../../graph/api/documents.js';
import { ApiError } from './client.js';

async function problem(res: Response): Promise<ApiError> {
  try {
    const p = (await res.json()) as { title?: string; detail?: string };
    return new ApiError(p.detail ?? p.title ?? `HTTP ${res.status}`, res.status);
  } catch {
    return new ApiError(`HTTP ${res.status}`, res.status);
  }
}

const authHeader = (token?: string): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});

/**
 * Uploads files; the server answers with one JSON line per file as each is loaded (NDJSON), which
 * is passed on as it arrives so the page can show progress.
 */
export async function uploadDocuments(
  files: File[],
  token: string | undefined,
  onResult: (r: UploadFileResultT) => void,
): Promise<void> {
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  let res: Response;
  try {
    res = await fetch('/api/documents', { method: 'POST', body: form, headers: authHeader(token) });
  } catch {
    throw new ApiError('network');
  }
  if (!res.ok || !res.body) throw await problem(res);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffered += value;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      const msg = JSON.parse(line) as { type: string; detail?: string };
      if (msg.type === 'file') onResult(msg as UploadFileResultT);
      if (msg.type === 'error') throw new ApiError(msg.detail ?? 'upload failed');
    }
    if (done) break;
  }
}

export async function removeDocument(id: string, token: string | undefined): Promise<DocumentRemovalT> {
  const res = await fetch(`/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE', headers: authHeader(token) });
  if (!res.ok) throw await problem(res);
  return (await res.json()) as DocumentRemovalT;
}
