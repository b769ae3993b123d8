import type { Response } from 'express';

/**
 * Writes an export to the response as it is made: writers push text synchronously, `flush` sends
 * what is pending and waits while the client is slower than the database (backpressure), so a
 * whole-graph export holds about one page at a time.
 */
export function responseSink(res: Response) {
  let pending: (string | Uint8Array)[] = [];
  let size = 0;
  return {
    write(chunk: string | Uint8Array) {
      pending.push(chunk);
      size += chunk.length;
    },
    async flush(force = false) {
      if (!force && size < 64 * 1024) return;
      const out = pending;
      pending = [];
      size = 0;
      for (const c of out) {
        if (res.destroyed) throw new Error('client went away');
        if (!res.write(c)) await new Promise<void>((ok) => res.once('drain', ok).once('close', ok));
      }
    },
  };
}

/** Content-Disposition of a download, with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A file-name part from a node id: "Case:NUIT-37/22" → "case-nuit-37-22". */
export function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'utsnitt'
  );
}
