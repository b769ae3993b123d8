/**
 * Sorted by their fields: Neo4j returns rows in storage order, which a removal and reload change,
 * and the same graph must give the same answer (cached per graph version, compared, diffed).
 */
export function stable<T>(xs: T[], key: (x: T) => string[]): T[] {
  const k = (x: T) => key(x).join('\u0000');
  return [...xs].sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
}
