import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { LayoutName } from '../state/urlState.js';
import { graphStyle } from './graphStyle.js';
import { labelScale, placeLabels, type LabelCandidate } from './labelPlacement.js';
import type { DrawnNode } from './canvasSummary.js';

cytoscape.use(fcose);

export interface GraphCanvasHandle {
  fit(): void;
  png(): string | undefined;
  visibleElements(): unknown[];
  /** Visible nodes with kind, label, degree and position on screen (canvasKeyboard, canvasSummary). */
  drawnNodes(): DrawnNode[];
  neighbourIds(id: string): string[];
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  layout: LayoutName;
  selected?: string;
  hidden: Set<string>;
  pinned: Set<string>;
  highlighted?: Set<string>;
  onSelect: (id: string | undefined) => void;
  onExpand: (id: string) => void;
  label: string;
}

const LARGE = 1000;

/** Effort falls with size: fcose with its default 2,500 iterations takes ~30 s for 1,000 nodes on two cores. */
function layoutOptions(
  name: LayoutName,
  nodes: number,
  fixed?: { nodeId: string; position: { x: number; y: number } }[],
): LayoutOptions {
  if (name === 'concentric') {
    return {
      name: 'concentric',
      animate: false,
      minNodeSpacing: 24,
      concentric: (n: cytoscape.NodeSingular) => n.degree(false),
      levelWidth: () => 2,
    } as LayoutOptions;
  }
  if (name === 'breadthfirst')
    return { name: 'breadthfirst', animate: false, directed: false, spacingFactor: 1.1 } as LayoutOptions;
  return {
    name: 'fcose',
    // Draft quality (the spectral step alone) stacks nodes that share their neighbours (the cases
    // of one meeting) on one spot: a committee at depth 2 showed ~20 piles. The force step with
    // fewer iterations separates them: 1,000 nodes fetched, drawn and laid out in ~4 s.
    quality: 'default',
    ...(nodes > 300 ? { numIter: 400 } : {}),
    animate: false,
    randomize: !fixed?.length,
    nodeRepulsion: 6000,
    idealEdgeLength: 90,
    packComponents: true,
    ...(fixed?.length ? { fixedNodeConstraint: fixed } : {}),
  } as LayoutOptions;
}

/** Fits the visible graph, but never zooms a handful of nodes up to poster size. */
function fitVisible(cy: Core): void {
  cy.fit(cy.elements(':visible'), 40);
  if (cy.zoom() > 1.3) {
    cy.zoom(1.3);
    cy.center(cy.elements(':visible'));
  }
}

/**
 * WebGL only on a real GPU: a software implementation (SwiftShader, llvmpipe — what headless or
 * GPU-less browsers get) draws thousands of elements slower than the 2D canvas does.
 */
function hardwareWebgl(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return !/swiftshader|llvmpipe|software|basic render/i.test(renderer);
  } catch {
    return false;
  }
}

const BOX = { includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false } as const;

/**
 * Shows the labels that fit (labelPlacement.ts): zoomed out, labels keep their size on screen, so
 * fewer fit; the rest are hidden (`label-hidden`, transparent, so their boxes can still be
 * measured) until zooming in makes room. The selected node and its neighbours are always named.
 */
function placeCanvasLabels(cy: Core, large: boolean, scale: { current: number }): void {
  const s = labelScale(cy.zoom());
  if (s !== scale.current) {
    scale.current = s;
    cy.style(graphStyle(large, s));
  }
  const forced = new Set(
    cy
      .nodes(':selected')
      .closedNeighborhood('node')
      .map((n) => n.id()),
  );
  const candidates: LabelCandidate[] = [];
  cy.nodes(':visible').forEach((n) => {
    if (!n.data('label')) return;
    const b = n.renderedBoundingBox(BOX);
    candidates.push({
      id: n.id(),
      box: b,
      degree: n.degree(false),
      kind: String(n.data('kind')),
      forced: forced.has(n.id()),
    });
  });
  const shown = placeLabels(candidates);
  cy.batch(() => cy.nodes().forEach((n) => void n.toggleClass('label-hidden', !shown.has(n.id()))));
  const el = cy.container();
  if (el) el.dataset.labels = String(shown.size);
}

/** The one component that owns a Cytoscape instance. Expansions add nodes without moving the rest. */
export const GraphCanvas = forwardRef<GraphCanvasHandle, GraphCanvasProps>(function GraphCanvas(props, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutName = useRef<LayoutName>(props.layout);
  const callbacks = useRef(props);
  const scale = useRef(1);
  callbacks.current = props;

  useImperativeHandle(ref, () => ({
    fit: () => cyRef.current && fitVisible(cyRef.current),
    png: () => cyRef.current?.png({ full: true, scale: 2, bg: '#ffffff' }),
    visibleElements: () => cyRef.current?.elements(':visible').jsons() ?? [],
    drawnNodes: () =>
      cyRef.current?.nodes(':visible').map((n) => ({
        id: n.id(),
        kind: String(n.data('kind')),
        label: String(n.data('label')),
        degree: n.degree(false),
        ...n.renderedPosition(),
      })) ?? [],
    neighbourIds: (id) =>
      cyRef.current
        ?.getElementById(id)
        .neighborhood('node:visible')
        .map((n) => n.id()) ?? [],
  }));

  // Size decides the renderer and style, so crossing the threshold makes a new instance (the
  // first answer usually arrives after mount, when there are no elements yet).
  const large = props.elements.length > LARGE;
  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: graphStyle(large, 1),
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      // WebGL draws large graphs far faster; it is only asked for when the browser has it.
      ...(large && hardwareWebgl() ? { renderer: { name: 'canvas', webgl: true } as never } : {}),
      // Large graphs pan and zoom a snapshot of the canvas and redraw once the movement stops
      // (Cytoscape's own advice for thousands of elements): smooth movement without WebGL.
      ...(large ? { textureOnViewport: true, hideEdgesOnViewport: true } : {}),
    });
    cyRef.current = cy;
    // Reachable from the page for the frame-rate bench, which reads the renderer's own timing.
    Object.assign(container.current!, { cy });
    cy.on('tap', 'node, edge', (e) => callbacks.current.onSelect(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) callbacks.current.onSelect(undefined);
    });
    cy.on('dbltap', 'node', (e) => callbacks.current.onExpand(e.target.id()));
    scale.current = 1;
    // Throttled: a wheel turn fires dozens of zoom events; labels are placed once the frame is drawn.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const place = () => {
      if (pending) return;
      pending = setTimeout(() => {
        pending = undefined;
        if (!cy.destroyed()) placeCanvasLabels(cy, large, scale);
      }, 120);
    };
    cy.on('zoom pan layoutstop select unselect add remove', place);
    cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
    return () => {
      clearTimeout(pending);
      cy.destroy();
      cyRef.current = null;
    };
    // The instance lives while the graph stays on one side of the size threshold; elements are synced below.
  }, [large]);

  // Sync elements: add what is new, remove what is gone, lay out only the new nodes.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Set(props.elements.map((e) => e.data.id!));
    const before = cy.nodes().length;
    cy.batch(() => {
      cy.elements()
        .filter((e) => !wanted.has(e.id()))
        .remove();
      const fresh = props.elements.filter((e) => cy.getElementById(e.data.id!).empty());
      const nodes = fresh.filter((e) => e.group === 'nodes');
      const edges = fresh.filter((e) => e.group === 'edges');
      // New nodes start next to a neighbour already on screen, so the layout has little to do.
      for (const n of nodes) {
        const neighbour = edges
          .flatMap((e) =>
            e.data.source === n.data.id ? [e.data.target] : e.data.target === n.data.id ? [e.data.source] : [],
          )
          .find((id) => id && !cy.getElementById(id).empty());
        const at = neighbour ? cy.getElementById(neighbour).position() : { x: 0, y: 0 };
        n.position = { x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 };
      }
      cy.add([...nodes, ...edges]);
    });
    const added = cy.nodes().length - before;
    if (added > 0 || layoutName.current !== props.layout) {
      const relayoutAll = before === 0 || layoutName.current !== props.layout;
      layoutName.current = props.layout;
      const fixed = relayoutAll
        ? undefined
        : cy.nodes('[?placed]').map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
      const name = relayoutAll ? props.layout : 'fcose';
      cy.layout(layoutOptions(name, cy.nodes().length, fixed)).run();
      cy.nodes().data('placed', true);
      if (relayoutAll) fitVisible(cy);
    }
    placeCanvasLabels(cy, large, scale);
    // What is on screen, for assistive technology and browser tests (the canvas itself is opaque).
    if (container.current) container.current.dataset.nodes = String(cy.nodes().length);
  }, [props.elements, props.layout, large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('hidden pinned path');
      cy.elements().unselect();
      for (const id of props.hidden) cy.getElementById(id).addClass('hidden');
      cy.nodes().unlock();
      for (const id of props.pinned) cy.getElementById(id).addClass('pinned').lock();
      for (const id of props.highlighted ?? []) cy.getElementById(id).addClass('path');
      if (props.selected) cy.getElementById(props.selected).select();
    });
    placeCanvasLabels(cy, large, scale);
  }, [props.hidden, props.pinned, props.selected, props.highlighted, props.elements, large]);

  // Focusable, so the keyboard commands of the graph view (arrows, Enter, h, p, f) reach it.
  return (
    <div
      ref={container}
      className="graph-canvas"
      role="application"
      tabIndex={0}
      aria-label={props.label}
      data-testid="graph-canvas"
    />
  );
});
