import { useT } from '../i18n/i18n.js';
import './canvasA11y.css';

/** The footer: whole-graph downloads for other tools, and the accessibility statement. */
export function AppFooter({ onStatement }: { onStatement: () => void }) {
  const { t } = useT();
  const formats = [
    ['gexf', 'export.wholeGexf'],
    ['graphml', 'export.wholeGraphml'],
    ['ftm', 'export.wholeFtm'],
    ['csv', 'export.wholeCsv'],
  ] as const;
  return (
    <footer className="app-footer">
      <nav aria-label={t('footer.exports')}>
        <span>{t('export.wholeTitle')}:</span>{' '}
        {formats.map(([f, key]) => (
          <a key={f} href={`/api/exports/graph?format=${f}`} download>
            {t(key)}
          </a>
        ))}
      </nav>
      <a
        href="?view=accessibility"
        onClick={(e) => {
          e.preventDefault();
          onStatement();
        }}
      >
        {t('footer.accessibility')}
      </a>
    </footer>
  );
}
