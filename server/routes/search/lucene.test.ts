import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, hasWiderFuzzy, roughStem, snippet } from './lucene.js';

describe('building Lucene queries from typed text', () => {
  it.each(['EHDS OR', '"', '~', '*', '(', 'a AND (b', 'title:x', '\\', '[1 TO 2]'])(
    'never passes syntax through: %s',
    (typed) => {
      const q = buildLuceneQuery(typed);
      if (q !== undefined) expect(q).toMatch(/^[\p{L}\p{N}^*~ ()"OR.0-9]+$/u);
      expect(q ?? '').not.toMatch(/:|\[|\\|AND/);
    },
  );

  it('adds fuzzy clauses on a rough stem for typos', () => {
    expect(roughStem('helseplatformen')).toBe('helseplatform');
    expect(buildLuceneQuery('helseplatformen')).toContain('helseplatform~1');
    // Two edits only in the wider second attempt, and only on long words.
    expect(buildLuceneQuery('helseplatformen', [], { wider: true })).toContain('helseplatform~2');
    expect(buildLuceneQuery('kjernejurnal', [], { wider: true })).toContain('kjernejurnal~2');
    expect(buildLuceneQuery('helsa', [], { wider: true })).not.toContain('~2');
    expect(hasWiderFuzzy('helseplatformen')).toBe(true);
    expect(hasWiderFuzzy('EHDS helse')).toBe(false);
  });

  it('expands acronyms to the phrases they stand for', () => {
    const q = buildLuceneQuery('DHO', [{ alias: 'dho', expansions: ['Digital hjemmeoppfølging'] }]);
    expect(q).toContain('"digital hjemmeoppfølging"^2');
  });
});

describe('snippets', () => {
  it('marks matched words in a window around the first match', () => {
    const s = snippet('NUFA drøftet saken og ba Direktoratet for e-helse ta med innspill om legemiddel grunndata.', [
      'grunndata',
    ]);
    const [a, b] = s.highlights[0]!;
    expect(s.snippet.slice(a, b)).toBe('grunndata');
  });

  it('marks whole words that start with a term, in any case, never a term inside a word', () => {
    const text = 'EHDS-forordningen og Økonomi: helsedata, ikke ehdsx men nasjonalehds. Ehds igjen.';
    const s = snippet(text, ['ehds', 'øko']);
    const marked = s.highlights.map(([a, b]) => s.snippet.slice(a, b));
    expect(marked).toEqual(['EHDS', 'Økonomi', 'ehdsx', 'Ehds']);
  });

  it('marks only words wholly inside the window, and none when no term matches', () => {
    const long = `${'ord '.repeat(100)}grunndata ${'fyll '.repeat(100)}grunndataene`;
    const s = snippet(long, ['grunndata'], 60);
    expect(s.snippet.startsWith('…')).toBe(true);
    expect(s.highlights.map(([a, b]) => s.snippet.slice(a, b))).toEqual(['grunndata']);
    expect(snippet('ingen treff her', ['grunndata']).highlights).toEqual([]);
  });
});
