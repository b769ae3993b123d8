import { useMemo, useState } from 'react';
import type { ChangesSectionT, ChangesT } from '../../../graph/api/changes.js';
import type { DependenciesT, GlossaryT, MeetingListT } from '../../../graph/api/responses.js';
import { getJson, q, useApi } from '../api/client.js';
import { mergeChanges } from '../api/pageMerges.js';
import { usePagedApi, withCursor } from '../api/pages.js';
import { CaseLink } from '../components/CaseLink.js';
import { COMMITTEES } from '../components/FiltersBar.js';
import { FollowButton } from '../components/FollowButton.js';
import { MoreButton } from '../components/MoreButton.js';
import { ShowInDocument } from '../components/SourceList.js';
import { StanceBadge } from '../components/StanceBadge.js';
import { Status } from '../components/Status.js';
import { useT } from '../i18n/i18n.js';
import { previousVisit } from '../state/previousVisit.js';
import type { UrlState } from '../state/urlState.js';
import { DateInput } from '../components/dateInput/DateInput.js';

type Update = (f: (s: UrlState) => UrlState) => void;

/** "Hva er nytt": meetings, cases, decisions, statements and action items since a date or a meeting. */
export function ChangesView({ state, update }: { state: UrlState; update: Update }) {
  const { t } = useT();
  const previous = useMemo(() => previousVisit(), []);
  // A first visit has no previous visit to start from: "since today" would show nothing on an
  // archive, so it starts from the newest meeting's date (the list is newest first) and shows its work.
  const newest = useApi<MeetingListT>(state.since || previous ? undefined : '/api/meetings');
  const waiting = !state.since && !previous && newest.loading;
  const since = state.since ?? previous ?? newest.data?.meetings[0]?.startDate ?? new Date().toISOString().slice(0, 10);
  const topics = useApi<DependenciesT>('/api/topics/dependencies');
  const glossary = useApi<GlossaryT>('/api/glossary');
  const organizations = useMemo(
    () =>
      (glossary.data?.organizations ?? [])
        .map((o) => ({ key: o.id.replace(/^Organization:/, ''), name: o.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    [glossary.data],
  );
  const url = `/api/changes?${q({
    since,
    committee: state.changesCommittee,
    topic: state.changesTopic,
    organization: state.changesOrganization,
  })}`;
  const changes = usePagedApi<ChangesT>(waiting ? undefined : url, mergeChanges);
  const c = changes.data;
  // Each list pages on its own; a failed "Vis flere" is reported under the list that asked.
  const [asked, setAsked] = useState<ChangesSectionT>();
  const more = (section: ChangesSectionT, shown: number, what: string) => {
    const page = c?.pages[section];
    if (!page) return null;
    return (
      <MoreButton
        shown={shown}
        total={page.total}
        hasMore={Boolean(page.nextCursor)}
        loading={changes.loadingMore && asked === section}
        error={asked === section ? changes.moreError : undefined}
        what={what}
        onMore={() => {
          if (!page.nextCursor || changes.loadingMore) return;
          setAsked(section);
          void changes.more(withCursor(`${url}&section=${section}`, page.nextCursor));
        }}
      />
    );
  };
  const set = (patch: Partial<UrlState>) => update((s) => ({ ...s, ...patch }));
  const sincePreviousMeeting = async (committee: string) => {
    const { meetings } = await getJson<MeetingListT>(`/api/meetings?${q({ committee })}`);
    if (meetings[0]) set({ since: meetings[0].id });
  };
  const organizationName = organizations.find((o) => o.key === state.changesOrganization)?.name;
  const topicName = topics.data?.topics.find((tp) => tp.id === `Topic:${state.changesTopic}`)?.name;
  const empty =
    c &&
    !c.meetings.length &&
    !c.newCases.length &&
    !c.decisions.length &&
    !c.statementsByActor.length &&
    !c.actionItemsOpened.length &&
    !c.actionItemsFollowedUp.length;

  return (
    <div className="changes-view page-view">
      <div className="toolbar">
        <DateInput
          label={t('changes.since')}
          clearable={false}
          value={/^\d{4}-\d{2}-\d{2}$/.test(since) ? since : c?.sinceDate}
          onChange={(iso) => iso && set({ since: iso })}
        />
        {previous && (
          <button type="button" onClick={() => set({ since: previous })}>
            {t('changes.previousVisit')} ({previous})
          </button>
        )}
        <span className="button-group" role="group" aria-label={t('changes.sincePrevMeeting')}>
          <span>{t('changes.sincePrevMeeting')}</span>
          {COMMITTEES.map((k) => (
            <button key={k} type="button" className="small" onClick={() => void sincePreviousMeeting(k)}>
              {k}
            </button>
          ))}
        </span>
        <label>
          {t('filters.committee')}{' '}
          <select
            value={state.changesCommittee ?? ''}
            onChange={(e) => set({ changesCommittee: e.target.value || undefined })}
          >
            <option value="">{t('filters.all')}</option>
            {COMMITTEES.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.topic')}{' '}
          <select value={state.changesTopic ?? ''} onChange={(e) => set({ changesTopic: e.target.value || undefined })}>
            <option value="">{t('filters.all')}</option>
            {(topics.data?.topics ?? []).map((tp) => (
              <option key={tp.id} value={tp.id.replace(/^Topic:/, '')}>
                {tp.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.organization')}{' '}
          <select
            value={state.changesOrganization ?? ''}
            onChange={(e) => set({ changesOrganization: e.target.value || undefined })}
          >
            <option value="">{t('filters.all')}</option>
            {organizations.map((o) => (
              <option key={o.key} value={o.key}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        {state.changesTopic && (
          <FollowButton scope="topics" feedKey={state.changesTopic} name={topicName ?? state.changesTopic} />
        )}
        {state.changesCommittee && (
          <FollowButton scope="committees" feedKey={state.changesCommittee} name={state.changesCommittee} />
        )}
        {state.changesOrganization && (
          <FollowButton
            scope="organizations"
            feedKey={state.changesOrganization}
            name={organizationName ?? state.changesOrganization}
          />
        )}
      </div>
      <Status loading={changes.loading && !c} error={changes.error} retry={changes.retry}>
        {c && (
          <div className="changes">
            <p className="muted">
              {t('changes.since')} {c.since !== c.sinceDate ? `${c.since} (${c.sinceDate})` : c.sinceDate}
            </p>
            {empty && <p className="status status-empty">{t('changes.nothing')}</p>}
            {c.meetings.length > 0 && (
              <section aria-labelledby="ch-meetings">
                <h2 id="ch-meetings">{t('changes.meetings')}</h2>
                {c.meetings.map((m) => (
                  <div key={m.id} className="change-meeting" data-meeting={m.id}>
                    <h3>
                      {m.committee} {m.startDate}
                      {m.number ? ` (${m.number})` : ''} · {m.cases.length} {t('changes.cases')}
                    </h3>
                    <ul>
                      {m.cases.map((x) => (
                        <li key={x.id} data-case={x.id}>
                          <CaseLink id={x.id} title={x.title} update={update} />
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
                {more('meetings', c.meetings.length, t('changes.meetings'))}
              </section>
            )}
            {c.decisions.length > 0 && (
              <section aria-labelledby="ch-decisions">
                <h2 id="ch-decisions">{t('changes.decisions')}</h2>
                <ul className="decisions">
                  {c.decisions.map((d) => (
                    <li key={d.id}>
                      <CaseLink id={d.id} title={d.title} update={update} />
                      <p>{d.decision}</p>
                      {d.source && <ShowInDocument source={d.source} />}
                    </li>
                  ))}
                </ul>
                {more('decisions', c.decisions.length, t('changes.decisions'))}
              </section>
            )}
            {c.statementsByActor.length > 0 && (
              <section aria-labelledby="ch-statements">
                <h2 id="ch-statements">{t('changes.statements')}</h2>
                {c.statementsByActor.map((a) => (
                  <details key={a.actor ?? '-'} className="actor-statements" data-actor={a.actor ?? ''}>
                    <summary>
                      {a.name ?? t('anonymousActor')} ({a.statements.length})
                    </summary>
                    <ul>
                      {a.statements.map((s) => (
                        <li key={s.id}>
                          <StanceBadge stance={s.stance} cue={s.stanceCue} />{' '}
                          {s.case && <CaseLink id={s.case} update={update} />} {s.text}{' '}
                          {s.source && <ShowInDocument source={s.source} />}
                        </li>
                      ))}
                    </ul>
                  </details>
                ))}
                {more(
                  'statementsByActor',
                  c.statementsByActor.reduce((n, a) => n + a.statements.length, 0),
                  t('changes.statements'),
                )}
              </section>
            )}
            {c.plannedDue.length > 0 && (
              <section aria-labelledby="ch-planned">
                <h2 id="ch-planned">{t('changes.planned')}</h2>
                <ul>
                  {c.plannedDue.map((p) => (
                    <li key={`${p.case}${p.committee}`}>
                      {p.date} · {p.committee}: <CaseLink id={p.case} title={p.title} update={update} />{' '}
                      <span className={p.overdue ? 'badge failed' : 'badge loaded'}>
                        {p.overdue ? t('changes.overdue') : t('changes.treated')}
                      </span>
                    </li>
                  ))}
                </ul>
                {more('plannedDue', c.plannedDue.length, t('changes.planned'))}
              </section>
            )}
            {(c.actionItemsOpened.length > 0 || c.actionItemsFollowedUp.length > 0) && (
              <section aria-labelledby="ch-actions">
                <h2 id="ch-actions">{t('changes.opened')}</h2>
                <ul>
                  {c.actionItemsOpened.map((a) => (
                    <li key={a.id}>
                      <CaseLink id={a.case} update={update} /> {a.text}
                      {a.responsible ? ` (${a.responsible})` : ''}
                    </li>
                  ))}
                </ul>
                {more('actionItemsOpened', c.actionItemsOpened.length, t('changes.opened'))}
                <h3>{t('changes.followedUp')}</h3>
                <ul>
                  {c.actionItemsFollowedUp.map((a) => (
                    <li key={a.id}>
                      <CaseLink id={a.case} update={update} /> {a.text} →{' '}
                      <CaseLink id={a.followedUpBy} update={update} />
                    </li>
                  ))}
                </ul>
                {more('actionItemsFollowedUp', c.actionItemsFollowedUp.length, t('changes.followedUp'))}
              </section>
            )}
          </div>
        )}
      </Status>
    </div>
  );
}
