import { createContext, useContext, type ReactNode } from 'react';
import { STRINGS, type Lang, type StringKey } from './strings.js';

const LangContext = createContext<Lang>('nb');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/**
 * The translator for the current language: interface texts (`t`), node kinds, property names,
 * property values such as organisation types, and relationship types read in either direction.
 */
export function useT() {
  const lang = useContext(LangContext);
  const s = STRINGS[lang];
  const lookup = (table: Record<string, string>, k: string) => table[k] ?? k;
  return {
    lang,
    t: (key: StringKey) => s[key],
    kind: (k: string) => lookup(s.kind, k),
    plural: (k: string) => lookup(s.plural, k),
    prop: (k: string) => lookup(s.prop, k),
    value: (v: unknown) => lookup(s.value, String(v)),
    relation: (type: string, direction: 'out' | 'in') => lookup(s.relation, `${type}:${direction}`),
    /** What an edge reads as on the canvas: its kind when it has one ("samme sak"), else its type. */
    edge: (type: string, kind?: unknown) => {
      if (typeof kind === 'string') {
        if (type === 'DEPENDS_ON' && kind in s.dependency) return lookup(s.dependency, kind);
        const k = `link.${kind}` as StringKey;
        if (type === 'LINKED' && k in s) return s[k];
      }
      return lookup(s.edge, type);
    },
  };
}
