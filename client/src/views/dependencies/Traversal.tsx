import type { DependencyMapT, DependencyTraversalT } from '../../../../graph/api/strategy.js';
import { q, useApi } from '../../api/client.js';
import { Status } from '../../components/Status.js';
import { useStrategyT } from '../../i18n/strategyStrings.js';

/** "What needs X" and "what X needs": a traversal with depth, each reached topic with its chain in words. */
export function Traversal({
  map,
  from,
  direction,
  at,
  onChange,
  onHighlight,
}: {
  map: DependencyMapT;
  from?: string;
  direction: 'upstream' | 'downstream';
  at?: string;
  onChange: (from: string | undefined, direction: 'upstream' | 'downstream') => void;
  onHighlight: (ids: string[]) => void;
}) {
  const { s, lang } = useStrategyT();
  const res = useApi<DependencyTraversalT>(
    from ? `/api/dependencies/traverse?${q({ from, direction, depth: 3, at, lang })}` : undefined,
  );
  const typed = new Set(map.edges.filter((e) => e.kind !== 'co-occurrence').flatMap((e) => [e.source, e.target]));
  const options = map.nodes.filter((n) => typed.has(n.id));
  return (
    <section className="dep-traverse" aria-labelledby="dep-traverse-h">
      <h2 id="dep-traverse-h">{s('traverse')}</h2>
      <label>
        {s('from')}{' '}
        <select value={from ?? ''} onChange={(e) => onChange(e.target.value || undefined, direction)}>
          <option value="">{s('chooseTopic')}</option>
          {options.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="dep-direction">
        <legend className="sr-only">{s('traverse')}</legend>
        {(['downstream', 'upstream'] as const).map((d) => (
          <label key={d}>
            <input
              type="radio"
              name="dep-direction"
              value={d}
              checked={direction === d}
              onChange={() => onChange(from, d)}
            />{' '}
            {s(d)}
          </label>
        ))}
      </fieldset>
      {from && (
        <Status loading={res.loading && !res.data} error={res.error} retry={res.retry}>
          {res.data && res.data.reached.length === 0 && <p className="hint">{s('nothingReached')}</p>}
          {res.data && res.data.reached.length > 0 && (
            <ol className="dep-reached" data-testid="dep-reached">
              {res.data.reached.map((r) => (
                <li key={r.id}>
                  <button type="button" className="link" onClick={() => onHighlight([from, ...r.via, r.id])}>
                    {r.text}
                  </button>
                </li>
              ))}
            </ol>
          )}
        </Status>
      )}
    </section>
  );
}
