import type { ElementDefinition } from 'cytoscape';
import { useMemo, useState } from 'react';
import type { EntityT, PathResultT } from '../../../graph/api/responses.js';
import { q, useApi } from '../api/client.js';
import { GraphCanvas } from '../components/GraphCanvas.js';
import { SearchBox } from '../components/SearchBox.js';
import { Status } from '../components/Status.js';
import { useT } from '../i18n/i18n.js';
import { openNode, type UrlState } from '../state/urlState.js';

/** One end of a path: its name (from the pick, or looked up for an id from the URL) and a search box. */
function EndpointPicker({ title, id, onPick }: { title: string; id?: string; onPick: (id: string) => void }) {
  const [picked, setPicked] = useState<{ id: string; label: string }>();
  const entity = useApi<EntityT>(id && picked?.id !== id ? `/api/entities/${encodeURIComponent(id)}` : undefined);
  const name = !id ? '–' : picked?.id === id ? picked.label : (entity.data?.label ?? id);
  return (
    <div>
      <span className="picker-label">{title}:</span> <strong>{name}</strong>
      <SearchBox
        label={title}
        onPick={(pickedId, label) => {
          setPicked({ id: pickedId, label });
          onPick(pickedId);
        }}
      />
    </div>
  );
}

/** Pick two entities; their shortest paths are drawn, highlighted and told in words. */
export function PathsView({ state, update }: { state: UrlState; update: (f: (s: UrlState) => UrlState) => void }) {
  const { t, lang } = useT();
  const url =
    state.pathFrom && state.pathTo ? `/api/paths?${q({ from: state.pathFrom, to: state.pathTo })}` : undefined;
  const res = useApi<PathResultT>(url);
  const elements = useMemo<ElementDefinition[]>(() => {
    const out = new Map<string, ElementDefinition>();
    for (const p of res.data?.paths ?? []) {
      for (const n of p.nodes) out.set(n.data.id, n as ElementDefinition);
      for (const s of p.steps) {
        const [source, target] = s.forward ? [s.from, s.to] : [s.to, s.from];
        const id = `${s.type}|${source}|${target}`;
        out.set(id, { group: 'edges', data: { id, source, target, type: s.type, label: s.type } });
      }
    }
    return [...out.values()];
  }, [res.data]);
  const highlighted = useMemo(() => new Set(elements.map((e) => e.data.id!)), [elements]);
  return (
    <div className="paths-view">
      <div className="toolbar path-pickers">
        <EndpointPicker
          title={t('pathFrom')}
          id={state.pathFrom}
          onPick={(id) => update((s) => ({ ...s, pathFrom: id }))}
        />
        <EndpointPicker title={t('pathTo')} id={state.pathTo} onPick={(id) => update((s) => ({ ...s, pathTo: id }))} />
      </div>
      <Status
        loading={res.loading && !res.data}
        error={res.error}
        retry={res.retry}
        empty={url && res.data && !res.data.paths.length ? t('pathNone') : undefined}
      >
        {res.data && res.data.paths.length > 0 && (
          <div className="paths-layout">
            <ol className="path-list">
              {res.data.paths.map((p, i) => (
                <li key={i}>
                  <p>{lang === 'nb' ? p.explanationNb : p.explanation}</p>
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      update((s) => ({ ...openNode(p.nodes[0]!.data.id)(s), ids: p.nodes.map((n) => n.data.id) }))
                    }
                  >
                    {t('showInGraph')} →
                  </button>
                </li>
              ))}
            </ol>
            <div className="canvas-wrap small">
              <GraphCanvas
                elements={elements}
                layout="breadthfirst"
                hidden={new Set()}
                pinned={new Set()}
                highlighted={highlighted}
                label={t('view.paths')}
                onSelect={() => {}}
                onExpand={(id) => update(openNode(id))}
              />
            </div>
          </div>
        )}
      </Status>
    </div>
  );
}
