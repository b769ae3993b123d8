import type { ActionItemListT } from '../../../graph/api/actionItems.js';
import { q, useApi } from '../api/client.js';
import { CaseLink } from '../components/CaseLink.js';
import { download } from '../components/download.js';
import { actionItemsCsv } from '../components/exports.js';
import { COMMITTEES } from '../components/FiltersBar.js';
import { ShowInDocument } from '../components/SourceList.js';
import { Status } from '../components/Status.js';
import { useT } from '../i18n/i18n.js';
import { openNode, type UrlState } from '../state/urlState.js';

type Update = (f: (s: UrlState) => UrlState) => void;

/** Every action item with who is responsible, where it came from and whether it was followed up. */
export function ActionItemsView({ state, update }: { state: UrlState; update: Update }) {
  const { t } = useT();
  const list = useApi<ActionItemListT>(
    `/api/action-items?${q({ status: state.aiStatus, committee: state.aiCommittee, q: state.aiQuery })}`,
  );
  const items = list.data?.actionItems ?? [];
  const set = (patch: Partial<UrlState>) => update((s) => ({ ...s, ...patch }));
  const statusText = (s: string) => (s === 'open' ? t('actions.open') : t('actions.followedUp'));
  const exportCsv = () =>
    download(
      'sakskart-aksjonspunkter.csv',
      actionItemsCsv(items, {
        headers: [
          t('actions.text'),
          t('actions.responsible'),
          t('actions.origin'),
          t('actions.meeting'),
          t('actions.status'),
          t('actions.followedUpBy'),
        ],
        status: statusText,
      }),
      'text/csv',
    );
  return (
    <div className="actions-view page-view">
      <div className="toolbar">
        <label>
          {t('actions.status')}{' '}
          <select value={state.aiStatus ?? ''} onChange={(e) => set({ aiStatus: e.target.value || undefined })}>
            <option value="">{t('filters.all')}</option>
            <option value="open">{t('actions.open')}</option>
            <option value="followed-up">{t('actions.followedUp')}</option>
          </select>
        </label>
        <label>
          {t('filters.committee')}{' '}
          <select value={state.aiCommittee ?? ''} onChange={(e) => set({ aiCommittee: e.target.value || undefined })}>
            <option value="">{t('filters.all')}</option>
            {COMMITTEES.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          {t('actions.search')}{' '}
          <input
            type="search"
            defaultValue={state.aiQuery ?? ''}
            onKeyDown={(e) => e.key === 'Enter' && set({ aiQuery: e.currentTarget.value.trim() || undefined })}
            onBlur={(e) => set({ aiQuery: e.target.value.trim() || undefined })}
          />
        </label>
        <button type="button" onClick={exportCsv} disabled={!items.length}>
          {t('exportCsv')}
        </button>
        <span className="muted" aria-live="polite">
          {items.length} {t('actions.count')}
        </span>
      </div>
      <Status loading={list.loading && !list.data} error={list.error} retry={list.retry}>
        <table className="action-items">
          <thead>
            <tr>
              <th scope="col">{t('actions.text')}</th>
              <th scope="col">{t('actions.responsible')}</th>
              <th scope="col">{t('actions.origin')}</th>
              <th scope="col">{t('actions.meeting')}</th>
              <th scope="col">{t('actions.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-status={a.status}>
                <td>
                  {a.text} {a.source && <ShowInDocument source={a.source} />}
                </td>
                <td>
                  {a.responsible.map((r) => (
                    <button key={r.id} type="button" className="link" onClick={() => update(openNode(r.id))}>
                      {r.name}
                    </button>
                  ))}
                </td>
                <td>
                  <CaseLink id={a.case} title={a.caseTitle.split(' ').slice(2).join(' ')} update={update} />
                </td>
                <td>{a.date}</td>
                <td>
                  <span className={a.status === 'open' ? 'badge open' : 'badge loaded'}>{statusText(a.status)}</span>
                  {a.followedUpBy.map((f) => (
                    <div key={f.id}>
                      {t('actions.followedUpBy')} <CaseLink id={f.id} update={update} />
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Status>
    </div>
  );
}
