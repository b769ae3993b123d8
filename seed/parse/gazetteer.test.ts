import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAll, Gazetteer, matcher } from './gazetteer.js';

const gaz = Gazetteer.load();
const corpus = new URL('../corpus/', import.meta.url);
const texts = readdirSync(corpus).map((f) => readFileSync(new URL(f, corpus), 'utf8'));

/** The gazetteer's aliases as matchers, built as the gazetteer builds them. */
const aliasSets = {
  committees: gaz.committees.flatMap((c) => [c.name, c.shortName, ...c.aliases].map((a) => matcher(c.key, a, false))),
  organizations: gaz.organizations.flatMap((o) => [o.name, ...o.aliases].map((a) => matcher(o.id, a, false))),
  topics: gaz.topics.flatMap((t) => [t.name, ...t.aliases].map((a) => matcher(t.key, a, true))),
};
/** The same matchers without the prefilter: every regexp is run over every text. */
const unfiltered = <T>(ms: ReturnType<typeof matcher<T>>[]) => ms.map((m) => ({ ...m, words: [] }));

describe("finding the gazetteer's names in a text", () => {
  const tricky = [
    // Lost line breaks and page furniture between the words of a name.
    'Saken ble lagt fram av Norsk\n  helsenett og Helse Sør-Øst\nRHF, med KS og kommunene.',
    // Inflected topic names, upper and lower case, and the long s a regexp folds to an s.
    'Kjernejournalen og HELSEPLATTFORMEN; ſekundærbruk av helsedata og Sekundærbruken.',
    // An acronym only in its own case, never inside a word.
    'ks og Ks er ikke KS; NUFA-møtet og nufa; KSeksempel; FHI og fhi.',
    '',
  ];

  it('finds exactly what running every alias over the whole text finds', () => {
    let found = 0;
    for (const text of [...texts, ...tricky])
      for (const ms of Object.values(aliasSets)) {
        const hits = findAll(ms, text);
        expect(hits).toEqual(findAll(unfiltered(ms), text));
        found += hits.length;
      }
    // The comparison is about real mentions, not two empty lists.
    expect(found).toBeGreaterThan(200);
  });

  it('takes the long s of old print for an s, as the case-insensitive regexp does', () => {
    const topic = gaz.topics.find((t) => [t.name, ...t.aliases].some((a) => /^sekundærbruk/i.test(a)));
    expect(topic).toBeDefined();
    expect(gaz.topicsIn('Om ſekundærbruk av data.').map((m) => m.entry.key)).toEqual([topic!.key]);
  });

  it('matches an acronym in its own case only', () => {
    expect(gaz.organizationsIn('ks og Ks sa nei; KS sa ja.').map((m) => m.text)).toEqual(['KS']);
  });
});
