import type { Gazetteer } from './gazetteer.js';
import type { OrgRef } from './types.js';

export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Resolves an organisation name as written; unknown names become organisations of their own. */
export function orgRef(gaz: Gazetteer, written: string): OrgRef | undefined {
  const name = written
    .replace(/\s+/g, ' ')
    .replace(/[,;.]+$/, '')
    .trim();
  if (!name || gaz.isRole(name)) return undefined;
  const known =
    gaz.organizationByName(name) ??
    (() => {
      // "Bergen Kommune" or "Norsk Sykepleierforbund": a mention that covers the whole string.
      const m = gaz.organizationsIn(name)[0];
      return m && m.index === 0 && m.length >= name.length - 1 ? m.entry : undefined;
    })();
  if (known) return { id: known.id, name: known.name, known: true };
  return { id: slug(name), name, known: false };
}
