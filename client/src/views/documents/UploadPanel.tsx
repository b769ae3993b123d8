import { useRef, useState, type DragEvent } from 'react';
import type { UploadFileResultT } from '../../../../graph/api/documents.js';
import type { ApiError } from '../../api/client.js';
import { uploadDocuments } from '../../api/documents.js';
import { useT } from '../../i18n/i18n.js';
import type { StringKey } from '../../i18n/strings.js';
import { TokenForm } from './TokenForm.js';

/** Drag-and-drop or chosen PDF/text files, loaded one by one with each file's outcome shown as it comes. */
export function UploadPanel({
  token,
  onToken,
  onLoaded,
}: {
  token?: string;
  onToken: (t: string | undefined) => void;
  onLoaded: () => void;
}) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<UploadFileResultT[]>([]);
  const [error, setError] = useState<ApiError | undefined>();

  const send = async (files: File[]) => {
    if (!files.length) return;
    setRunning(true);
    setResults([]);
    setError(undefined);
    try {
      await uploadDocuments(files, token, (r) => setResults((rs) => [...rs, r]));
      onLoaded();
    } catch (err) {
      setError(err as ApiError);
      if ((err as ApiError).status === 401 && token) onToken(undefined);
    } finally {
      setRunning(false);
    }
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void send([...e.dataTransfer.files]);
  };

  return (
    <section className="upload" aria-labelledby="upload-title">
      <h2 id="upload-title">{t('upload.title')}</h2>
      <TokenForm token={token} onToken={onToken} />
      <div
        className={over ? 'dropzone over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="dropzone"
      >
        <p>
          {t('upload.drop')}{' '}
          <button type="button" onClick={() => input.current?.click()} disabled={running}>
            {t('upload.choose')}
          </button>
        </p>
        <input
          ref={input}
          type="file"
          multiple
          accept=".pdf,.txt,application/pdf,text/plain"
          className="visually-hidden"
          aria-label={t('upload.choose')}
          data-testid="upload-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void send(files);
          }}
        />
        <p className="hint">{t('upload.help')}</p>
      </div>
      <div aria-live="polite" className="upload-results">
        {running && <p aria-busy="true">{t('upload.running')}</p>}
        {error && (
          <div role="alert" className="status-error upload-error">
            <p>{error.status === 401 ? t('upload.needToken') : null}</p>
            <p>{error.message}</p>
            {error.status === 401 && <p className="hint">{t('upload.tokenHelp')}</p>}
          </div>
        )}
        {results.length > 0 && (
          <table className="results">
            <thead>
              <tr>
                <th scope="col">{t('upload.file')}</th>
                <th scope="col">{t('upload.result')}</th>
                <th scope="col">{t('docs.counts')}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r, i) => (
                <tr key={i} data-status={r.status}>
                  <td>{r.file}</td>
                  <td>
                    <span className={`badge ${r.status}`}>{t(`status.${r.status}` as StringKey) ?? r.status}</span>
                    {r.error && <div className="error-text">{r.error}</div>}
                    {r.warnings.length > 0 && (
                      <details>
                        <summary>
                          {t('docs.warnings')}: {r.warnings.length}
                        </summary>
                        <ul>
                          {r.warnings.map((w, j) => (
                            <li key={j}>{w}</li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </td>
                  <td>
                    {r.cases} / {r.statements} / {r.actionItems}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
