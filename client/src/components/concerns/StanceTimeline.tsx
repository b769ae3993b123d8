import { useState } from 'react';
import { STANCES } from '../../../../graph/schema/nodes.js';
import { useT } from '../../i18n/i18n.js';
import { axisTicks, stackOf, type Bin, type BinUnit } from './timeBins.js';

/* Drawing units (the SVG scales to the panel's width); labels are measured in the same units. */
const W = 320;
const X0 = 24;
const PLOT_W = W - X0 - 4;
const FONT = 10;
const CHAR_W = 6.2;

const binName = (b: Bin) => (b.quarter ? `${b.year} K${b.quarter}` : String(b.year));

function useBinText() {
  const { t } = useT();
  return (b: Bin) =>
    `${binName(b)}: ${b.count}${
      b.count
        ? ` (${stackOf(b)
            .map((s) => `${t(`stance.${s.stance}`)} ${s.count}`)
            .join(', ')})`
        : ''
    }`;
}

/** Stacked bars of one row, bottom up by stance, a white gap between segments (colour is never alone: see the table). */
function Bars({ bins, height, top, max }: { bins: Bin[]; height: number; top: number; max: number }) {
  const text = useBinText();
  const step = PLOT_W / bins.length;
  const bw = Math.max(1, Math.min(step - 2, 28));
  return (
    <>
      {bins.map((b, i) => {
        let y = top + height;
        const x = X0 + step * i + (step - bw) / 2;
        return (
          <g key={b.key}>
            <title>{text(b)}</title>
            {stackOf(b).map(({ stance, count }) => {
              const h = (height * count) / max;
              y -= h;
              return (
                <rect
                  key={stance}
                  className={`bar bar-${stance}`}
                  x={x}
                  y={y}
                  width={bw}
                  height={Math.max(h - 0.5, 0.5)}
                />
              );
            })}
          </g>
        );
      })}
    </>
  );
}

/**
 * An actor's statements over time, split by stance: one bar per year or quarter (as the span
 * demands) over the whole span, the axis labelled where labels fit, a legend in words and a table
 * with every number for those who do not read the chart.
 */
export function StanceTimeline({ unit, bins }: { unit: BinUnit; bins: Bin[] }) {
  const { t } = useT();
  const text = useBinText();
  const [table, setTable] = useState(false);
  if (!bins.length) return <p className="hint">{t('timeline.empty')}</p>;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const H = 110;
  const top = 12;
  const plotH = H - top - 22;
  const ticks = axisTicks(bins, X0, PLOT_W / bins.length, CHAR_W);
  const used = STANCES.filter((s) => bins.some((b) => b.stances[s]));
  const total = bins.reduce((s, b) => s + b.count, 0);
  const summary = `${t('timeline.title')}, ${unit === 'year' ? t('timeline.byYear') : t('timeline.byQuarter')}: ${bins
    .filter((b) => b.count)
    .map(text)
    .join('; ')}`;
  return (
    <figure className="stance-timeline" data-testid="stance-timeline">
      <figcaption>
        {t('timeline.title')} ({unit === 'year' ? t('timeline.byYear') : t('timeline.byQuarter')})
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="stance-chart">
        <line className="axis" x1={X0} x2={W - 4} y1={top + plotH} y2={top + plotH} />
        <text className="axis-label" x={X0 - 4} y={top + 4} textAnchor="end" fontSize={FONT}>
          {max}
        </text>
        <text className="axis-label" x={X0 - 4} y={top + plotH} textAnchor="end" fontSize={FONT}>
          0
        </text>
        <Bars bins={bins} height={plotH} top={top} max={max} />
        {ticks.map((tk) => (
          <text key={tk.x} className="axis-label tick" x={tk.x} y={H - 6} textAnchor="middle" fontSize={FONT}>
            {tk.text}
          </text>
        ))}
      </svg>
      <ul className="stance-legend">
        {used.map((s) => (
          <li key={s}>
            <span className={`swatch bar-${s}`} aria-hidden /> {t(`stance.${s}`)}
          </li>
        ))}
      </ul>
      <button type="button" className="link" aria-expanded={table} onClick={() => setTable((v) => !v)}>
        {table ? t('timeline.hideTable') : t('timeline.showTable')}
      </button>
      {table && (
        <table className="stance-table">
          <thead>
            <tr>
              <th scope="col">{t('timeline.period')}</th>
              {used.map((s) => (
                <th key={s} scope="col">
                  {t(`stance.${s}`)}
                </th>
              ))}
              <th scope="col">{t('timeline.total')}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b) => (
              <tr key={b.key}>
                <th scope="row">{binName(b)}</th>
                {used.map((s) => (
                  <td key={s}>{b.stances[s] ?? 0}</td>
                ))}
                <td>{b.count}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('timeline.total')}</th>
              {used.map((s) => (
                <td key={s}>{bins.reduce((n, b) => n + (b.stances[s] ?? 0), 0)}</td>
              ))}
              <td>{total}</td>
            </tr>
          </tbody>
        </table>
      )}
    </figure>
  );
}

/** A topic's statements on the timeline's axis: a thin strip of bars, its numbers in its label. */
export function TopicStrip({ bins, label }: { bins: Bin[]; label: string }) {
  const max = Math.max(1, ...bins.map((b) => b.count));
  return (
    <svg viewBox={`0 0 ${W} 18`} role="img" aria-label={label} className="topic-strip">
      <Bars bins={bins} height={16} top={1} max={max} />
    </svg>
  );
}
