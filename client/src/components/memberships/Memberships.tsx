import { useId, useState } from 'react';
import type { CommitteeMembersT, MembershipPeriodT, PersonMembershipsT } from '../../../../graph/api/memberships.js';
import { q, useApi } from '../../api/client.js';
import { useT } from '../../i18n/i18n.js';
import { DateInput } from '../dateInput/DateInput.js';
import { formatDate } from '../dateInput/parseDate.js';
import { Status } from '../Status.js';
import './memberships.css';

/** "03.03.2019–11.06.2021", or one date for a stint of one meeting. */
function Period({ from, to }: { from: string | null; to: string | null }) {
  const { t, lang } = useT();
  if (!from || !to) return <span className="muted">{t('person.undated')}</span>;
  return (
    <span className="period">
      {formatDate(from, lang)}
      {to !== from && <>–{formatDate(to, lang)}</>}
    </span>
  );
}

/**
 * Who's-who at a date: a committee (chosen from `committees`, or the one given) as its last
 * meeting on or before the date lists it, each person with role, organisation and period.
 */
export function CommitteeAtDate({
  committees,
  onOpen,
  initialDate,
}: {
  committees: { key: string; name: string }[];
  onOpen: (id: string) => void;
  initialDate?: string;
}) {
  const { t, lang } = useT();
  const selectId = useId();
  const [key, setKey] = useState(committees[0]?.key ?? '');
  const [at, setAt] = useState<string | undefined>(initialDate);
  const r = useApi<CommitteeMembersT>(
    key && at ? `/api/committees/${encodeURIComponent(key)}/members?${q({ at })}` : undefined,
  );
  return (
    <section className="committee-at-date" aria-labelledby={`${selectId}-h`}>
      <h3 id={`${selectId}-h`}>{t('members.atDate')}</h3>
      <div className="toolbar">
        {committees.length > 1 && (
          <span>
            <label htmlFor={selectId}>{t('members.committee')}</label>{' '}
            <select id={selectId} value={key} onChange={(e) => setKey(e.target.value)}>
              {committees.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.key} – {c.name}
                </option>
              ))}
            </select>
          </span>
        )}
        <DateInput label={t('members.date')} value={at} onChange={setAt} />
      </div>
      {!at ? (
        <p className="hint">{t('members.pickDate')}</p>
      ) : (
        <Status loading={r.loading && !r.data} error={r.error} retry={r.retry}>
          {r.data &&
            (r.data.asOf ? (
              <>
                <p className="muted" aria-live="polite">
                  {t('members.asOf').replace('{date}', formatDate(r.data.asOf.date, lang))}
                </p>
                <MembershipTable rows={r.data.members} onOpen={onOpen} show="person" />
              </>
            ) : (
              <p aria-live="polite">{t('members.noneBefore')}</p>
            ))}
        </Status>
      )}
    </section>
  );
}

function MembershipTable({
  rows,
  onOpen,
  show,
}: {
  rows: MembershipPeriodT[];
  onOpen: (id: string) => void;
  show: 'person' | 'committee';
}) {
  const { t } = useT();
  if (!rows.length) return <p>{t('members.none')}</p>;
  return (
    <table className="memberships">
      <thead>
        <tr>
          <th scope="col">{t(show === 'person' ? 'members.person' : 'members.committee')}</th>
          <th scope="col">{t('members.role')}</th>
          <th scope="col">{t('members.organization')}</th>
          <th scope="col">{t('members.period')}</th>
          <th scope="col">{t('members.meetings')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => {
          const target = show === 'person' ? m.person : m.committee;
          return (
            <tr key={`${m.person.id}|${m.committee.id}|${m.role}|${m.organization?.id ?? ''}|${m.from}`}>
              <td>
                <button type="button" className="link" onClick={() => onOpen(target.id)}>
                  {show === 'person' ? m.person.name : m.committee.key}
                </button>
              </td>
              <td>{t(`role.${m.role}`)}</td>
              <td>{m.organization?.name ?? ''}</td>
              <td>
                <Period from={m.from} to={m.to} />
              </td>
              <td>{m.meetings}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A person's record: committee stints and organisations, each with its period. */
export function PersonMemberships({ personId, onOpen }: { personId: string; onOpen: (id: string) => void }) {
  const { t } = useT();
  const key = personId.replace(/^Person:/, '');
  const r = useApi<PersonMembershipsT>(`/api/persons/${encodeURIComponent(key)}/memberships`);
  return (
    <Status loading={r.loading && !r.data} error={r.error} retry={r.retry}>
      {r.data && (
        <>
          <section>
            <h3>{t('person.memberships')}</h3>
            {r.data.memberships.length ? (
              <MembershipTable rows={r.data.memberships} onOpen={onOpen} show="committee" />
            ) : (
              <p className="hint">{t('person.noMemberships')}</p>
            )}
          </section>
          {r.data.organizations.length > 0 && (
            <section>
              <h3>{t('person.organizations')}</h3>
              <ul className="person-organizations">
                {r.data.organizations.map((o) => (
                  <li key={o.organization.id}>
                    <button type="button" className="link" onClick={() => onOpen(o.organization.id)}>
                      {o.organization.name}
                    </button>{' '}
                    <Period from={o.from} to={o.to} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Status>
  );
}
