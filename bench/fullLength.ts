/**
 * Full-length documents for the ingest bench: the bundled NUFA minutes and NUIT agenda (each
 * tens of kB, like real ones), renumbered and redated as a committee's meetings over the years.
 * Deterministic: the same n gives the same files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CORPUS_DIR } from '../seed/bundledCorpus.js';
import type { GeneratedFile } from './generateArchive.js';

export async function fullLengthDocuments(n: number, startYear = 2000): Promise<GeneratedFile[]> {
  const nufa = await readFile(path.join(CORPUS_DIR, 'nufa-referat-2022-08-31.txt'), 'utf8');
  const nuit = await readFile(path.join(CORPUS_DIR, 'nuit-moteinnkalling-2022-09-14.txt'), 'utf8');
  const out: GeneratedFile[] = [];
  for (let i = 0; i < n; i++) {
    // Six meetings a year per committee; case numbers move on by 12 per meeting, as in a year.
    const slot = Math.floor(i / 2);
    const year = startYear + Math.floor(slot / 6);
    const yy = String(year % 100).padStart(2, '0');
    const meeting = slot % 6;
    const src = i % 2 === 0 ? nufa : nuit;
    const text = src
      .replace(/(\d{1,2})\/22\b/g, (_m, num: string) => `${Number(num) + meeting * 12}/${yy}`)
      .replace(/2022/g, String(year))
      .replace('31. august – 1. september', `${1 + meeting * 4}. mars – ${2 + meeting * 4}. mars`)
      .replace(/14\. september/g, `${3 + meeting * 4}. mai`);
    out.push({ relPath: `${year}/${i % 2 === 0 ? 'nufa-referat' : 'nuit-moteinnkalling'}-${i}.txt`, text });
  }
  return out;
}
