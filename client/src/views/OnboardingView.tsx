import type { GlossaryT, WhosWhoT } from '../../../graph/api/responses.js';
import { useApi } from '../api/client.js';
import { download } from '../components/download.js';
import { CommitteeAtDate } from '../components/memberships/Memberships.js';
import { whosWhoCsv } from '../components/exports.js';
import { Status } from '../components/Status.js';
import { useT } from '../i18n/i18n.js';
import { openNode, type UrlState } from '../state/urlState.js';

/** For new members: acronyms linked to their nodes, and who sits on which committee. */
export function OnboardingView({
  update,
  onTour,
}: {
  update: (f: (s: UrlState) => UrlState) => void;
  onTour: () => void;
}) {
  const { t, kind } = useT();
  const g = useApi<GlossaryT>('/api/glossary');
  const w = useApi<WhosWhoT>('/api/whoswho');
  return (
    <div className="onboarding-view">
      <div className="toolbar">
        <button type="button" onClick={onTour}>
          {t('tour')}
        </button>
      </div>
      <div className="onboarding-columns">
        <section>
          <h2>{t('glossary')}</h2>
          <Status loading={g.loading && !g.data} error={g.error} retry={g.retry}>
            <dl className="glossary">
              {g.data?.entries.map((e) => (
                <div key={e.term}>
                  <dt>
                    <button type="button" className="link" onClick={() => update(openNode(e.id))}>
                      {e.term}
                    </button>
                  </dt>
                  <dd>
                    {e.meaning} <span className="muted">({kind(e.kind)})</span>
                  </dd>
                </div>
              ))}
            </dl>
          </Status>
        </section>
        <section>
          <h2>{t('whoswho')}</h2>
          <Status loading={w.loading && !w.data} error={w.error} retry={w.retry}>
            {w.data && w.data.committees.length > 0 && (
              <CommitteeAtDate
                committees={w.data.committees.map((c) => ({ key: c.committee, name: c.name }))}
                onOpen={(id) => update(openNode(id))}
              />
            )}
            {w.data?.committees.map((c) => (
              <details key={c.committee} open>
                {/* Not inside <summary>: a button there is an interactive control nested in another. */}
                <summary>
                  {c.committee} – {c.name} ({c.people.length})
                </summary>
                <button
                  type="button"
                  className="small"
                  aria-label={`${t('exportCsv')} – ${c.committee}`}
                  onClick={() => download(`sakskart-${c.committee}.csv`, whosWhoCsv(c), 'text/csv')}
                >
                  {t('exportCsv')}
                </button>
                <ul className="people">
                  {c.people.map((p) => (
                    <li key={p.id}>
                      <button type="button" className="link" onClick={() => update(openNode(p.id))}>
                        {p.name}
                      </button>{' '}
                      <span className="muted">{p.organizations.join(', ')}</span>
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </Status>
        </section>
      </div>
    </div>
  );
}
