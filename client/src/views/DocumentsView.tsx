import { useState } from 'react';
import type { DocumentListT } from '../../../graph/api/documents.js';
import type { ApiError } from '../api/client.js';
import { removeDocument } from '../api/documents.js';
import { mergeDocuments } from '../api/pageMerges.js';
import { usePagedApi, withCursor } from '../api/pages.js';
import { MoreButton } from '../components/MoreButton.js';
import { Status } from '../components/Status.js';
import { useT } from '../i18n/i18n.js';
import type { StringKey } from '../i18n/strings.js';
import { useAdminToken } from '../state/useAdminToken.js';
import type { UrlState } from '../state/urlState.js';
import { DocumentViewer } from './documents/DocumentViewer.js';
import { UploadPanel } from './documents/UploadPanel.js';

/** Every loaded document, adding and removing files, and the source viewer. */
export function DocumentsView({ state, update }: { state: UrlState; update: (f: (s: UrlState) => UrlState) => void }) {
  const { t, value, lang } = useT();
  const list = usePagedApi<DocumentListT>('/api/documents', mergeDocuments);
  const { token, save } = useAdminToken();
  const [removeError, setRemoveError] = useState<ApiError | undefined>();
  const docs = list.data?.documents ?? [];
  const failed = list.data?.failed ?? [];
  // The open document may be on a page not fetched yet: its file hash is the first part of its id.
  const openFile = state.doc && /^[0-9a-f]{64}/.test(state.doc) ? state.doc.slice(0, 64) : undefined;

  const remove = async (fileSha256: string) => {
    if (!window.confirm(t('docs.removeConfirm'))) return;
    setRemoveError(undefined);
    try {
      await removeDocument(fileSha256, token);
      update((s) => ({ ...s, doc: undefined, docLines: undefined }));
      list.retry();
    } catch (err) {
      setRemoveError(err as ApiError);
      if ((err as ApiError).status === 401) save(undefined);
    }
  };

  if (state.doc) {
    return (
      <div className="documents-view viewer-open">
        <p>
          <button
            type="button"
            className="link"
            onClick={() => update((s) => ({ ...s, doc: undefined, docLines: undefined }))}
          >
            ← {t('docs.back')}
          </button>
        </p>
        <DocumentViewer
          state={state}
          update={update}
          actions={
            openFile && (
              <div className="doc-actions">
                <button type="button" className="danger" onClick={() => void remove(openFile)}>
                  {t('docs.remove')}
                </button>
                {removeError && (
                  <p role="alert" className="status-error">
                    {removeError.status === 401 ? `${t('upload.needToken')} ` : ''}
                    {removeError.message}
                  </p>
                )}
              </div>
            )
          }
        />
      </div>
    );
  }

  return (
    <div className="documents-view">
      <UploadPanel token={token} onToken={save} onLoaded={list.retry} />
      <section aria-labelledby="docs-title" className="doc-list">
        <h2 id="docs-title">
          {t('docs.title')} ({list.data?.total ?? docs.length})
        </h2>
        <Status loading={list.loading && !list.data} error={list.error} retry={list.retry}>
          <table className="documents">
            <thead>
              <tr>
                <th scope="col">{t('docs.name')}</th>
                <th scope="col">{t('filters.committee')}</th>
                <th scope="col">{t('docs.kind')}</th>
                <th scope="col">{t('docs.status')}</th>
                <th scope="col">{t('docs.parser')}</th>
                <th scope="col">{t('docs.counts')}</th>
                <th scope="col">{t('docs.warnings')}</th>
              </tr>
            </thead>
            <tbody>
              {docs.map((d) => (
                <tr key={d.id} data-doc={d.id}>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => update((s) => ({ ...s, doc: d.id, docLines: undefined }))}
                    >
                      {d.name}
                    </button>
                    <div className="muted small-text">{d.file}</div>
                  </td>
                  <td>{d.committee ?? '–'}</td>
                  <td>{value(d.kind)}</td>
                  <td>
                    <span className={`badge ${d.status}`}>{t(`status.${d.status}` as StringKey) ?? d.status}</span>
                  </td>
                  <td>{d.parserVersion ?? '–'}</td>
                  <td>
                    {d.counts.cases} / {d.counts.statements} / {d.counts.actionItems}
                  </td>
                  <td>
                    {d.warnings.length ? (
                      <details>
                        <summary>{d.warnings.length}</summary>
                        <ul>
                          {d.warnings.map((w, i) => (
                            <li key={i}>{w}</li>
                          ))}
                        </ul>
                      </details>
                    ) : (
                      '–'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <MoreButton
            shown={docs.length}
            total={list.data?.total ?? 0}
            hasMore={Boolean(list.data?.nextCursor)}
            loading={list.loadingMore}
            error={list.moreError}
            onMore={() => list.data?.nextCursor && void list.more(withCursor('/api/documents', list.data.nextCursor))}
          />
        </Status>
      </section>
      {failed.length > 0 && (
        <section aria-labelledby="docs-failed-title" className="doc-list">
          <h2 id="docs-failed-title">
            {t('docs.failedTitle')} ({failed.length})
          </h2>
          <p className="muted">{t('docs.failedHint')}</p>
          <table className="documents failed-loads">
            <thead>
              <tr>
                <th scope="col">{t('docs.file')}</th>
                <th scope="col">{t('docs.status')}</th>
                <th scope="col">{t('docs.error')}</th>
                <th scope="col">{t('docs.failedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {failed.map((f) => (
                <tr key={f.file} data-failed={f.file}>
                  <td>{f.file}</td>
                  <td>
                    <span className="badge failed">{t('status.failed')}</span>
                  </td>
                  <td className="failed-error">{f.error}</td>
                  <td>{f.at ? new Date(f.at).toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO') : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
