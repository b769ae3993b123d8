import { describe, expect, it } from 'vitest';
import { ExplorableRel } from '../../../graph/api/requests.js';
import { CaseLinkKind, DependencyKind } from '../../../graph/schema/relationships.js';
import { STRINGS } from './strings.js';

describe('edge labels', () => {
  // Edges come without a label: a relationship type the schema gains must be given one here, in
  // both languages, or the canvas would show its raw name ("FOLLOWED_UP_BY").
  it.each(Object.keys(STRINGS) as (keyof typeof STRINGS)[])('name every relationship an edge can have (%s)', (lang) => {
    const edge: Record<string, string> = STRINGS[lang].edge;
    const missing = ExplorableRel.options.filter((type) => !edge[type]);
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(STRINGS) as (keyof typeof STRINGS)[])('name every kind of link between cases (%s)', (lang) => {
    const s: Record<string, unknown> = STRINGS[lang];
    expect(CaseLinkKind.options.filter((k) => typeof s[`link.${k}`] !== 'string')).toEqual([]);
  });

  it.each(Object.keys(STRINGS) as (keyof typeof STRINGS)[])('name every kind of dependency (%s)', (lang) => {
    const s: Record<string, string> = STRINGS[lang].dependency;
    expect(DependencyKind.options.filter((k) => !s[k])).toEqual([]);
  });

  it.each(Object.keys(STRINGS) as (keyof typeof STRINGS)[])(
    'count every kind a canvas draws in the plural (%s)',
    (lang) => {
      // The summary above the canvas reads "60 nodes: 42 groups, …"; a kind without a plural was
      // printed as its raw name ("42 group").
      const { kind, plural } = STRINGS[lang];
      expect(Object.keys(kind).filter((k) => !(k in plural))).toEqual([]);
    },
  );
});
