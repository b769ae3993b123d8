import { useT } from '../i18n/i18n.js';
import { KIND_STYLE } from '../kinds.js';

export function Legend() {
  const { t, kind } = useT();
  return (
    <section className="legend" aria-label={t('legend')}>
      <h2>{t('legend')}</h2>
      <ul>
        {Object.entries(KIND_STYLE).map(([k, s]) => (
          <li key={k}>
            <span className="kind-icon" style={{ color: s.color }} aria-hidden>
              {s.icon}
            </span>
            {kind(k)}
          </li>
        ))}
      </ul>
    </section>
  );
}
