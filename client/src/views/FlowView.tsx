import { useEffect, useMemo, useRef, useState } from 'react';
import type { DependenciesT } from '../../../graph/api/responses.js';
import { q, useApi } from '../api/client.js';
import { Status } from '../components/Status.js';
import { TopicRoleSelect } from '../components/TopicRoleSelect.js';
import { useT } from '../i18n/i18n.js';
import type { StringKey } from '../i18n/strings.js';
import { LINK_KIND_STYLE } from '../kinds.js';
import { openNode, type UrlState } from '../state/urlState.js';
import { chainOf } from './flow/chain.js';
import { FlowChart } from './flow/FlowChart.js';
import { FlowTable } from './flow/FlowTable.js';
import { FoldPanel } from './flow/FoldPanel.js';
import { useFlowPages } from './flow/useFlowPages.js';
import { clampSpan } from './flow/zoom.js';
import { flowSpan, layoutFlow, type Box } from './flowLayout.js';
import { DateInput } from '../components/dateInput/DateInput.js';

const MAIN = ['NUFA', 'NUIT', 'EHELSESTYRE', 'EHELSERAD'];
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Swimlanes per committee on a zoomable time axis: how a matter moves between NUFA, NUIT and the boards. */
export function FlowView({ state, update }: { state: UrlState; update: (f: (s: UrlState) => UrlState) => void }) {
  const { t } = useT();
  // The flow counts mentions by default: a topic's whole trail, also where it is not the main subject.
  const role = state.topicRole ?? 'any';
  const topics = useApi<DependenciesT>(`/api/topics/dependencies?${q({ role })}`);
  const url =
    state.flowTopic || state.flowCase
      ? `/api/flow?${q({
          topic: state.flowTopic,
          case: state.flowCase,
          ...(state.flowTopic ? { role } : {}),
          from: state.flowFrom,
          to: state.flowTo,
          committees: state.flowCommittees,
        })}`
      : undefined;
  const flow = useFlowPages(url);
  const data = flow.data;
  const span = useMemo(() => (data ? flowSpan(data) : ([0, 1] as [number, number])), [data]);
  // The zoom lives here while one zooms and goes to the URL when one stops.
  const fromUrl = (): [number, number] | undefined =>
    state.flowZoom ? [Date.parse(state.flowZoom[0]), Date.parse(state.flowZoom[1])] : undefined;
  const [domain, setDomainState] = useState<[number, number] | undefined>(fromUrl);
  useEffect(() => setDomainState(fromUrl()), [state.flowZoom?.[0], state.flowZoom?.[1], url]);
  const timer = useRef<number | undefined>(undefined);
  const setDomain = (d: [number, number]) => {
    setDomainState(d);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => update((s) => ({ ...s, flowZoom: [iso(d[0]), iso(d[1])] })), 400);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const shown = data ? clampSpan(domain ?? span, span) : span;
  const wrap = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(1100);
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(600, Math.floor(el.clientWidth) - 4));
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    measure();
    return () => ro.disconnect();
  }, [Boolean(data)]);
  const g = data ? layoutFlow(data, { lo: shown[0], hi: shown[1], width, quarter: t('flow.quarter') }) : undefined;
  const chain = data && state.flowSel ? chainOf(data, state.flowSel) : undefined;
  const [fold, setFold] = useState<Box | undefined>();
  useEffect(() => setFold(undefined), [url]);
  const select = (id: string) => update((s) => ({ ...s, flowSel: s.flowSel === id ? undefined : id }));
  const filtered = Boolean(state.flowFrom || state.flowTo || state.flowCommittees);
  const laneKeys = data?.lanes.map((l) => l.committee) ?? MAIN;
  const toggleLane = (k: string) =>
    update((s) => {
      const all = laneKeys;
      const now = s.flowCommittees ?? all;
      const next = now.includes(k) ? now.filter((x) => x !== k) : [...now, k];
      return { ...s, flowCommittees: next.length === all.length || !next.length ? undefined : next };
    });
  const selCase = data?.cases.find((c) => c.id === state.flowSel);
  return (
    <div className="flow-view">
      <div className="toolbar">
        <label>
          {t('filters.topic')}{' '}
          <select
            aria-label={t('filters.topic')}
            value={state.flowTopic ?? ''}
            onChange={(e) =>
              update((s) => ({
                ...s,
                flowTopic: e.target.value || undefined,
                flowCase: undefined,
                flowSel: undefined,
                flowZoom: undefined,
              }))
            }
          >
            <option value="">—</option>
            {(topics.data?.topics ?? []).map((tp) => (
              <option key={tp.id} value={tp.id.replace(/^Topic:/, '')}>
                {tp.name} ({tp.cases})
              </option>
            ))}
          </select>
        </label>
        <TopicRoleSelect value={role} update={update} />
        <DateInput
          label={t('flow.from')}
          value={state.flowFrom}
          onChange={(flowFrom) => update((s) => ({ ...s, flowFrom, flowZoom: undefined }))}
        />
        <DateInput
          label={t('flow.to')}
          value={state.flowTo}
          onChange={(flowTo) => update((s) => ({ ...s, flowTo, flowZoom: undefined }))}
        />
        <fieldset className="flow-lanes">
          <legend>{t('flow.committees')}</legend>
          {(state.flowCommittees ? [...new Set([...MAIN, ...laneKeys])] : laneKeys).map((k) => (
            <label key={k}>
              <input
                type="checkbox"
                checked={!state.flowCommittees || state.flowCommittees.includes(k)}
                onChange={() => toggleLane(k)}
              />
              {data?.lanes.find((l) => l.committee === k)?.shortName ?? k}
            </label>
          ))}
        </fieldset>
        <span className="flow-zoom" role="group" aria-label={t('flow.zoomIn')}>
          <button type="button" onClick={() => setDomain(zoomed(shown, 0.6, span))} aria-label={t('flow.zoomIn')}>
            +
          </button>
          <button type="button" onClick={() => setDomain(zoomed(shown, 1 / 0.6, span))} aria-label={t('flow.zoomOut')}>
            −
          </button>
          <button type="button" onClick={() => setDomain(span)}>
            {t('flow.zoomReset')}
          </button>
        </span>
        <button
          type="button"
          aria-pressed={Boolean(state.flowTable)}
          onClick={() => update((s) => ({ ...s, flowTable: s.flowTable ? undefined : true }))}
        >
          {state.flowTable ? t('flow.showChart') : t('flow.showTable')}
        </button>
        <ul className="flow-legend" aria-label={t('legend')}>
          {Object.entries(LINK_KIND_STYLE).map(([k, s]) => (
            <li key={k}>
              <svg width="26" height="8" aria-hidden>
                <line
                  x1="0"
                  y1="4"
                  x2="26"
                  y2="4"
                  stroke={s.color}
                  strokeWidth="2.5"
                  strokeDasharray={s.dashed ? '5 3' : undefined}
                />
              </svg>
              {t(`link.${k}` as StringKey)}
            </li>
          ))}
        </ul>
      </div>
      {(state.flowSel || state.flowCase) && (
        <div className="flow-chainbar" role="status">
          {selCase && (
            <span>
              {t('flow.chain')}: <strong>{`${selCase.committee} ${selCase.number}`}</strong> ({chain?.size ?? 0}{' '}
              {t('flow.cases')}){' '}
            </span>
          )}
          {state.flowSel && !state.flowCase && (
            <button type="button" onClick={() => update((s) => ({ ...s, flowCase: s.flowSel, flowZoom: undefined }))}>
              {t('flow.only')}
            </button>
          )}
          {state.flowCase && state.flowTopic && (
            <button type="button" onClick={() => update((s) => ({ ...s, flowCase: undefined, flowZoom: undefined }))}>
              {t('flow.all')}
            </button>
          )}
          {state.flowSel && (
            <>
              <button type="button" onClick={() => update(openNode(`Case:${state.flowSel}`))}>
                {t('flow.openDetails')}
              </button>
              <button type="button" onClick={() => update((s) => ({ ...s, flowSel: undefined }))}>
                {t('flow.clearSel')}
              </button>
            </>
          )}
        </div>
      )}
      {data && flow.loading && (
        <p className="flow-progress" role="status">
          {t('flow.loading')}: {flow.loaded} {t('flow.of')} {data.total}
        </p>
      )}
      <Status
        loading={flow.loading && !data}
        error={flow.error ?? topics.error}
        retry={flow.error ? flow.retry : topics.retry}
        empty={
          !url
            ? t('flowPick')
            : data && !data.total
              ? filtered
                ? t('flow.noneInPeriod')
                : t('flowNoCases')
              : undefined
        }
      >
        <div className="flow-scroll" ref={wrap}>
          {fold && data && (
            <FoldPanel
              box={fold}
              flow={data}
              onSelect={(id) => {
                select(id);
              }}
              onZoom={() => {
                setDomain(clampSpan([fold.period.start, fold.period.end], span));
                setFold(undefined);
              }}
              onClose={() => setFold(undefined)}
            />
          )}
          {g && data && g.boxes.length === 0 && (
            <p className="flow-empty" role="status">
              {t('flow.noneInView')}{' '}
              <button type="button" onClick={() => setDomain(span)}>
                {t('flow.zoomReset')}
              </button>
            </p>
          )}
          {g && data && state.flowTable && <FlowTable flow={data} geometry={g} chain={chain} onSelect={select} />}
          {g && data && !state.flowTable && (
            <FlowChart
              flow={data}
              span={span}
              domain={shown}
              setDomain={setDomain}
              g={g}
              chain={chain}
              onSelect={select}
              onOpenFold={setFold}
            />
          )}
        </div>
      </Status>
      {filtered && data && !data.total && (
        <p>
          <button
            type="button"
            onClick={() => update((s) => ({ ...s, flowFrom: undefined, flowTo: undefined, flowCommittees: undefined }))}
          >
            {t('flow.resetFilters')}
          </button>
        </p>
      )}
    </div>
  );
}

const zoomed = (d: [number, number], f: number, span: [number, number]): [number, number] => {
  const mid = (d[0] + d[1]) / 2;
  return clampSpan([mid - ((d[1] - d[0]) / 2) * f, mid + ((d[1] - d[0]) / 2) * f], span);
};
