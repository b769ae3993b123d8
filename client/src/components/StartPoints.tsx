import type { DependenciesT, MeetingListT } from '../../../graph/api/responses.js';
import { useApi } from '../api/client.js';
import { useT } from '../i18n/i18n.js';

/** The empty graph offers ways in, so a first visit never starts at a blank canvas. */
export function StartPoints({ topics, onOpen }: { topics?: DependenciesT; onOpen: (id: string) => void }) {
  const { t } = useT();
  const meetings = useApi<MeetingListT>('/api/meetings');
  return (
    <div className="start-points">
      <p className="status-empty">{t('emptyGraph')}</p>
      <p className="hint">{t('startHere')}</p>
      <div className="start-columns">
        <section>
          <h2>{t('startTopics')}</h2>
          <ul>
            {(topics?.topics ?? []).slice(0, 6).map((tp) => (
              <li key={tp.id}>
                <button type="button" className="chip-button" onClick={() => onOpen(tp.id)}>
                  {tp.name} <span className="muted">({tp.cases})</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2>{t('startMeetings')}</h2>
          <ul>
            {(meetings.data?.meetings ?? []).slice(0, 6).map((m) => (
              <li key={m.id}>
                <button type="button" className="chip-button" onClick={() => onOpen(`Meeting:${m.id}`)}>
                  {m.committee} {m.startDate.split('-').reverse().join('.')}
                  {m.number ? ` (${m.number})` : ''}{' '}
                  <span className="muted">
                    – {m.cases} {t('casesWord')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
