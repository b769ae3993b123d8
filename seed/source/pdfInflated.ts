import { createInflate } from 'node:zlib';

const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');

/**
 * Whether a PDF's compressed streams inflate to more than `limit` bytes in all, counted without
 * keeping what they inflate to. pdf.js inflates a content stream whole before it reads it, so a
 * 1 MB file whose page inflates to 400 MB of operators took the process's memory; this count
 * refuses such a file first. Image streams are not counted: pdf.js never decodes them for text.
 */
export async function inflatesOver(bytes: Uint8Array, limit: number): Promise<boolean> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = buf.indexOf(STREAM); at >= 0; at = buf.indexOf(STREAM, at + STREAM.length)) {
    // "endstream" also holds "stream"; a stream's data starts after "stream" and its line end.
    if (at >= 3 && buf.subarray(at - 3, at).toString('latin1') === 'end') continue;
    let start = at + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const end = buf.indexOf(END, start);
    const stop = end < 0 ? buf.length : end;
    const dict = buf.subarray(Math.max(0, at - 2048), at).toString('latin1');
    const ownDict = dict.slice(dict.lastIndexOf('obj'));
    if (/\/FlateDecode|\/Fl\b/.test(ownDict) && !/\/Subtype\s*\/Image/.test(ownDict)) {
      total += await inflatedLength(buf.subarray(start, stop), limit - total + 1);
      if (total > limit) return true;
    }
    at = stop;
  }
  return false;
}

/** Bytes a zlib stream inflates to, up to `cap` (a broken stream counts what it gave). */
function inflatedLength(data: Buffer, cap: number): Promise<number> {
  return new Promise((resolve) => {
    let n = 0;
    const z = createInflate({ finishFlush: 2 /* Z_SYNC_FLUSH: a truncated stream gives what it has */ });
    const done = () => resolve(n);
    z.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n >= cap) {
        z.destroy();
        done();
      }
    });
    z.on('end', done);
    z.on('error', done);
    z.on('close', done);
    z.end(data);
  });
}
