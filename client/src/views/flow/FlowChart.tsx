import { useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { FlowT } from '../../../../graph/api/responses.js';
import { useT } from '../../i18n/i18n.js';
import { LINK_KIND_STYLE } from '../../kinds.js';
import { BOX_H, MARKER_H, type Box, type FlowGeometry } from '../flowLayout.js';
import { Overview } from './Overview.js';
import { clampSpan, panBy, zoomAt } from './zoom.js';

export interface ChartProps {
  flow: FlowT;
  span: [number, number];
  domain: [number, number];
  setDomain: (d: [number, number]) => void;
  g: FlowGeometry;
  chain?: Set<string>;
  onSelect: (caseId: string) => void;
  onOpenFold: (box: Box) => void;
}

/** Fits `text` into `w` pixels of the 11 px box font. */
const fitText = (text: string, w: number) => {
  const n = Math.max(3, Math.floor((w - 12) / 6.3));
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
};

/** The swimlanes on a zoomable time axis, with the overview strip and its brush below. */
export function FlowChart({ flow, span, domain, setDomain, g, chain, onSelect, onOpenFold }: ChartProps) {
  const { t } = useT();
  const svg = useRef<SVGSVGElement>(null);
  const pxToMs = (domain[1] - domain[0]) / (g.right - g.left);
  // The wheel zooms around the pointer; React's wheel listener is passive, so it is attached here.
  const latest = useRef({ domain, g, span, setDomain });
  latest.current = { domain, g, span, setDomain };
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const { domain: d, g: geo, span: s, setDomain: set } = latest.current;
      const x = e.clientX - el.getBoundingClientRect().left;
      const at = d[0] + ((x - geo.left) / (geo.right - geo.left)) * (d[1] - d[0]);
      set(zoomAt(d, at, Math.exp(e.deltaY * 0.0015), s));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);
  const drag = useRef<{ x: number; d: [number, number] } | null>(null);
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if ((e.target as Element).closest('.flow-node')) return;
    drag.current = { x: e.clientX, d: domain };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag.current) return;
    const dx = e.clientX - drag.current.x;
    setDomain(clampSpan(panBy(drag.current.d, -dx * pxToMs), span));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    if (e.target !== e.currentTarget) return;
    const mid = (domain[0] + domain[1]) / 2;
    const w = domain[1] - domain[0];
    const keys: Record<string, () => [number, number]> = {
      '+': () => zoomAt(domain, mid, 0.6, span),
      '=': () => zoomAt(domain, mid, 0.6, span),
      '-': () => zoomAt(domain, mid, 1 / 0.6, span),
      ArrowLeft: () => clampSpan(panBy(domain, -w * 0.25), span),
      ArrowRight: () => clampSpan(panBy(domain, w * 0.25), span),
      Home: () => span,
    };
    const k = keys[e.key];
    if (!k) return;
    e.preventDefault();
    setDomain(k());
  };
  const fade = (ids: string[]) => (chain ? (ids.some((id) => chain.has(id)) ? ' in-chain' : ' faded') : '');
  const open = (b: Box) => (b.folded ? onOpenFold(b) : onSelect(b.ids[0]!));
  const caseWord = (n: number) => `${n} ${n === 1 ? t('flow.case') : t('flow.cases')}`;
  return (
    <div className="flow-chart">
      <svg
        ref={svg}
        width={g.width}
        height={g.height}
        role="group"
        aria-label={t('flow.canvas')}
        className="flow-svg"
        tabIndex={0}
        onKeyDown={onKey}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        data-level={g.level}
        data-boxes={g.boxes.length}
      >
        <defs>
          <clipPath id="flow-clip">
            <rect x={g.left} y={0} width={g.right - g.left} height={g.height} />
          </clipPath>
          {Object.entries(LINK_KIND_STYLE).map(([k, s]) => (
            <marker
              key={k}
              id={`arrow-${k}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerUnits="userSpaceOnUse"
              markerWidth="9"
              markerHeight="9"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill={s.color} />
            </marker>
          ))}
        </defs>
        {g.lanes.map((l, i) => (
          <g key={l.committee}>
            <rect x={0} y={l.y} width={g.width} height={g.laneHeight} fill={i % 2 ? '#f6f7f9' : '#ffffff'} />
            <text x={10} y={l.y + 22} className="lane-label">
              {l.shortName}
            </text>
            <text x={10} y={l.y + 40} className="lane-name">
              {l.name.length > 22 ? `${l.name.slice(0, 21)}…` : l.name}
            </text>
            {!l.cases && (
              <text x={10} y={l.y + 58} className="lane-name">
                {t('flow.noMeetings')}
              </text>
            )}
          </g>
        ))}
        <g clipPath="url(#flow-clip)">
          {g.ticks.map((tk) => (
            <line key={`l${tk.label}`} x1={tk.x - 3} x2={tk.x - 3} y1={0} y2={g.axisY + 6} stroke="#e3e6ea" />
          ))}
          {g.links.map((a) => {
            const s = LINK_KIND_STYLE[a.kind] ?? LINK_KIND_STYLE['same-matter']!;
            const [p, q] = a.from.x <= a.to.x ? [a.from, a.to] : [a.to, a.from];
            const py = p.y + p.h / 2;
            const qy = q.y + q.h / 2;
            const side = q.x > p.x + p.w;
            const d = side
              ? `M ${p.x + p.w} ${py} C ${(p.x + p.w + q.x) / 2} ${py}, ${(p.x + p.w + q.x) / 2} ${qy}, ${q.x} ${qy}`
              : `M ${p.x + p.w / 2} ${py < qy ? p.y + p.h : p.y} L ${q.x + q.w / 2} ${py < qy ? q.y : q.y + q.h}`;
            const on = chain ? a.ids.some(([x, y]) => chain.has(x) && chain.has(y)) : true;
            return (
              <g key={a.key} className={`flow-link${chain ? (on ? ' in-chain' : ' faded') : ''}`}>
                <path
                  d={d}
                  fill="none"
                  stroke={s.color}
                  strokeWidth={Math.min(2 + Math.log2(a.count), 6)}
                  strokeDasharray={a.dashed ? '6 4' : undefined}
                  markerEnd={`url(#arrow-${a.kind})`}
                  data-kind={a.kind}
                  data-count={a.count}
                >
                  <title>{`${a.count > 1 ? `${a.count} ${t('flow.links')}: ` : ''}${a.kind}${a.quote ? `: ${a.quote}` : ''}`}</title>
                </path>
              </g>
            );
          })}
          {g.markers.map((m) => {
            const parts = [
              m.counts.referred ? `${m.counts.referred} ${t('flow.markerReferred')}` : '',
              m.counts.planned ? `${m.counts.planned} ${t('flow.markerPlanned')}` : '',
              m.counts.earlier ? `${m.counts.earlier} ${t('flow.markerEarlier')}` : '',
            ].filter(Boolean);
            return (
              <g
                key={m.key}
                className={`flow-marker${chain ? (m.from.some((f) => chain.has(f)) ? ' in-chain' : ' faded') : ''}`}
                transform={`translate(${m.x}, ${m.y})`}
              >
                <rect width={m.w} height={MARKER_H} rx={3} />
                <text x={5} y={11}>
                  {fitText(parts.join(', '), m.w)}
                </text>
                <title>{[parts.join(', '), ...m.titles.slice(0, 6)].join('\n')}</title>
              </g>
            );
          })}
          {g.boxes.map((b) => (
            <g
              key={b.key}
              transform={`translate(${b.x}, ${b.y})`}
              className={`flow-node${b.folded ? ' folded' : ''}${b.stub ? ' stub' : ''}${fade(b.ids)}`}
              data-case={b.folded ? undefined : b.ids[0]}
              data-fold={b.folded ? b.key : undefined}
              data-count={b.folded ? b.ids.length : undefined}
              role="button"
              tabIndex={0}
              // The name starts with the text as drawn (WCAG 2.5.3, label in name), shortened or not,
              // and then says in full what a shortened box cuts.
              aria-label={
                b.folded
                  ? `${fitText(b.label, b.w)} ${fitText(caseWord(b.ids.length), b.w)}`
                  : `${fitText(`${b.label} ${b.title}`, b.w)}, ${b.label} ${b.title} (${b.date ?? t('flowNoDate')})`
              }
              onClick={() => open(b)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  open(b);
                }
              }}
            >
              <rect width={b.w} height={b.h} rx={6} />
              {b.folded ? (
                <>
                  <text x={8} y={17} className="fold-label">
                    {fitText(b.label, b.w)}
                  </text>
                  <text x={8} y={BOX_H + 15} className="fold-count">
                    {fitText(caseWord(b.ids.length), b.w)}
                  </text>
                </>
              ) : (
                <text x={8} y={16}>
                  {fitText(`${b.label} ${b.title}`, b.w)}
                </text>
              )}
              <title>{b.folded ? `${b.label}: ${caseWord(b.ids.length)}\n${b.title}` : `${b.label} ${b.title}`}</title>
            </g>
          ))}
        </g>
        <g className="flow-axis">
          {g.ticks.map((tk) => (
            <text key={tk.label} x={tk.x} y={g.axisY + 18} className="tick" data-tick={tk.label}>
              {tk.label}
            </text>
          ))}
        </g>
      </svg>
      <Overview
        flow={flow}
        span={span}
        domain={domain}
        setDomain={setDomain}
        left={g.left}
        right={g.right}
        width={g.width}
      />
    </div>
  );
}
