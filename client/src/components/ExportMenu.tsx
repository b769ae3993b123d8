import { q } from '../api/client.js';
import { useT } from '../i18n/i18n.js';

/** "Eksporter": the current view (the neighbourhood request's own parameters) as GEXF or GraphML. */
export function ExportMenu({ params, disabled }: { params: Parameters<typeof q>[0]; disabled: boolean }) {
  const { t } = useT();
  if (disabled) return null;
  const href = (format: string) => `/api/exports/view?${q({ ...params, format })}`;
  return (
    <details className="export-menu">
      <summary>{t('export.menu')}</summary>
      <ul>
        <li>
          <a href={href('gexf')} download>
            {t('export.viewGexf')}
          </a>
        </li>
        <li>
          <a href={href('graphml')} download>
            {t('export.viewGraphml')}
          </a>
        </li>
      </ul>
    </details>
  );
}
