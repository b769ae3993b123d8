import type { StylesheetJson } from 'cytoscape';
import { KIND_STYLE, LINK_KIND_STYLE } from '../kinds.js';
import { dependencyStyle } from './dependencyStyle.js';
import { groupCanvasLabel } from './groupCanvasLabel.js';

/*
 * Cytoscape style. Kept cheap for large graphs, per Cytoscape's performance guidance: haystack
 * edges when big, labels only where they help, no shadows.
 */
/** `labelScale`: how much larger labels are drawn than their size (see labelPlacement.ts). */
export function graphStyle(large: boolean, labelScale = 1): StylesheetJson {
  const px = (n: number) => n * labelScale;
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': px(10),
        'text-wrap': 'ellipsis',
        'text-max-width': `${px(140)}px`,
        'text-valign': 'bottom',
        'text-margin-y': px(4),
        color: '#1f2933',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        width: 26,
        height: 26,
        'border-width': 0,
      },
    },
    ...Object.entries(KIND_STYLE).map(([kind, s]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': s.color, shape: s.shape as never },
    })),
    { selector: 'node[kind = "Committee"]', style: { width: 40, height: 40, 'font-weight': 'bold' as never } },
    { selector: 'node[kind = "Topic"]', style: { width: 32, height: 32 } },
    // A group's size grows with its count, so a big delegation reads as big at a glance.
    {
      selector: 'node[kind = "Group"]',
      style: {
        width: 'mapData(count, 2, 60, 26, 56)' as never,
        height: 'mapData(count, 2, 60, 26, 56)' as never,
        label: ((ele: { data: (k: string) => unknown }) => groupCanvasLabel(String(ele.data('label') ?? ''))) as never,
        // Room for groupCanvasLabel's 26 characters, so the count is not cut off again.
        'text-max-width': `${px(175)}px`,
      },
    },
    { selector: 'edge[count > 1]', style: { width: 'mapData(count, 2, 40, 2, 6)' as never } },
    {
      selector: 'node[kind = "Statement"]',
      style: { width: 16, height: 16, 'font-size': px(8), 'text-max-width': `${px(110)}px` },
    },
    // A label that would cover a more important one (labelPlacement.ts) is transparent, not
    // removed, so its box can still be measured when zooming in makes room for it.
    { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827', 'z-index': 10 } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#111827' } },
    {
      selector: 'node.path, edge.path',
      style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.35, 'overlay-padding': 4 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#b8c2cc',
        'target-arrow-color': '#b8c2cc',
        'target-arrow-shape': large ? 'none' : 'triangle',
        'arrow-scale': 0.8,
        'curve-style': large ? 'haystack' : 'bezier',
        'font-size': 9,
        color: '#374151',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
      },
    },
    ...Object.entries(LINK_KIND_STYLE).map(([kind, s]) => ({
      selector: `edge[kind = "${kind}"]`,
      style: {
        'line-color': s.color,
        'target-arrow-color': s.color,
        width: 2.5,
        'line-style': (s.dashed ? 'dashed' : 'solid') as never,
      },
    })),
    {
      selector: 'edge[type = "PLANNED"]',
      style: { 'line-style': 'dashed', 'line-color': LINK_KIND_STYLE.planned!.color },
    },
    {
      selector: 'edge[type = "REFERS_TO"]',
      style: {
        'line-style': 'dashed',
        'line-color': LINK_KIND_STYLE.referred!.color,
        'target-arrow-color': LINK_KIND_STYLE.referred!.color,
      },
    },
    {
      selector: 'node[cases]',
      style: { width: 'mapData(cases, 1, 8, 22, 56)', height: 'mapData(cases, 1, 8, 22, 56)' },
    },
    ...dependencyStyle(),
    {
      selector: 'edge:selected, edge.hover',
      style: { label: 'data(label)', width: 3, 'line-color': '#111827', 'target-arrow-color': '#111827' },
    },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
