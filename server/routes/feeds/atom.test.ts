// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { atomFeed, STANCE_SCHEME } from './atom.js';
import type { FeedEntryRow } from './queries.js';

const entry = (over: Partial<FeedEntryRow>): FeedEntryRow => ({
  kind: 'statement',
  key: 's1',
  node: 'Statement:s1',
  title: 'KS om NUFA 27/22',
  content: 'KS er bekymret for kostnadene & fremdriften.',
  date: '2022-08-31',
  author: 'KS',
  stance: 'concern',
  stanceCue: 'er bekymret for',
  ...over,
});

const parse = (xml: string) => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return [...doc.getElementsByTagName('entry')];
};

describe('stance in the Atom feeds', () => {
  it('prefixes a statement title with its stance and files it under a stance category', () => {
    const xml = atomFeed({
      scope: 'organizations',
      key: 'ks',
      name: 'KS',
      base: 'http://127.0.0.1',
      entries: [
        entry({}),
        entry({ key: 's2', node: 'Statement:s2', stance: 'support', stanceCue: 'støtter' }),
        entry({ kind: 'case', key: 'NUFA-27/22', node: 'Case:NUFA-27/22', title: 'NUFA 27/22 EHDS', stance: null }),
      ],
    });
    const [concern, support, kase] = parse(xml);
    expect(concern!.getElementsByTagName('title')[0]!.textContent).toBe('[Bekymring] Innspill: KS om NUFA 27/22');
    const cat = concern!.getElementsByTagName('category');
    expect(cat).toHaveLength(1);
    expect(cat[0]!.getAttribute('term')).toBe('concern');
    expect(cat[0]!.getAttribute('scheme')).toBe(STANCE_SCHEME);
    expect(cat[0]!.getAttribute('label')).toBe('Bekymring');
    expect(support!.getElementsByTagName('title')[0]!.textContent).toBe('[Støtte] Innspill: KS om NUFA 27/22');
    expect(support!.getElementsByTagName('category')[0]!.getAttribute('term')).toBe('support');
    // Cases and decisions have no stance.
    expect(kase!.getElementsByTagName('title')[0]!.textContent).toBe('Ny sak: NUFA 27/22 EHDS');
    expect(kase!.getElementsByTagName('category')).toHaveLength(0);
  });
});
