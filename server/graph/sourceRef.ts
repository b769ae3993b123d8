/**
 * Cypher map of a SourceRef (graph/api SourceRef) from a Document variable and a relationship
 * variable carrying lineStart, lineEnd and quote. Only fixed variable names are interpolated.
 */
export const sourceMap = (doc: string, rel: string) =>
  `{document: ${doc}.name, docId: ${doc}.id, file: ${doc}.file, kind: ${doc}.kind, lineStart: ${rel}.lineStart, lineEnd: ${rel}.lineEnd, quote: ${rel}.quote}`;
