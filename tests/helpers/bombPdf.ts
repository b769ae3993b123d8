import { deflateSync } from 'node:zlib';

/**
 * A valid one-page PDF whose content stream is `mb` MB of text operators deflated (to ~1/1000th
 * with zlib), built with node:zlib: the deflate bomb of issue 26, at a size a test can afford.
 */
export function deflateBombPdf(mb: number): Uint8Array {
  const op = Buffer.from('BT /F1 10 Tf 50 800 Td (Sak 12/22 e-helse) Tj ET\n', 'latin1');
  const content = Buffer.alloc(Math.ceil((mb * 2 ** 20) / op.length) * op.length);
  for (let i = 0; i < content.length; i += op.length) op.copy(content, i);
  const stream = deflateSync(content, { level: 9 });
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let size = 0;
  const add = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    size += buf.length;
  };
  add('%PDF-1.4\n');
  const objects: (string | Buffer[])[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    [
      Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      stream,
      Buffer.from('\nendstream', 'latin1'),
    ],
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  objects.forEach((o, i) => {
    offsets.push(size);
    add(`${i + 1} 0 obj\n`);
    if (typeof o === 'string') add(o);
    else o.forEach(add);
    add('\nendobj\n');
  });
  const xref = size;
  add(
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`,
  );
  add(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}
