import { useEffect, useMemo, useRef } from 'react';
import type { DocumentDetailT } from '../../../../graph/api/documents.js';
import { useApi } from '../../api/client.js';
import { Status } from '../../components/Status.js';
import { useT } from '../../i18n/i18n.js';
import { openNode, parseLines, type UrlState } from '../../state/urlState.js';

type Passage = DocumentDetailT['passages'][number];

/**
 * A document's full text with the file's line numbers. The lines in the URL are highlighted and
 * scrolled to; lines that became facts are marked and lead to their node.
 */
export function DocumentViewer({
  state,
  update,
  actions,
}: {
  state: UrlState;
  update: (f: (s: UrlState) => UrlState) => void;
  actions?: React.ReactNode;
}) {
  const { t, kind } = useT();
  const doc = useApi<DocumentDetailT>(state.doc ? `/api/documents/${encodeURIComponent(state.doc)}` : undefined);
  const d = doc.data;
  const range = parseLines(state.docLines);
  const first = useRef<HTMLDivElement>(null);
  const byStart = useMemo(() => {
    const m = new Map<number, Passage[]>();
    for (const p of d?.passages ?? []) m.set(p.lineStart, [...(m.get(p.lineStart) ?? []), p]);
    return m;
  }, [d]);
  const factLines = useMemo(() => {
    const s = new Set<number>();
    for (const p of d?.passages ?? []) for (let n = p.lineStart; n <= p.lineEnd; n++) s.add(n);
    return s;
  }, [d]);
  useEffect(() => {
    first.current?.scrollIntoView({ block: 'center' });
  }, [d, state.docLines]);

  const lines = d?.text?.split('\n') ?? [];
  return (
    <Status loading={doc.loading && !d} error={doc.error} retry={doc.retry}>
      {d && (
        <article className="doc-viewer" aria-labelledby="doc-title">
          <header className="doc-head">
            <h2 id="doc-title">{d.name}</h2>
            <p className="muted">
              {d.file}, {t('lines')} {d.lineStart}–{d.lineEnd}
              {d.meeting ? ` · ${d.meeting}` : ''}
            </p>
            {range && (
              <p className="doc-range">
                {t('docs.highlighted')}: {range.start === range.end ? range.start : `${range.start}–${range.end}`}
              </p>
            )}
            {actions}
          </header>
          {d.text === null ? (
            <p className="status">{t('docs.noText')}</p>
          ) : (
            <div className="doc-text" role="list" aria-label={d.name}>
              {lines.map((text, i) => {
                const no = d.lineStart + i;
                const hl = range && no >= range.start && no <= range.end;
                const facts = byStart.get(no) ?? [];
                return (
                  <div
                    key={no}
                    role="listitem"
                    id={`L${no}`}
                    ref={hl && no === range.start ? first : undefined}
                    className={`doc-line${hl ? ' highlighted' : ''}${factLines.has(no) ? ' fact' : ''}`}
                    data-line={no}
                  >
                    <span className="line-no" aria-label={`${t('docs.lineLabel')} ${no}`}>
                      {no}
                    </span>
                    <span className="line-text">{hl ? <mark>{text || ' '}</mark> : text || ' '}</span>
                    {facts.length > 0 && (
                      <span className="line-facts">
                        {facts.map((p) => (
                          <button
                            key={`${p.node}${p.lineEnd}`}
                            type="button"
                            className="fact-chip"
                            title={p.label}
                            onClick={() => update(openNode(p.node))}
                          >
                            {kind(p.kind)}: {p.label.length > 40 ? `${p.label.slice(0, 39)}…` : p.label}
                          </button>
                        ))}
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          )}
        </article>
      )}
    </Status>
  );
}
