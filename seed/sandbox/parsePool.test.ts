import { describe, expect, it } from 'vitest';
import { deflateBombPdf } from '../../tests/helpers/bombPdf.js';
import { HOSTILE_SHAPES, hostileMinutes } from '../../tests/helpers/hostileText.js';
import { minimalPdf } from '../../tests/helpers/minimalPdf.js';
import { Gazetteer } from '../parse/gazetteer.js';
import { prepareInput } from '../prepareFile.js';
import { parseLimits } from './parseLimits.js';
import { ParsePool } from './parsePool.js';

const gaz = Gazetteer.load();
const corpusFile = {
  path: new URL('../corpus/nufa-referat-2022-08-31.txt', import.meta.url).pathname,
  relPath: '2022/nufa.txt',
};
const bytes = (text: string) => new TextEncoder().encode(text);
const cue = HOSTILE_SHAPES.find((s) => s.name === 'repeated cue, one sentence')!;

// Each test starts workers (tsx, the gazetteer, pdf.js): seconds on a shared machine.
describe('the parse pool', { timeout: 60_000 }, () => {
  it('gives what reading in-process gives, and refuses what it refuses', async () => {
    const pool = new ParsePool(gaz.loadedFrom!, parseLimits({}));
    try {
      expect(await pool.run({ kind: 'file', ...corpusFile })).toEqual(await prepareInput(gaz, corpusFile));
      await expect(pool.run({ kind: 'bytes', name: 'tom.txt', bytes: new Uint8Array() })).rejects.toThrow(
        'tom.txt: empty file',
      );
    } finally {
      await pool.close();
    }
  });

  it('refuses a PDF that inflates past the limit before pdf.js reads it, and still reads a small one', async () => {
    const pool = new ParsePool(gaz.loadedFrom!, parseLimits({ SAKSKART_PDF_MAX_INFLATED_MB: '8' }));
    try {
      const bomb = deflateBombPdf(40);
      expect(bomb.length).toBeLessThan(2 ** 20);
      await expect(pool.run({ kind: 'bytes', name: 'bombe.pdf', bytes: bomb })).rejects.toThrow(
        'bombe.pdf: PDF content is over 8 MB after inflation (SAKSKART_PDF_MAX_INFLATED_MB)',
      );
      const ok = await pool.run({ kind: 'bytes', name: 'liten.pdf', bytes: minimalPdf(['Notat om e-helse']) });
      expect(ok.documents).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });

  it('limits pages and text items of a PDF', async () => {
    const pdf = minimalPdf(['Notat om e-helse', 'linje to', 'linje tre']);
    const pages = new ParsePool(gaz.loadedFrom!, parseLimits({ SAKSKART_PDF_MAX_TEXT_ITEMS: '2' }));
    try {
      await expect(pages.run({ kind: 'bytes', name: 'a.pdf', bytes: pdf })).rejects.toThrow(
        'a.pdf: PDF has more than 2 text items (SAKSKART_PDF_MAX_TEXT_ITEMS)',
      );
    } finally {
      await pages.close();
    }
  });

  it('stops a file over its time budget, and reads the next one on a new worker', async () => {
    const pool = new ParsePool(
      gaz.loadedFrom!,
      parseLimits({ SAKSKART_PARSE_TIMEOUT_S: '3', SAKSKART_PARSE_WORKERS: '1' }),
    );
    try {
      const slow = bytes(hostileMinutes(cue, 30_000));
      await expect(pool.run({ kind: 'bytes', name: 'treg.txt', bytes: slow })).rejects.toThrow(
        'treg.txt: reading and parsing took over 3 s (SAKSKART_PARSE_TIMEOUT_S)',
      );
      // A small file (the sample minutes could take seconds on a loaded machine): read in time.
      const next = await pool.run({
        kind: 'bytes',
        name: 'notat.txt',
        bytes: bytes('Notat om e-helse\n\nKort tekst.'),
      });
      expect(next.documents).toHaveLength(1);
      expect(pool.size).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('fails a file that needs more memory than a worker has, and lives on', async () => {
    const pool = new ParsePool(
      gaz.loadedFrom!,
      parseLimits({ SAKSKART_PARSE_MEMORY_MB: '48', SAKSKART_PARSE_WORKERS: '1' }),
    );
    try {
      const big = bytes(
        hostileMinutes(
          HOSTILE_SHAPES.find((s) => s.name === 'many names')!,
          200_000,
        ),
      );
      await expect(pool.run({ kind: 'bytes', name: 'stor.txt', bytes: big })).rejects.toThrow(
        'stor.txt: reading and parsing needed more than 48 MB of memory (SAKSKART_PARSE_MEMORY_MB)',
      );
      expect((await pool.run({ kind: 'file', ...corpusFile })).documents.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });
});
