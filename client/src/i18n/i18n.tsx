import { createContext, useContext, type ReactNode } from 'react';
import { STRINGS, type Lang, type StringKey } from './strings.js';

const LangContext = createContext<Lang>('nb');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The translator for the current language; kind names via `kind`. */
export function useT() {
  const lang = useContext(LangContext);
  const t = (key: StringKey) => STRINGS[lang][key];
  const kind = (k: string) => (STRINGS[lang].kind as Record<string, string>)[k] ?? k;
  return { t, kind, lang };
}
