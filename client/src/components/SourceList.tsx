import { useT } from '../i18n/i18n.js';

export interface SourceItem {
  document: string;
  file?: string;
  kind?: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
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
            {s.lineStart === s.lineEnd ? s.lineStart : `${s.lineStart}–${s.lineEnd}`}
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
