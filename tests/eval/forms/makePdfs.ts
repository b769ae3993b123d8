import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Makes the PDF form of every evaluation document in tests/eval/forms with a real layout engine
 * (LibreOffice Writer, headless): the text is laid out as a word processor would, tables as
 * tables, so the PDF text layer has the wraps, cell order and spacing of a published PDF. The PDFs
 * are committed; run this (`npx tsx tests/eval/forms/makePdfs.ts`) after changing a document.
 * Needs `soffice` (Debian: libreoffice-writer-nogui).
 */

const DIR = fileURLToPath(new URL('./', import.meta.url));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cells = (line: string) =>
  line.includes('\t')
    ? line.split('\t')
    : line
        .replace(/^\s*\|/, '')
        .replace(/\|\s*$/, '')
        .split(/\s\|\s?|\s?\|\s/);
const isRow = (line: string) => line.includes('\t') || / \| /.test(line);
/** A case heading ("Sak 06/23 …", "NUIT 10/24 …") is a paragraph of its own. */
const HEADING = /^(?:Sak\s|NUIT\s\d)/;
const isBullet = (line: string) => /^\s*[-•]\s+/.test(line);

/** Text as written in the .txt form to HTML: tables for "a | b" or tab rows, lists for bullets, paragraphs. */
export function toHtml(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    if (!line.trim()) {
      i++;
      continue;
    }
    if (isRow(line)) {
      const rows: string[][] = [];
      for (; i < lines.length && isRow(lines[i]!); i++) rows.push(cells(lines[i]!));
      const width = Math.max(...rows.map((r) => r.length));
      // A first row of short words with no digits is the header row.
      const header = rows.length > 1 && rows[0]!.every((c) => c.trim().length < 20 && !/\d/.test(c));
      out.push('<table border="1" cellpadding="4" style="border-collapse:collapse">');
      rows.forEach((r, k) => {
        const tag = header && k === 0 ? 'th' : 'td';
        const padded = [...r, ...Array<string>(width - r.length).fill('')];
        out.push(`<tr>${padded.map((c) => `<${tag}>${esc(c.trim())}</${tag}>`).join('')}</tr>`);
      });
      out.push('</table>');
      continue;
    }
    if (isBullet(line)) {
      out.push('<ul>');
      for (; i < lines.length && isBullet(lines[i]!); i++)
        out.push(`<li>${esc(lines[i]!.replace(/^\s*[-•]\s+/, ''))}</li>`);
      out.push('</ul>');
      continue;
    }
    // A long line not ending a sentence runs on into the next: the layout engine wraps it anew.
    const parts = [line.trim()];
    while (i + 1 < lines.length && lines[i + 1]!.trim() && !isRow(lines[i + 1]!) && !isBullet(lines[i + 1]!)) {
      const last = parts[parts.length - 1]!;
      if (last.length < 50 || /[.:!?]$/.test(last) || HEADING.test(last)) break;
      parts.push(lines[++i]!.trim());
    }
    i++;
    const p = parts.join(' ');
    out.push(
      i === 1 ? `<h1>${esc(p)}</h1>` : HEADING.test(p) && p.length < 90 ? `<h2>${esc(p)}</h2>` : `<p>${esc(p)}</p>`,
    );
  }
  return `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><style>body{font-family:'DejaVu Sans';font-size:10pt}h1{font-size:14pt}h2{font-size:11pt}</style></head><body>\n${out.join('\n')}\n</body></html>\n`;
}

function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'sakskart-forms-'));
  try {
    for (const sub of ['documents', 'heldout']) {
      for (const f of readdirSync(join(DIR, sub)).filter((x) => x.endsWith('.txt'))) {
        const html = join(tmp, f.replace(/\.txt$/, '.html'));
        writeFileSync(html, toHtml(readFileSync(join(DIR, sub, f), 'utf8')));
        // Read as a Writer document, not Writer/Web: Writer/Web's PDF export leaves an empty first
        // page and drops the heading that should stand on it (a document's title, its committee).
        execFileSync(
          'soffice',
          [
            '--headless',
            '--infilter=HTML (StarWriter)',
            '--convert-to',
            'pdf:writer_pdf_Export',
            '--outdir',
            tmp,
            html,
          ],
          { stdio: 'ignore', env: { ...process.env, HOME: tmp } },
        );
        renameSync(html.replace(/\.html$/, '.pdf'), join(DIR, 'pdf', sub, f.replace(/\.txt$/, '.pdf')));
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
