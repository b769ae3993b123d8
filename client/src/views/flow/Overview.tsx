import { useRef, type PointerEvent } from 'react';
import type { FlowT } from '../../../../graph/api/responses.js';
import { useT } from '../../i18n/i18n.js';
import { caseDate } from '../flowLayout.js';
import { clampSpan } from './zoom.js';

const H = 40;

/**
 * The whole period in a thin strip: cases per month as bars, the visible span as a window. Dragging
 * the window moves it; dragging beside it brushes a new span.
 */
export function Overview(props: {
  flow: FlowT;
  span: [number, number];
  domain: [number, number];
  setDomain: (d: [number, number]) => void;
  left: number;
  right: number;
  width: number;
}) {
  const { t } = useT();
  const { flow, span, domain, setDomain, left, right, width } = props;
  const x = (ms: number) => left + ((ms - span[0]) / (span[1] - span[0])) * (right - left);
  const ms = (px: number) => span[0] + ((px - left) / (right - left)) * (span[1] - span[0]);
  const bins = new Map<number, number>();
  for (const c of flow.cases) {
    const d = caseDate(c);
    if (!d) continue;
    const b = Math.round(x(Date.parse(d)) / 4) * 4;
    bins.set(b, (bins.get(b) ?? 0) + 1);
  }
  const max = Math.max(1, ...bins.values());
  const drag = useRef<{ mode: 'move' | 'brush'; x: number; d: [number, number] } | null>(null);
  const at = (e: PointerEvent<SVGSVGElement>) => e.clientX - e.currentTarget.getBoundingClientRect().left;
  const onDown = (e: PointerEvent<SVGSVGElement>) => {
    const px = at(e);
    const inside = px >= x(domain[0]) && px <= x(domain[1]);
    drag.current = { mode: inside ? 'move' : 'brush', x: px, d: domain };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const g = drag.current;
    if (!g) return;
    const px = at(e);
    if (g.mode === 'move') {
      const shift = ms(px) - ms(g.x);
      setDomain(clampSpan([g.d[0] + shift, g.d[1] + shift], span));
    } else if (Math.abs(px - g.x) > 3) {
      const [a, b] = [ms(Math.min(px, g.x)), ms(Math.max(px, g.x))];
      setDomain(clampSpan([a, b], span));
    }
  };
  const onUp = () => {
    drag.current = null;
  };
  return (
    <svg
      className="flow-overview"
      width={width}
      height={H}
      role="img"
      aria-label={t('flow.overview')}
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={onUp}
    >
      <rect x={left} y={2} width={right - left} height={H - 4} className="overview-bg" />
      {[...bins].map(([bx, n]) => (
        <rect
          key={bx}
          x={bx - 1.5}
          y={H - 3 - (n / max) * (H - 10)}
          width={3}
          height={(n / max) * (H - 10)}
          className="overview-bar"
        />
      ))}
      <rect
        x={x(domain[0])}
        y={1}
        width={Math.max(4, x(domain[1]) - x(domain[0]))}
        height={H - 2}
        className="overview-window"
        data-testid="flow-brush"
      />
    </svg>
  );
}
