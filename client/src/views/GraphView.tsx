import type { ElementDefinition } from 'cytoscape';
import { Suspense, useMemo, useRef, useState } from 'react';
import { isSummaryGroupId, type DependenciesT, type ElementsT } from '../../../graph/api/responses.js';
import { q, useApi } from '../api/client.js';
import { CanvasSummary } from '../components/CanvasSummary.js';
import { DetailsPanel } from '../components/DetailsPanel.js';
import { ExportMenu } from '../components/ExportMenu.js';
import { useCanvasKeyboard } from '../components/useCanvasKeyboard.js';
import { download } from '../components/download.js';
import { FiltersBar } from '../components/FiltersBar.js';
import { GraphList } from '../components/GraphList.js';
import type { GraphCanvasHandle } from '../components/GraphCanvas.js';
import { Legend } from '../components/Legend.js';
import { SearchBox } from '../components/SearchBox.js';
import { StartPoints } from '../components/StartPoints.js';
import { SummaryNote, SummaryPanel } from '../components/SummaryPanel.js';
import { Status } from '../components/Status.js';
import { useT } from '../i18n/i18n.js';
import { lazyView } from '../lazyView.js';
import { drawable } from '../state/drawnElements.js';
import { groupElements, isGroupId, serverGroup } from '../state/groupElements.js';
import { expandNode, LAYOUTS, openNode, select, undoExpansion, type UrlState } from '../state/urlState.js';

// Cytoscape is most of the client's weight: it loads with the first graph, not with the start page.
const GraphCanvas = lazyView(() => import('../components/GraphCanvas.js'), 'GraphCanvas');

const EMPTY: ElementsT = { nodes: [], edges: [], truncated: false };
/** Nodes per view; past this the server truncates and the view says so. */
const NODE_LIMIT = 1000;

export function GraphView({
  state,
  update,
  replace,
  highlighted,
}: {
  state: UrlState;
  update: (f: (s: UrlState) => UrlState) => void;
  replace: (f: (s: UrlState) => UrlState) => void;
  highlighted?: Set<string>;
}) {
  const { t, kind, plural, lang, relation, edge } = useT();
  const canvas = useRef<GraphCanvasHandle>(null);
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [pinned, setPinned] = useState<Set<string>>(new Set());
  const [asList, setAsList] = useState(false);
  const [grouping, setGrouping] = useState(true);
  const [openGroups, setOpenGroups] = useState<Set<string>>(new Set());
  const f = state.filters;
  // The URL's `ids` are the nodes opened and the summary groups opened, in the order they were
  // opened, so "Angre" closes the last of either.
  const nodeIds = useMemo(() => state.ids.filter((id) => !isSummaryGroupId(id)), [state.ids]);
  const openedGroups = useMemo(() => state.ids.filter((id) => isSummaryGroupId(id)), [state.ids]);
  const params = {
    ids: nodeIds,
    depth: state.depth,
    limit: NODE_LIMIT,
    kinds: f.kinds,
    committee: f.committee,
    from: f.from,
    to: f.to,
    topic: f.topic,
  };
  const url = nodeIds.length ? `/api/neighbourhood?${q({ ...params, open: openedGroups })}` : undefined;
  const res = useApi<ElementsT>(url);
  const topics = useApi<DependenciesT>('/api/topics/dependencies');
  const raw = useMemo(
    () =>
      drawable(
        (url && res.data) || EMPTY,
        edge,
        (memberKind, n, anchor, stance) =>
          `${anchor}: ${n} ${stance ? t(`stance.plural.${stance}`) : plural(memberKind)}`,
      ),
    // `edge`, `t` and `plural` are new functions each render; the language is what they depend on.
    [url, res.data, lang],
  );
  const sel = state.selected;
  const selIsNode = sel && !sel.includes('|');
  // What the user opened or selected is never folded into a group.
  const keep = useMemo(() => new Set([...nodeIds, ...(selIsNode ? [sel!] : [])]), [nodeIds, sel, selIsNode]);
  const grouped = useMemo(
    () =>
      groupElements(raw, {
        expanded: openGroups,
        keep,
        threshold: grouping ? undefined : Infinity,
        label: (memberKind, n, anchor) =>
          memberKind === 'Person' ? `${anchor}: ${n} ${t('group.people')}` : `${n} ${t('group.statements')}`,
      }),
    [raw, openGroups, keep, grouping, t],
  );
  const data = grouped;
  const elements = useMemo<ElementDefinition[]>(() => [...data.nodes, ...data.edges] as ElementDefinition[], [data]);
  const selGroup = isGroupId(sel) ? grouped.groups.find((g) => g.id === sel) : undefined;
  const selServerGroup = serverGroup(raw, sel);
  // Expanding a group shows its members: the client's own groups at once, the server's by asking
  // for the neighbourhood of their anchor (whose neighbours are never folded). Expanding anything
  // else asks the server for its neighbours.
  const expand = (id: string) => {
    const fromServer = serverGroup(raw, id);
    if (isSummaryGroupId(id)) update(expandNode(id));
    else if (fromServer) update((s) => select(fromServer.anchor)(expandNode(fromServer.anchor)(s)));
    else if (isGroupId(id)) setOpenGroups((o) => new Set(o).add(id));
    else update(expandNode(id));
  };
  const toggle = (set: Set<string>, id: string) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };
  const keyboard = useCanvasKeyboard(canvas, selIsNode ? sel : undefined, (id) => replace(select(id)), {
    template: t('canvas.announce'),
    kind,
  });
  const onKey = (e: React.KeyboardEvent) => {
    // Keys on a control (a button in the list, a filter) belong to that control, not to the graph.
    if ((e.target as HTMLElement).closest('button, input, select, textarea, a, summary')) return;
    if (!asList && keyboard.onKey(e.key)) return e.preventDefault();
    if (!selIsNode) return;
    if (e.key === 'Enter') expand(sel!);
    else if (e.key === 'Delete' || e.key === 'h') setHidden((h) => toggle(h, sel!));
    else if (e.key === 'p') setPinned((p) => toggle(p, sel!));
    else if (e.key === 'f') canvas.current?.fit();
    else if (asList && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      const ids = data.nodes.map((n) => n.data.id).filter((id) => !hidden.has(id));
      const i = ids.indexOf(sel!);
      const next = ids[(i + (e.key === 'ArrowRight' ? 1 : ids.length - 1)) % ids.length];
      if (next) replace(select(next));
    } else return;
    e.preventDefault();
  };
  return (
    <div className="graph-view" onKeyDown={onKey}>
      <div className="graph-main">
        <div className="toolbar" role="toolbar" aria-label={t('view.graph')}>
          <SearchBox onPick={(id) => update(openNode(id))} autoFocus={!state.ids.length} withStance />
          <label>
            {t('layout')}{' '}
            <select
              value={state.layout}
              onChange={(e) => update((s) => ({ ...s, layout: e.target.value as UrlState['layout'] }))}
            >
              {LAYOUTS.map((l) => (
                <option key={l} value={l}>
                  {t(`layout.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('depth')}{' '}
            <select value={state.depth} onChange={(e) => update((s) => ({ ...s, depth: Number(e.target.value) }))}>
              {[1, 2, 3].map((d) => (
                <option key={d}>{d}</option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!selIsNode} onClick={() => expand(sel!)} title="Enter">
            {t('expand')}
          </button>
          <button type="button" disabled={!selIsNode} onClick={() => setHidden((h) => toggle(h, sel!))} title="h">
            {t('hide')}
          </button>
          <button type="button" disabled={!selIsNode} onClick={() => setPinned((p) => toggle(p, sel!))} title="p">
            {selIsNode && pinned.has(sel!) ? t('unpin') : t('pin')}
          </button>
          <button type="button" onClick={() => canvas.current?.fit()} title="f">
            {t('fit')}
          </button>
          <button type="button" aria-pressed={asList} onClick={() => setAsList((v) => !v)}>
            {t('listView')}
          </button>
          <label>
            <input type="checkbox" checked={grouping} onChange={(e) => setGrouping(e.target.checked)} />{' '}
            {t('group.toggle')}
          </label>
          <button type="button" disabled={state.ids.length < 2} onClick={() => update(undoExpansion)}>
            {t('undo')}
          </button>
          <button
            type="button"
            disabled={!data.nodes.length}
            onClick={() => {
              const png = canvas.current?.png();
              if (png)
                void fetch(png)
                  .then((r) => r.blob())
                  .then((b) => download('sakskart.png', b));
            }}
          >
            {t('exportPng')}
          </button>
          <button
            type="button"
            disabled={!data.nodes.length}
            onClick={() =>
              download(
                'sakskart-elements.json',
                JSON.stringify(canvas.current?.visibleElements() ?? [], null, 2),
                'application/json',
              )
            }
          >
            {t('exportJson')}
          </button>
          <ExportMenu params={params} disabled={!data.nodes.length} />
        </div>
        <FiltersBar
          filters={f}
          topics={topics.data?.topics ?? []}
          onChange={(filters) => update((s) => ({ ...s, filters }))}
        />
        {data.truncated && (
          <p className="warning" role="status">
            ⚠ {t('truncated')}
          </p>
        )}
        <SummaryNote elements={raw} />
        {url && res.data && !raw.edges.length && (
          <p className="note" role="status">
            {t('summary.empty')}
          </p>
        )}
        {raw.omitted?.map((o) => (
          <p key={o.type} className="note" role="status">
            {t(o.type === 'ATTENDED' ? 'omitted.attendance' : 'omitted.other')
              .replace('{n}', o.count.toLocaleString(lang === 'nb' ? 'nb-NO' : 'en-GB'))
              .replace('{rel}', relation(o.type, 'out'))}
          </p>
        ))}
        <CanvasSummary data={data} hidden={hidden} spoken={keyboard.spoken} />
        <div className="canvas-wrap">
          {!state.ids.length && (
            <div className="canvas-overlay interactive">
              <StartPoints topics={topics.data} onOpen={(id) => update(openNode(id))} />
            </div>
          )}
          {asList && state.ids.length > 0 && (
            <div className="canvas-overlay interactive list-overlay">
              <GraphList
                elements={data}
                hidden={hidden}
                selected={sel}
                onSelect={(id) => replace(select(id))}
                onExpand={expand}
              />
            </div>
          )}
          {res.error && (
            <div className="canvas-overlay">
              <Status error={res.error} retry={res.retry} />
            </div>
          )}
          {res.loading && !res.data && state.ids.length > 0 && (
            <div className="canvas-overlay status">{t('loading')}</div>
          )}
          {/* No canvas (and no Cytoscape download) until there is something to draw. */}
          {state.ids.length > 0 && (
            <Suspense fallback={null}>
              <GraphCanvas
                ref={canvas}
                elements={elements}
                layout={state.layout}
                selected={sel}
                hidden={hidden}
                pinned={pinned}
                highlighted={highlighted}
                label={t('view.graph')}
                onSelect={(id) => replace(select(id))}
                onExpand={expand}
              />
            </Suspense>
          )}
          <Legend />
        </div>
      </div>
      <aside className="details-panel" aria-label={t('details')}>
        {isSummaryGroupId(sel) ? (
          <SummaryPanel elements={raw} group={sel!} onOpen={expand} onSelect={(id) => replace(select(id))} />
        ) : selServerGroup ? (
          <section className="details group-details" aria-labelledby="group-title">
            <h2 id="group-title">{data.nodes.find((n) => n.data.id === selServerGroup.id)?.data.label}</h2>
            <p className="muted">
              {kind('Group')} ·{' '}
              {t('group.serverHint')
                .replace('{n}', String(selServerGroup.count))
                .replace('{kinds}', plural(selServerGroup.memberKind))
                .replaceAll('{anchor}', raw.nodes.find((n) => n.data.id === selServerGroup.anchor)?.data.label ?? '')}
            </p>
            <button type="button" onClick={() => expand(selServerGroup.id)}>
              {t('group.open')}
            </button>
          </section>
        ) : selGroup ? (
          <section className="details group-details" aria-labelledby="group-title">
            <h2 id="group-title">{data.nodes.find((n) => n.data.id === selGroup.id)?.data.label}</h2>
            <p className="muted">
              {kind('Group')} · {t('group.hint')}
            </p>
            <button type="button" onClick={() => expand(selGroup.id)}>
              {t('group.open')}
            </button>
            <h3>{t('group.members')}</h3>
            <ul>
              {selGroup.members.map((m) => (
                <li key={m}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      expand(selGroup.id);
                      replace(select(m));
                    }}
                  >
                    {raw.nodes.find((n) => n.data.id === m)?.data.label ?? m}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          <>
            <DetailsPanel selected={sel} elements={data} onOpen={(id) => update(openNode(id))} />
            {!sel && raw.summary?.length ? (
              <SummaryPanel elements={raw} onOpen={expand} onSelect={(id) => replace(select(id))} />
            ) : null}
          </>
        )}
      </aside>
    </div>
  );
}
