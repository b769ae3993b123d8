import type { StylesheetJson } from 'cytoscape';

/** How each dependency kind is drawn: colour, line and arrow differ, so no kind is told by colour alone. */
export const DEP_KIND_STYLE: Record<string, { color: string; line: 'solid' | 'dashed' | 'dotted'; arrow: string }> = {
  prerequisite: { color: '#9b1c31', line: 'solid', arrow: 'triangle' },
  'builds-on': { color: '#1d4f91', line: 'solid', arrow: 'triangle-backcurve' },
  linked: { color: '#2e6b30', line: 'dashed', arrow: 'none' },
  conflicts: { color: '#a14a00', line: 'dotted', arrow: 'tee' },
  'co-occurrence': { color: '#9aa5b1', line: 'solid', arrow: 'none' },
};

/** Cluster colours, dark enough for white text and distinct for common colour-vision deficiencies. */
export const COMMUNITY_COLORS = [
  '#1b6b8a',
  '#b0306a',
  '#5b3f8c',
  '#a14a00',
  '#2e6b30',
  '#7a5c00',
  '#3d4f9f',
  '#8a2b2b',
];

export function dependencyStyle(): StylesheetJson {
  return [
    { selector: 'node[color]', style: { 'background-color': 'data(color)' } },
    {
      selector: 'node[central]',
      style: { width: 'mapData(central, 0, 1, 24, 64)', height: 'mapData(central, 0, 1, 24, 64)' },
    },
    ...Object.entries(DEP_KIND_STYLE).map(([kind, s]) => ({
      selector: `edge[depKind = "${kind}"]`,
      style: {
        'line-color': s.color,
        'target-arrow-color': s.color,
        'target-arrow-shape': s.arrow as never,
        'line-style': s.line as never,
        'curve-style': 'bezier' as never,
        width: kind === 'co-occurrence' ? 'mapData(evidence, 1, 6, 1, 4)' : 'mapData(evidence, 1, 4, 2.5, 8)',
        opacity: kind === 'co-occurrence' ? 0.55 : 1,
      },
    })),
  ];
}
