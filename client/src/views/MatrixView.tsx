import { useEffect, useState } from 'react';
import type { EntityT, MatrixT } from '../../../graph/api/responses.js';
import { getJson, q, useApi } from '../api/client.js';
import { download } from '../components/download.js';
import { matrixCsv } from '../components/exports.js';
import { COMMITTEES } from '../components/FiltersBar.js';
import { SourceList } from '../components/SourceList.js';
import { StanceBadge } from '../components/StanceBadge.js';
import { Status } from '../components/Status.js';
import { STANCES, type StanceT } from '../../../graph/schema/nodes.js';
import { TopicRoleSelect } from '../components/TopicRoleSelect.js';
import { useT } from '../i18n/i18n.js';
import { openNode, type UrlState } from '../state/urlState.js';
import type { LandscapeT } from '../../../graph/api/strategy.js';
import { COMMUNITY_COLORS } from '../components/dependencyStyle.js';
import { useStrategyT } from '../i18n/strategyStrings.js';
import { sortByCluster } from './dependencies/clusterOrder.js';

function CellStatements({ ids, onOpen }: { ids: string[]; onOpen: (id: string) => void }) {
  const { t } = useT();
  const [items, setItems] = useState<EntityT[] | undefined>();
  const [error, setError] = useState(false);
  useEffect(() => {
    let live = true;
    setItems(undefined);
    Promise.all(ids.slice(0, 40).map((id) => getJson<EntityT>(`/api/entities/${encodeURIComponent(id)}`))).then(
      (r) => live && setItems(r),
      () => live && setError(true),
    );
    return () => {
      live = false;
    };
  }, [ids]);
  if (error) return <p role="alert">{t('apiDown')}</p>;
  if (!items) return <p>{t('loading')}</p>;
  return (
    <ul className="cell-statements">
      {items.map((s) => (
        <li key={s.id}>
          <p>
            <StanceBadge
              stance={(s.properties.stance as StanceT | undefined) ?? 'information'}
              cue={String(s.properties.stanceCue ?? '')}
            />
            {String(s.properties.text)}
          </p>
          <SourceList sources={s.sources.slice(0, 1)} />
          <button type="button" className="link" onClick={() => onOpen(s.id)}>
            {t('showInGraph')} →
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Heatmap of statements per organisation and topic; a cell opens its statements with quotes. */
export function MatrixView({ state, update }: { state: UrlState; update: (f: (s: UrlState) => UrlState) => void }) {
  const { t } = useT();
  const role = state.topicRole ?? 'main';
  const [stance, setStance] = useState<StanceT | undefined>();
  const m = useApi<MatrixT>(`/api/matrix?${q({ committee: state.matrixCommittee, role, stance })}`);
  const [cell, setCell] = useState<{ organization: string; topic: string } | undefined>();
  const { s: st } = useStrategyT();
  const landscape = useApi<LandscapeT>(state.matrixByCluster ? '/api/landscape' : undefined);
  const community = new Map((landscape.data?.topics ?? []).map((tp) => [tp.id, tp.community]));
  const data = m.data && {
    ...m.data,
    topics: state.matrixByCluster ? sortByCluster(m.data.topics, landscape.data) : m.data.topics,
  };
  const max = Math.max(1, ...(data?.cells.map((c) => c.count) ?? [1]));
  const at = (o: string, tp: string) => data?.cells.find((c) => c.organization === o && c.topic === tp);
  const chosen = cell && at(cell.organization, cell.topic);
  const exportCsv = () => {
    if (!data) return;
    download('sakskart-aktor-tema.csv', matrixCsv(data), 'text/csv');
  };
  return (
    <div className="matrix-view">
      <div className="toolbar">
        <label>
          {t('filters.committee')}{' '}
          <select
            value={state.matrixCommittee ?? ''}
            onChange={(e) => update((s) => ({ ...s, matrixCommittee: e.target.value || undefined }))}
          >
            <option value="">{t('filters.all')}</option>
            {COMMITTEES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <TopicRoleSelect value={role} update={update} />
        <label>
          {t('stance.label')}{' '}
          <select
            value={stance ?? ''}
            onChange={(e) => setStance((e.target.value || undefined) as StanceT | undefined)}
          >
            <option value="">{t('stance.all')}</option>
            {STANCES.map((x) => (
              <option key={x} value={x}>
                {x === 'concern' ? t('stance.onlyConcerns') : t(`stance.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={exportCsv} disabled={!data?.cells.length}>
          {t('exportCsv')}
        </button>
        <label>
          <input
            type="checkbox"
            checked={Boolean(state.matrixByCluster)}
            onChange={(e) => update((s) => ({ ...s, matrixByCluster: e.target.checked || undefined }))}
          />{' '}
          {st('sortByCluster')}
        </label>
        <span className="hint">{t('matrixHelp')}</span>
      </div>
      <Status
        loading={m.loading && !data}
        error={m.error}
        retry={m.retry}
        empty={data && !data.cells.length ? t('matrixEmpty') : undefined}
      >
        {data && (
          <div className="matrix-layout">
            <div className="matrix-scroll">
              <table className="matrix">
                <thead>
                  <tr>
                    <td />
                    {data.topics.map((tp) => (
                      <th key={tp.id} scope="col">
                        <span>
                          {state.matrixByCluster && community.has(tp.id) && (
                            <span
                              className="cluster-tag"
                              style={{ color: COMMUNITY_COLORS[(community.get(tp.id)! - 1) % COMMUNITY_COLORS.length] }}
                            >
                              {st('community')} {community.get(tp.id)}:{' '}
                            </span>
                          )}
                          {tp.name}
                        </span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.organizations.map((o) => (
                    <tr key={o.id}>
                      <th scope="row">{o.name}</th>
                      {data.topics.map((tp) => {
                        const c = at(o.id, tp.id);
                        return (
                          <td key={tp.id}>
                            {c && (
                              <button
                                type="button"
                                className={cell?.organization === o.id && cell.topic === tp.id ? 'cell active' : 'cell'}
                                style={{
                                  background: `rgba(176, 48, 106, ${0.15 + (0.85 * c.count) / max})`,
                                  color: c.count / max > 0.5 ? '#fff' : '#111',
                                }}
                                aria-label={`${o.name} × ${tp.name}: ${c.count}`}
                                onClick={() => setCell({ organization: o.id, topic: tp.id })}
                              >
                                {c.count}
                              </button>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {chosen && (
              <aside className="matrix-cell" aria-label={t('statements')}>
                <h2>
                  {data.organizations.find((o) => o.id === chosen.organization)?.name} ×{' '}
                  {data.topics.find((tp) => tp.id === chosen.topic)?.name}
                </h2>
                <CellStatements ids={chosen.statements} onOpen={(id) => update(openNode(id))} />
              </aside>
            )}
          </div>
        )}
      </Status>
    </div>
  );
}
