import type { DependenciesT, FlowT } from '../../../graph/api/responses.js';
import { q, useApi } from '../api/client.js';
import { Status } from '../components/Status.js';
import { TopicRoleSelect } from '../components/TopicRoleSelect.js';
import { useT } from '../i18n/i18n.js';
import type { StringKey } from '../i18n/strings.js';
import { LINK_KIND_STYLE } from '../kinds.js';
import { openNode, type UrlState } from '../state/urlState.js';
import { layoutFlow, NODE_W } from './flowLayout.js';

/** Swimlanes per committee on a time axis: how a matter moves between NUFA, NUIT and the boards. */
export function FlowView({ state, update }: { state: UrlState; update: (f: (s: UrlState) => UrlState) => void }) {
  const { t } = useT();
  // The flow counts mentions by default: a topic's whole trail, also where it is not the main subject.
  const role = state.topicRole ?? 'any';
  const topics = useApi<DependenciesT>(`/api/topics/dependencies?${q({ role })}`);
  const url =
    state.flowTopic || state.flowCase
      ? `/api/flow?${q({ topic: state.flowTopic, case: state.flowCase, ...(state.flowTopic ? { role } : {}) })}`
      : undefined;
  const flow = useApi<FlowT>(url);
  const g = flow.data ? layoutFlow(flow.data) : undefined;
  return (
    <div className="flow-view">
      <div className="toolbar">
        <label>
          {t('filters.topic')}{' '}
          <select
            aria-label={t('filters.topic')}
            value={state.flowTopic ?? ''}
            onChange={(e) => update((s) => ({ ...s, flowTopic: e.target.value || undefined, flowCase: undefined }))}
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
      <Status
        loading={flow.loading && !flow.data}
        error={flow.error ?? topics.error}
        retry={flow.error ? flow.retry : topics.retry}
        empty={!url ? t('flowPick') : flow.data && !flow.data.cases.length ? t('flowNoCases') : undefined}
      >
        {g && (
          <div className="flow-scroll">
            <svg width={g.width} height={g.height} role="group" aria-label={t('view.flow')} className="flow-svg">
              <defs>
                {Object.entries(LINK_KIND_STYLE).map(([k, s]) => (
                  <marker
                    key={k}
                    id={`arrow-${k}`}
                    viewBox="0 0 10 10"
                    refX="9"
                    refY="5"
                    markerWidth="7"
                    markerHeight="7"
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
                </g>
              ))}
              {g.ticks.map((tk) => (
                <g key={tk.label}>
                  <line x1={tk.x} x2={tk.x} y1={0} y2={g.height - 24} stroke="#e3e6ea" />
                  <text x={tk.x} y={g.height - 8} className="tick">
                    {tk.label}
                  </text>
                </g>
              ))}
              {g.arrows.map((a, i) => {
                const s = LINK_KIND_STYLE[a.kind] ?? LINK_KIND_STYLE['same-matter']!;
                // Boxes side by side connect at their ends; boxes above each other at top/bottom.
                const close = Math.abs(a.to.x - a.from.x) < NODE_W && a.to.lane !== a.from.lane;
                const down = a.to.y > a.from.y ? 1 : -1;
                const d = close
                  ? `M ${a.from.x} ${a.from.y + down * 12} C ${a.from.x} ${(a.from.y + a.to.y) / 2}, ${a.to.x} ${(a.from.y + a.to.y) / 2}, ${a.to.x} ${a.to.y - down * 12}`
                  : (() => {
                      const x1 = a.from.x + (a.to.x >= a.from.x ? NODE_W / 2 : -NODE_W / 2);
                      const x2 = a.to.x + (a.to.x >= a.from.x ? -NODE_W / 2 : NODE_W / 2);
                      const mx = (x1 + x2) / 2;
                      return `M ${x1} ${a.from.y} C ${mx} ${a.from.y}, ${mx} ${a.to.y}, ${x2} ${a.to.y}`;
                    })();
                return (
                  <path
                    key={i}
                    d={d}
                    fill="none"
                    stroke={s.color}
                    strokeWidth={2}
                    strokeDasharray={a.dashed ? '6 4' : undefined}
                    markerEnd={`url(#arrow-${a.kind})`}
                    data-kind={a.kind}
                  >
                    <title>{`${a.kind}${a.quote ? `: ${a.quote}` : ''}`}</title>
                  </path>
                );
              })}
              {g.nodes.map((n) => (
                <g
                  key={n.id}
                  transform={`translate(${n.x - NODE_W / 2}, ${n.y - 12})`}
                  className={`flow-node${n.ghost ? ` ghost ${n.ghost}` : ''}${n.stub ? ' stub' : ''}`}
                  data-case={n.ghost ? undefined : n.id}
                  role={n.ghost ? undefined : 'button'}
                  tabIndex={n.ghost ? undefined : 0}
                  onClick={() => !isGhost(n.ghost) && update(openNode(`Case:${n.id.split('@')[0]}`))}
                  onKeyDown={(e) =>
                    e.key === 'Enter' && !isGhost(n.ghost) && update(openNode(`Case:${n.id.split('@')[0]}`))
                  }
                >
                  <rect width={NODE_W} height={24} rx={6} />
                  <text x={8} y={16}>
                    {n.ghost === 'planned'
                      ? `${t('planned')} ${n.label}`
                      : n.ghost === 'referred'
                        ? `${t('referred')} ${n.label}`
                        : n.ghost === 'earlier'
                          ? `${n.label} (${n.date})`
                          : `${n.label} ${n.title}`.slice(0, 27)}
                  </text>
                  <title>{isGhost(n.ghost) ? n.title : `${n.label} ${n.title} (${n.date ?? t('flowNoDate')})`}</title>
                </g>
              ))}
            </svg>
          </div>
        )}
      </Status>
    </div>
  );
}

/** Placeholders of what is not a loaded case: nothing to open. */
const isGhost = (g: string | undefined) => g === 'planned' || g === 'referred';
