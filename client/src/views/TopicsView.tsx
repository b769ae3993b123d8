import { useMemo, useState } from 'react';
import type { DependencyMapT, LandscapeT } from '../../../graph/api/strategy.js';
import { q, useApi } from '../api/client.js';
import { GraphCanvas } from '../components/GraphCanvas.js';
import { Status } from '../components/Status.js';
import { TopicRoleSelect } from '../components/TopicRoleSelect.js';
import { DEP_KIND_STYLE } from '../components/dependencyStyle.js';
import { useT } from '../i18n/i18n.js';
import { useStrategyT } from '../i18n/strategyStrings.js';
import { openNode, type UrlState } from '../state/urlState.js';
import { DependencySources } from './dependencies/DependencySources.js';
import { DEP_KINDS, dependencyElements, sliderDates } from './dependencies/elements.js';
import { LandscapePanel } from './dependencies/LandscapePanel.js';
import { Traversal } from './dependencies/Traversal.js';
import './dependencies/dependencies.css';

const DEFAULT_KINDS = ['prerequisite', 'builds-on', 'linked', 'conflicts', 'co-occurrence'];

/**
 * The topic map as a dependency view: typed, directed dependencies read from the documents (style
 * per kind, width by evidence, quote on hover, sources on click), co-occurrence as its own kind,
 * clusters and central topics, traversals told in words, and a time slider. Everything on the
 * canvas is also in the list below it.
 */
export function TopicsView({ state, update }: { state: UrlState; update: (f: (s: UrlState) => UrlState) => void }) {
  const { t } = useT();
  const { s } = useStrategyT();
  const kinds = useMemo(() => new Set(state.depKinds ?? DEFAULT_KINDS), [state.depKinds]);
  // Co-occurrence counts mentions by default, as the flow does: a topic's whole trail.
  const role = state.topicRole ?? 'any';
  const all = useApi<DependencyMapT>(`/api/dependencies/map?${q({ role })}`);
  const res = useApi<DependencyMapT>(`/api/dependencies/map?${q({ at: state.depAt, role })}`);
  const landscape = useApi<LandscapeT>('/api/landscape');
  const [selected, setSelected] = useState<string>();
  const [highlighted, setHighlighted] = useState<Set<string>>(new Set());
  const map = res.data;
  const name = (id: string) => map?.nodes.find((n) => n.id === id)?.name ?? id;
  const kindLabel = (k: string) => s(`kind.${k}` as never);
  const elements = useMemo(
    // Clusters colour the nodes: wait for them (or their failure) rather than draw twice.
    () =>
      map && !landscape.loading ? dependencyElements(map, landscape.data, kinds, (k) => s(`kind.${k}` as never)) : [],
    [map, landscape.data, landscape.loading, kinds, s],
  );
  const dates = sliderDates(all.data);
  const atIndex = state.depAt ? dates.findIndex((d) => d >= state.depAt!) : dates.length;
  const edges = (map?.edges ?? []).filter((e) => kinds.has(e.kind));
  const typedEdges = edges.filter((e) => e.kind !== 'co-occurrence');
  const selectedEdge = map?.edges.find((e) => e.id === selected);
  const toggleKind = (k: string) =>
    update((st) => {
      const now = new Set(st.depKinds ?? DEFAULT_KINDS);
      if (now.has(k)) now.delete(k);
      else now.add(k);
      return { ...st, depKinds: DEP_KINDS.filter((x) => now.has(x)) };
    });
  return (
    <div className="topics-view dep-view">
      <div className="toolbar dep-toolbar">
        <p className="hint">{s('depHelp')}</p>
        <fieldset className="dep-kinds">
          <legend>{s('kinds')}</legend>
          {DEP_KINDS.map((k) => (
            <label key={k} className="dep-kind-toggle">
              <input type="checkbox" checked={kinds.has(k)} onChange={() => toggleKind(k)} />
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="1"
                  y1="5"
                  x2="27"
                  y2="5"
                  stroke={DEP_KIND_STYLE[k]!.color}
                  strokeWidth="3"
                  strokeDasharray={
                    DEP_KIND_STYLE[k]!.line === 'dashed'
                      ? '6 3'
                      : DEP_KIND_STYLE[k]!.line === 'dotted'
                        ? '2 3'
                        : undefined
                  }
                />
              </svg>
              {kindLabel(k)}
            </label>
          ))}
        </fieldset>
        <TopicRoleSelect value={role} update={update} />
        {dates.length > 0 && (
          <label className="dep-slider">
            {s('at')}:{' '}
            <input
              type="range"
              min={0}
              max={dates.length}
              step={1}
              value={atIndex < 0 ? dates.length : atIndex}
              aria-valuetext={state.depAt ?? s('atAll')}
              onChange={(e) => {
                const i = Number(e.target.value);
                update((st) => ({ ...st, depAt: i >= dates.length ? undefined : dates[i] }));
              }}
            />{' '}
            <output>{state.depAt ?? s('atAll')}</output>
          </label>
        )}
      </div>
      <Status loading={res.loading && !map} error={res.error} retry={res.retry}>
        <div className="dep-body">
          <div className="canvas-wrap">
            <GraphCanvas
              // The canvas adds and removes elements but never updates one in place: a new date
              // changes evidence counts (a role changes co-occurrence), so such a map is a new canvas.
              key={`${state.depAt ?? 'all'}:${role}`}
              elements={elements}
              layout="fcose"
              hidden={new Set()}
              pinned={new Set()}
              highlighted={highlighted}
              selected={selected}
              label={t('view.topics')}
              onSelect={(id) => setSelected(id)}
              onExpand={(id) => update(openNode(id))}
            />
          </div>
          <aside className="dep-side" aria-label={s('sources')}>
            {selectedEdge ? (
              <DependencySources edge={selectedEdge} name={name} onOpen={(id) => update(openNode(id))} />
            ) : selected ? (
              <p>
                <strong>{name(selected)}</strong>{' '}
                <button type="button" className="link" onClick={() => update(openNode(selected))}>
                  {s('openInGraph')} →
                </button>
              </p>
            ) : (
              <p className="hint">{s('selectEdge')}</p>
            )}
            {map && (
              <Traversal
                map={map}
                from={state.depFrom}
                direction={state.depDir ?? 'downstream'}
                at={state.depAt}
                onChange={(from, dir) => update((st) => ({ ...st, depFrom: from, depDir: dir }))}
                onHighlight={(ids) => setHighlighted(new Set(ids))}
              />
            )}
            {landscape.data && <LandscapePanel landscape={landscape.data} onOpen={(id) => update(openNode(id))} />}
          </aside>
        </div>
        <section className="dep-list" aria-labelledby="dep-list-h">
          <h2 id="dep-list-h">{s('edges')}</h2>
          <table data-testid="dep-table">
            <thead>
              <tr>
                <th scope="col">{s('kindCol')}</th>
                <th scope="col">{s('fromCol')}</th>
                <th scope="col">{s('toCol')}</th>
                <th scope="col">{s('evidence')}</th>
                <th scope="col">{s('firstLast')}</th>
              </tr>
            </thead>
            <tbody>
              {typedEdges.map((e) => (
                <tr key={e.id} className={selected === e.id ? 'selected' : undefined}>
                  <td>{kindLabel(e.kind)}</td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-pressed={selected === e.id}
                      onClick={() => setSelected(e.id)}
                    >
                      {name(e.source)}
                    </button>
                  </td>
                  <td>
                    {e.directed ? '→' : '↔'} {name(e.target)}
                  </td>
                  <td>{e.evidence}</td>
                  <td>
                    {e.firstDate ?? '–'}
                    {e.lastDate && e.lastDate !== e.firstDate ? ` – ${e.lastDate}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </Status>
    </div>
  );
}
