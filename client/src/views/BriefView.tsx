import type { BriefT } from '../../../graph/api/brief.js';
import type { MeetingListT } from '../../../graph/api/responses.js';
import { useApi } from '../api/client.js';
import { CaseLink } from '../components/CaseLink.js';
import { FollowButton } from '../components/FollowButton.js';
import { ShowInDocument } from '../components/SourceList.js';
import { StanceBadge } from '../components/StanceBadge.js';
import { Status } from '../components/Status.js';
import { useT } from '../i18n/i18n.js';
import type { UrlState } from '../state/urlState.js';

type Update = (f: (s: UrlState) => UrlState) => void;

/** A meeting's brief: per case its history across committees, who raised what, open action items. */
export function BriefView({ state, update }: { state: UrlState; update: Update }) {
  const { t, lang } = useT();
  const meetings = useApi<MeetingListT>('/api/meetings');
  const id = state.briefMeeting ?? meetings.data?.meetings[0]?.id;
  const brief = useApi<BriefT>(id ? `/api/meetings/${encodeURIComponent(id)}/brief` : undefined);
  const b = brief.data;
  return (
    <div className="brief-view page-view">
      <div className="toolbar no-print">
        <label>
          {t('brief.meeting')}{' '}
          <select value={id ?? ''} onChange={(e) => update((s) => ({ ...s, briefMeeting: e.target.value }))}>
            {(meetings.data?.meetings ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.committee} {m.startDate}
                {m.number ? ` (${m.number})` : ''}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => window.print()} disabled={!b}>
          {t('brief.print')}
        </button>
        {id && (
          <a
            className="button"
            href={`/api/meetings/${encodeURIComponent(id)}/brief?format=md`}
            download={`brief-${id}.md`}
          >
            {t('brief.markdown')}
          </a>
        )}
      </div>
      <Status
        loading={(brief.loading || meetings.loading) && !b}
        error={brief.error ?? meetings.error}
        retry={brief.retry}
      >
        {b && (
          <article className="brief" lang={lang === 'en' ? 'nb' : undefined}>
            <header>
              <h2>
                {t('brief')}: {b.meeting.committeeName} {b.meeting.startDate}
                {b.meeting.number ? ` (${b.meeting.number})` : ''}
              </h2>
              {b.meeting.place && <p className="muted">{b.meeting.place}</p>}
              <span className="no-print">
                <FollowButton scope="committees" feedKey={b.meeting.committee} name={b.meeting.committee} />
              </span>
            </header>
            {b.cases.map((c) => (
              <section key={c.id} className="brief-case" data-case={c.id} aria-labelledby={`bc-${c.id}`}>
                <h3 id={`bc-${c.id}`}>
                  <CaseLink id={c.id} title={c.title} update={update} />
                </h3>
                {c.topics.length > 0 && (
                  <p className="muted">
                    {t('brief.topics')}: {c.topics.map((tp) => tp.name).join(', ')}
                  </p>
                )}
                {c.proposedDecision && (
                  <p>
                    <strong>{t('proposedDecision')}:</strong> {c.proposedDecision}
                  </p>
                )}
                {c.decision && (
                  <p>
                    <strong>{t('decision')}:</strong> {c.decision}
                  </p>
                )}
                <h4>{t('brief.history')}</h4>
                {c.history.length === 0 ? (
                  <p className="muted">{t('brief.noHistory')}</p>
                ) : (
                  <ul className="brief-history">
                    {c.history.map((h) => (
                      <li key={h.id} data-history={h.id}>
                        <CaseLink id={h.id} title={h.title} update={update} /> {h.date ? `(${h.date})` : ''}
                        {h.decision && <p className="brief-decision">{h.decision}</p>}
                        {h.source && <SourceNote source={h.source} />}
                      </li>
                    ))}
                  </ul>
                )}
                {/* Before the meeting a member wants to know who has warned or disagreed on this already. */}
                <h4>{t('brief.earlierConcerns')}</h4>
                {c.earlierConcerns.length === 0 ? (
                  <p className="muted">{t('brief.noEarlierConcerns')}</p>
                ) : (
                  <ul className="brief-concerns">
                    {c.earlierConcerns.map((r) => (
                      <li key={r.statement} data-statement={r.statement} data-stance={r.stance}>
                        <span className="muted">{r.date}</span> <strong>{r.actorName ?? t('anonymousActor')}</strong>{' '}
                        <StanceBadge stance={r.stance} cue={r.stanceCue} />
                        {r.case
                          ? `(${r.case.replace('-', ' ')}${r.via === 'topic' ? `, ${t('brief.sameTopic')}` : ''})`
                          : ''}
                        : {r.text} {r.source && <SourceNote source={r.source} />}
                      </li>
                    ))}
                  </ul>
                )}
                {c.raised.length > 0 && (
                  <>
                    <h4>{t('brief.raised')}</h4>
                    <ul className="brief-raised">
                      {c.raised.map((r) => (
                        <li key={r.statement}>
                          <span className="muted">{r.date}</span> <strong>{r.actorName ?? t('anonymousActor')}</strong>{' '}
                          <StanceBadge stance={r.stance} cue={r.stanceCue} />
                          {r.case ? `(${r.case.replace('-', ' ')})` : ''}: {r.text}{' '}
                          {r.source && <SourceNote source={r.source} />}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {c.openActionItems.length > 0 && (
                  <>
                    <h4>{t('brief.openActions')}</h4>
                    <ul>
                      {c.openActionItems.map((a) => (
                        <li key={a.id}>
                          {a.text} ({a.case.replace('-', ' ')}
                          {a.responsible ? `, ${a.responsible}` : ''}) {a.source && <SourceNote source={a.source} />}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {c.related.length > 0 && (
                  <>
                    <h4>{t('brief.related')}</h4>
                    <ul>
                      {c.related.map((r) => (
                        <li key={r.id}>
                          <CaseLink id={r.id} title={r.title} update={update} /> {r.date ? `(${r.date})` : ''} ·{' '}
                          {r.topic}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </section>
            ))}
          </article>
        )}
      </Status>
    </div>
  );
}

/** Where a line of the brief was read; on paper the document and lines, on screen also a link. */
function SourceNote({ source }: { source: NonNullable<BriefT['cases'][number]['history'][number]['source']> }) {
  const { t } = useT();
  return (
    <span className="source-note">
      [{source.document}, {t('lines')}{' '}
      {source.lineStart === source.lineEnd ? source.lineStart : `${source.lineStart}–${source.lineEnd}`}]{' '}
      <span className="no-print">
        <ShowInDocument source={source} />
      </span>
    </span>
  );
}
