import { useState } from 'react';
import type { FlowT } from '../../../../graph/api/responses.js';
import { useT } from '../../i18n/i18n.js';
import type { FlowGeometry } from '../flowLayout.js';

/**
 * The keyboard and screen-reader alternative of the chart: the boxes in view, lane by lane and in
 * date order, with the same folding (a folded row opens in place).
 */
export function FlowTable({
  flow,
  geometry,
  chain,
  onSelect,
}: {
  flow: FlowT;
  geometry: FlowGeometry;
  chain?: Set<string>;
  onSelect: (id: string) => void;
}) {
  const { t } = useT();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const byId = new Map(flow.cases.map((c) => [c.id, c]));
  const caseButton = (id: string) => {
    const c = byId.get(id);
    return (
      <button type="button" className="linklike" onClick={() => onSelect(id)} data-case-row={id}>
        {c ? `${c.committee} ${c.number} ${c.title}` : id}
      </button>
    );
  };
  const rows = [...geometry.boxes].sort((a, b) => a.lane - b.lane || a.x - b.x || a.y - b.y);
  return (
    <table className="flow-table">
      <caption>{t('view.flow')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('flow.col.committee')}</th>
          <th scope="col">{t('flow.col.period')}</th>
          <th scope="col">{t('flow.col.cases')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((b) => (
          <tr key={b.key} className={chain ? (b.ids.some((id) => chain.has(id)) ? 'in-chain' : 'faded') : undefined}>
            <td>{geometry.lanes[b.lane]?.shortName}</td>
            <td>{b.folded ? b.period.label : (b.date ?? '')}</td>
            <td>
              {b.folded ? (
                <>
                  <button
                    type="button"
                    aria-expanded={open.has(b.key)}
                    data-fold-row={b.key}
                    onClick={() =>
                      setOpen((s) => {
                        const n = new Set(s);
                        if (n.has(b.key)) n.delete(b.key);
                        else n.add(b.key);
                        return n;
                      })
                    }
                  >
                    {b.label}: {b.ids.length} {t('flow.cases')}
                  </button>
                  {open.has(b.key) && (
                    <ul>
                      {b.ids.map((id) => (
                        <li key={id}>{caseButton(id)}</li>
                      ))}
                    </ul>
                  )}
                </>
              ) : (
                caseButton(b.ids[0]!)
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
