// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { atomFeed } from './atom.js';
import { xmlText } from './xmlText.js';

describe('xmlText', () => {
  it('drops characters XML 1.0 forbids and keeps the rest', () => {
    expect(xmlText('a\uFFFEb\uFFFFc\u0000d\u0001e\u001Ff')).toBe('abcdef');
    expect(xmlText('tab\tlf\ncr\r')).toBe('tab\tlf\ncr\r');
    expect(xmlText('lone \uD800 and \uDC00 here')).toBe('lone  and  here');
    expect(xmlText('pair 😀 æøå')).toBe('pair 😀 æøå');
  });

  it('keeps an Atom feed well-formed when a statement holds U+FFFE', () => {
    const xml = atomFeed({
      scope: 'topics',
      key: 'k',
      name: 'Tema\uFFFE',
      base: 'http://127.0.0.1',
      entries: [
        {
          kind: 'statement',
          key: 's1',
          node: 'Statement:s1',
          title: 'Innspill\u0001',
          date: '2022-08-31',
          content: 'KS mener\uFFFF \uD800 at',
          author: 'KS\u0002',
        } as never,
      ],
    });
    // eslint-disable-next-line no-control-regex -- the test looks for exactly these characters.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/);
    expect(xml).not.toMatch(/&#x?(0*[0-8]|0*1[1-9a-f]|fffe|ffff);/i);
    // jsdom's XML parser is strict (saxes): an ill-formed feed yields a parsererror document.
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('entry')).toHaveLength(1);
  });
});
