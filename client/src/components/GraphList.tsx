import { useMemo } from 'react';
import type { DrawnElements } from '../state/drawnElements.js';
import { useT } from '../i18n/i18n.js';
import { KIND_STYLE } from '../kinds.js';

/** Rows rendered at most; a list of thousands is no help to anyone, and the filters narrow it. */
const MAX_ROWS = 500;

/**
 * The graph as tables: the same nodes and links the canvas shows, for keyboard and screen-reader
 * users (the canvas itself is opaque to them). A name selects the node (details open beside it),
 * "Expand" opens its neighbourhood, exactly as a click and a double-click do on the canvas.
 */
export function GraphList({
  elements,
  hidden,
  selected,
  onSelect,
  onExpand,
}: {
  elements: DrawnElements;
  hidden: Set<string>;
  selected?: string;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
}) {
  const { t, kind } = useT();
  const nodes = elements.nodes.filter((n) => !hidden.has(n.data.id));
  const labels = useMemo(() => new Map(elements.nodes.map((n) => [n.data.id, n.data.label])), [elements]);
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    for (const e of elements.edges) for (const id of [e.data.source, e.data.target]) d.set(id, (d.get(id) ?? 0) + 1);
    return d;
  }, [elements]);
  const edges = elements.edges.filter((e) => !hidden.has(e.data.source) && !hidden.has(e.data.target));
  const more = (n: number) => n > MAX_ROWS && <p className="hint">{t('list.more').replace('{n}', String(MAX_ROWS))}</p>;
  return (
    <div className="graph-list" data-testid="graph-list">
      <table>
        <caption>
          {t('list.caption')} ({nodes.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('list.kind')}</th>
            <th scope="col">{t('list.name')}</th>
            <th scope="col">{t('list.links')}</th>
            <th scope="col">{t('list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.slice(0, MAX_ROWS).map((n) => (
            <tr key={n.data.id} className={n.data.id === selected ? 'selected' : undefined}>
              <td>
                <span style={{ color: KIND_STYLE[n.data.kind]?.color }} aria-hidden>
                  {KIND_STYLE[n.data.kind]?.icon}
                </span>{' '}
                {kind(n.data.kind)}
              </td>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  aria-current={n.data.id === selected ? 'true' : undefined}
                  onClick={() => onSelect(n.data.id)}
                >
                  {n.data.label}
                </button>
              </th>
              <td>{degree.get(n.data.id) ?? 0}</td>
              <td>
                <button
                  type="button"
                  className="small"
                  aria-label={`${t('expand')}: ${n.data.label}`}
                  onClick={() => onExpand(n.data.id)}
                >
                  {t('expand')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more(nodes.length)}
      <table>
        <caption>
          {t('list.edgesCaption')} ({edges.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('list.from')}</th>
            <th scope="col">{t('list.relation')}</th>
            <th scope="col">{t('list.to')}</th>
          </tr>
        </thead>
        <tbody>
          {edges.slice(0, MAX_ROWS).map((e) => (
            <tr key={e.data.id} className={e.data.id === selected ? 'selected' : undefined}>
              <td>{labels.get(e.data.source)}</td>
              <td>
                <button
                  type="button"
                  className="link"
                  aria-current={e.data.id === selected ? 'true' : undefined}
                  onClick={() => onSelect(e.data.id)}
                >
                  {e.data.label}
                </button>
              </td>
              <td>{labels.get(e.data.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more(edges.length)}
    </div>
  );
}
