import type { ElementsT } from '../../../graph/api/responses.js';
import './canvasA11y.css';
import { useT } from '../i18n/i18n.js';
import { canvasSummary, type DrawnNode } from './canvasSummary.js';

/** The paragraph above the canvas saying what is drawn, and the live region of the focused node. */
export function CanvasSummary({
  data,
  hidden,
  spoken,
}: {
  data: Pick<ElementsT, 'nodes' | 'edges'>;
  hidden: Set<string>;
  spoken: string;
}) {
  const { t, kind, plural, lang } = useT();
  const shown = data.nodes.filter((n) => !hidden.has(n.data.id));
  const ids = new Set(shown.map((n) => n.data.id));
  const edges = data.edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target));
  const degree = new Map<string, number>();
  for (const e of edges) for (const end of [e.data.source, e.data.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const nodes: DrawnNode[] = shown.map((n) => ({
    id: n.data.id,
    kind: n.data.kind,
    label: n.data.label,
    degree: degree.get(n.data.id) ?? 0,
  }));
  const text = canvasSummary(
    nodes,
    edges.length,
    { summary: t('canvas.summary'), top: t('canvas.summaryTop'), edges: t('canvas.summaryEdges') },
    (k, n) => `${n} ${(n === 1 ? kind(k) : plural(k)).toLowerCase()}`,
    lang === 'nb' ? 'nb-NO' : 'en-GB',
  );
  return (
    <>
      {text && (
        <p className="canvas-summary" data-testid="canvas-summary">
          {text} <span className="muted">{t('canvas.keys')}</span>
        </p>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="canvas-announcer">
        {spoken}
      </p>
    </>
  );
}
