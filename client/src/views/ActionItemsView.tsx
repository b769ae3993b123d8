import { useState } from 'react';
import type { ActionItemListT } from '../../../graph/api/actionItems.js';
import { ApiError, q } from '../api/client.js';
import { mergeActionItems } from '../api/pageMerges.js';
import { fetchAllPages, usePagedApi, withCursor } from '../api/pages.js';
import { CaseLink } from '../components/CaseLink.js';
import { download } from '../components/download.js';
import { actionItemsCsv } from '../components/exports.js';
import { COMMITTEES } from '../components/FiltersBar.js';
import { MoreButton } from '../components/MoreButton.js';
import { ShowInDocument } from '../components/SourceList.js';
import { Status } from '../components/Status.js';
import { useT } from '../i18n/i18n.js';
import { openNode, type UrlState } from '../state/urlState.js';

type Update = (f: (s: UrlState) => UrlState) => void;

/** Every action item with who is responsible, where it came from and whether it was followed up. */
export function ActionItemsView({ state, update }: { state: UrlState; update: Update }) {
  const { t } = useT();
  const url = `/api/action-items?${q({ status: state.aiStatus, committee: state.aiCommittee, q: state.aiQuery })}`;
  const list = usePagedApi<ActionItemListT>(url, mergeActionItems);
  const items = list.data?.actionItems ?? [];
  const total = list.data?.total ?? 0;
  const [exporting, setExporting] = useState<{ running: boolean; error?: ApiError }>({ running: false });
  const set = (patch: Partial<UrlState>) => update((s) => ({ ...s, ...patch }));
  const statusText = (s: string) => (s === 'open' ? t('actions.open') : t('actions.followedUp'));
  // The export holds every action item the filters keep, not only the pages shown.
  const exportCsv = async () => {
    setExporting({ running: true });
    let all: ActionItemListT;
    try {
      all = await fetchAllPages<ActionItemListT>(url, (p) => p.nextCursor, mergeActionItems);
    } catch (err) {
      setExporting({ running: false, error: err instanceof ApiError ? err : new ApiError((err as Error).message) });
      return;
    }
    setExporting({ running: false });
    download(
      'sakskart-aksjonspunkter.csv',
      actionItemsCsv(all.actionItems, {
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
  };
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
        <button type="button" onClick={() => void exportCsv()} disabled={!items.length || exporting.running}>
          {t('exportCsv')}
        </button>
        <span className="muted" aria-live="polite">
          {exporting.running ? t('paging.exporting') : `${total} ${t('actions.count')}`}
          {exporting.error && <span className="status-error"> {exporting.error.message}</span>}
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
        <MoreButton
          shown={items.length}
          total={total}
          hasMore={Boolean(list.data?.nextCursor)}
          loading={list.loadingMore}
          error={list.moreError}
          onMore={() => list.data?.nextCursor && void list.more(withCursor(url, list.data.nextCursor))}
        />
      </Status>
    </div>
  );
}
