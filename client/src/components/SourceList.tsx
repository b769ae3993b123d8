import { useT } from '../i18n/i18n.js';
import { hrefFor, navigate } from '../state/navigate.js';
import { openDocument } from '../state/urlState.js';

export interface SourceItem {
  document: string;
  /** The Document id (`docId` from entities, `doc` on edges): opens the source viewer. */
  docId?: string;
  doc?: string;
  file?: string;
  kind?: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
}

/** "Vis i dokumentet": opens the source viewer at the quoted lines, highlighted. */
export function ShowInDocument({ source }: { source: SourceItem }) {
  const { t } = useT();
  const id = source.docId ?? source.doc;
  if (!id) return null;
  const change = openDocument(id, source.lineStart, source.lineEnd);
  return (
    <a
      className="show-in-document"
      href={hrefFor(change)}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        navigate(change);
      }}
    >
      {t('showInDocument')}
    </a>
  );
}

/** Quoted source passages with document name and lines: every fact can be checked. */
export function SourceList({ sources }: { sources: SourceItem[] }) {
  const { t } = useT();
  if (!sources.length) return null;
  return (
    <section className="sources">
      <h3>{t('sources')}</h3>
      {sources.map((s, i) => (
        <figure key={i} className="source">
          <blockquote>{s.quote}</blockquote>
          <figcaption>
            {s.document}
            {s.file ? ` (${s.file})` : ''}, {t('lines')}{' '}
            {s.lineStart === s.lineEnd ? s.lineStart : `${s.lineStart}–${s.lineEnd}`} <ShowInDocument source={s} />
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
