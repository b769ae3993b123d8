import { z } from 'zod';

/*
 * Keyset paging of the long lists (changes, action items, documents). A cursor is the sort key of
 * the last item sent, tagged with the list it belongs to: the next page starts right after that
 * key, so items loaded or removed meanwhile never make a page repeat or skip what was already sent.
 */

export const PAGE_LIMIT_DEFAULT = 100;
export const PAGE_LIMIT_MAX = 500;

/** Where a page ended: which list, and the sort key of its last item. */
export interface KeyCursor {
  tag: string;
  key: string[];
}

// base64url of UTF-8 JSON, with the codecs both Node and browsers have (ids hold æ, ø, å).
export const toBase64Url = (s: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(s)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
export const fromBase64Url = (s: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (ch) => ch.charCodeAt(0)),
  );

export const encodeKeyCursor = (c: KeyCursor) => `p${toBase64Url(JSON.stringify([c.tag, ...c.key]))}`;

export function decodeKeyCursor(v: string): KeyCursor | undefined {
  if (!v.startsWith('p')) return undefined;
  try {
    const parsed: unknown = JSON.parse(fromBase64Url(v.slice(1)));
    if (Array.isArray(parsed) && parsed.length >= 2 && parsed.every((x) => typeof x === 'string'))
      return { tag: parsed[0] as string, key: parsed.slice(1) as string[] };
  } catch {
    // not base64 or not JSON: reported by the caller as a bad cursor
  }
  return undefined;
}

const BAD_CURSOR = 'must be a nextCursor of an earlier answer of this list';

/**
 * `cursor=`: a `nextCursor` of one of the lists `lengths` names (tag → key length). A cursor of
 * another list, or one that was edited, is a 400 naming `cursor`.
 */
export const keyCursorParam = (lengths: Record<string, number>) =>
  z
    .string()
    .max(2000)
    .regex(/^p[A-Za-z0-9_-]{4,}$/, BAD_CURSOR)
    .transform((v, ctx) => {
      const c = decodeKeyCursor(v);
      if (!c || lengths[c.tag] !== c.key.length) {
        ctx.addIssue({ code: 'custom', message: BAD_CURSOR });
        return z.NEVER;
      }
      return c;
    })
    .optional()
    .meta({ description: 'Continue after the page that gave this `nextCursor`' });

/** `limit=`: items per page, `def` when not given. */
export const pageLimitParam = (def = PAGE_LIMIT_DEFAULT) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_LIMIT_MAX)
    .default(def)
    .meta({ description: `Items per page (default ${def}, at most ${PAGE_LIMIT_MAX})` });

/** The paging fields of an answer: how many items every page together holds, and where to go on. */
export const PageFields = {
  total: z.number().int().nonnegative(),
  /** Ask for the next page with `cursor=<nextCursor>`; null on the last page. */
  nextCursor: z.string().nullable(),
};
export const PageInfo = z.object(PageFields).meta({ id: 'PageInfo' });
export type PageInfoT = z.infer<typeof PageInfo>;
