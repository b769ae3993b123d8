import type { ElementDefinition } from 'cytoscape';
import type { DependencyMapT, LandscapeT } from '../../../../graph/api/strategy.js';
import { COMMUNITY_COLORS } from '../../components/dependencyStyle.js';

export const DEP_KINDS = ['prerequisite', 'builds-on', 'linked', 'conflicts', 'co-occurrence'] as const;
export type DepKind = (typeof DEP_KINDS)[number];

const QUOTE_CHARS = 90;

/** A quote cut at a word for an edge label: the full text is in the sources panel. */
export function shortQuote(quote: string): string {
  if (quote.length <= QUOTE_CHARS) return quote;
  const cut = quote.slice(0, QUOTE_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : QUOTE_CHARS)} …`;
}

/**
 * Cytoscape elements of the dependency map: edges of the chosen kinds, the nodes they touch,
 * coloured by cluster and sized by betweenness. An edge's label (shown on hover and selection) is
 * its first quote, or the number of shared cases for co-occurrence.
 */
export function dependencyElements(
  map: DependencyMapT,
  landscape: LandscapeT | undefined,
  kinds: ReadonlySet<string>,
  kindLabel: (kind: string) => string,
): ElementDefinition[] {
  const edges = map.edges.filter((e) => kinds.has(e.kind));
  const used = new Set(edges.flatMap((e) => [e.source, e.target]));
  const topics = new Map((landscape?.topics ?? []).map((t) => [t.id, t]));
  const maxBetweenness = Math.max(0.0001, ...(landscape?.topics ?? []).map((t) => t.betweenness));
  return [
    ...map.nodes
      .filter((n) => used.has(n.id))
      .map((n) => {
        const t = topics.get(n.id);
        return {
          group: 'nodes' as const,
          data: {
            id: n.id,
            kind: n.kind,
            label: n.name,
            ...(t
              ? {
                  community: t.community,
                  color: COMMUNITY_COLORS[(t.community - 1) % COMMUNITY_COLORS.length],
                  central: Math.round((t.betweenness / maxBetweenness) * 100) / 100,
                }
              : {}),
          },
        };
      }),
    ...edges.map((e) => ({
      group: 'edges' as const,
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        depKind: e.kind,
        evidence: e.evidence,
        label:
          e.kind === 'co-occurrence'
            ? `${kindLabel(e.kind)}: ${e.evidence}`
            : `${kindLabel(e.kind)}: «${shortQuote(e.sources[0]?.quote ?? '')}»`,
      },
    })),
  ];
}

/** Dates at which the map changes, for the time slider: every first date of an edge. */
export function sliderDates(map: DependencyMapT | undefined): string[] {
  if (!map) return [];
  return [...new Set(map.edges.flatMap((e) => [e.firstDate, e.lastDate]).filter((d): d is string => !!d))].sort();
}
