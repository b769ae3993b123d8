/**
 * Neo4j 5 keeps one plan per statement text *and* per size bucket of every list or string
 * parameter (0, 1, up to 10, up to 100, …). A writer whose row lists vary from batch to batch then
 * plans the same statement again and again (100–300 ms each; a third of a bulk load's time in
 * Neo4j went to planning). A parameter inside a map has no size bucket, so every statement is sent
 * with its parameters in one map, `$p`, and each `$name` outside quotes and comments is read as
 * `$p.name`: one plan per text.
 */

export const PARAMETER_MAP = 'p';

/**
 * The statement with `$name` read from the parameter map. String literals ('…', "…"), quoted
 * names (`…`) and comments are left alone; `$(…)` (dynamic labels) has no name and stays.
 */
export function viaParameterMap(cypher: string): string {
  let out = '';
  let i = 0;
  const n = cypher.length;
  while (i < n) {
    const c = cypher[i]!;
    if (c === "'" || c === '"' || c === '`') {
      // Copy through the closing quote; a backslash escapes the next character (not in `…`).
      let j = i + 1;
      while (j < n && cypher[j] !== c) j += c !== '`' && cypher[j] === '\\' ? 2 : 1;
      out += cypher.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && cypher[i + 1] === '/') {
      const end = cypher.indexOf('\n', i);
      const j = end < 0 ? n : end;
      out += cypher.slice(i, j);
      i = j;
    } else if (c === '/' && cypher[i + 1] === '*') {
      const end = cypher.indexOf('*/', i + 2);
      const j = end < 0 ? n : end + 2;
      out += cypher.slice(i, j);
      i = j;
    } else if (c === '$' && /[A-Za-z_]/.test(cypher[i + 1] ?? '')) {
      let j = i + 1;
      while (j < n && /\w/.test(cypher[j]!)) j++;
      out += `$${PARAMETER_MAP}.${cypher.slice(i + 1, j)}`;
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const cache = new Map<string, string>();
const CACHE_MAX = 2000;

/** `viaParameterMap`, remembered per text (statements are few and sent many times). */
export function oneParameter(cypher: string): string {
  let out = cache.get(cypher);
  if (out === undefined) {
    out = viaParameterMap(cypher);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(cypher, out);
  }
  return out;
}
