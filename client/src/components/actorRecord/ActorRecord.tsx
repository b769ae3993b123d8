import { useState } from 'react';
import {
  NO_GROUP,
  RECORD_GROUPINGS,
  type ActorStatementsT,
  type RecordGroupingT,
} from '../../../../graph/api/actorRecord.js';
import { STANCES, type StanceT } from '../../../../graph/schema/nodes.js';
import { q, useApi } from '../../api/client.js';
import { useT } from '../../i18n/i18n.js';
import { StanceBadge } from '../StanceBadge.js';
import { Status } from '../Status.js';
import { useRecordPages } from './useRecordPages.js';
import '../concerns/stanceChart.css';

/** Statements shown when a group opens, and added by each "Vis flere". */
export const RECORD_PAGE = 10;

const recordUrl = (actorId: string) => {
  const at = actorId.indexOf(':');
  const path = actorId.slice(0, at) === 'Person' ? 'persons' : 'organizations';
  return `/api/${path}/${encodeURIComponent(actorId.slice(at + 1))}/statements`;
};

type Group = ActorStatementsT['groups'][number];

function StanceCounts({ stances }: { stances: Group['stances'] }) {
  const { t } = useT();
  return (
    <span className="muted record-stances">
      {STANCES.filter((s) => stances[s])
        .map((s) => `${t(`stance.${s}`)} ${stances[s]}`)
        .join(' · ')}
    </span>
  );
}

/** One group of the record, opened: its statements page by page. */
function GroupStatements({ url, group, onOpen }: { url: string; group: Group; onOpen: (id: string) => void }) {
  const { t } = useT();
  const pages = useRecordPages(url);
  return (
    <Status loading={pages.loading && !pages.statements.length} error={pages.error} retry={pages.retry}>
      <ul className="statement-list record-statements">
        {pages.statements.map((s) => (
          <li key={s.id}>
            <StanceBadge stance={s.stance} cue={s.stanceCue} />
            {s.date && <span className="muted">{s.date} </span>}
            {s.case && (
              <button type="button" className="link case-ref" onClick={() => onOpen(s.case!.id)}>
                {s.case.id.replace(/^Case:/, '').replace('-', ' ')} {s.case.title}
              </button>
            )}
            <button type="button" className="link" onClick={() => onOpen(s.id)}>
              {s.text}
            </button>
          </li>
        ))}
      </ul>
      {pages.nextCursor && (
        <button type="button" onClick={pages.more} disabled={pages.loading}>
          {t('record.more')
            .replace('{shown}', String(pages.statements.length))
            .replace('{n}', String(pages.first?.total ?? group.count))}
        </button>
      )}
    </Status>
  );
}

/**
 * What an organisation or person raised, at any size: the statements in groups (by year, topic or
 * committee, as the reader chooses) with their counts by stance, a group opened shows its statements
 * ten at a time, newest first, each with its stance and the words that decided it.
 */
export function ActorRecord({ actorId, onOpen }: { actorId: string; onOpen: (id: string) => void }) {
  const { t } = useT();
  const [grouping, setGrouping] = useState<RecordGroupingT>('year');
  const [stance, setStance] = useState<StanceT | ''>('');
  // Which groups are open; until the reader opens or closes one, the first (newest year, largest topic).
  const [open, setOpen] = useState<Set<string> | undefined>();
  const base = recordUrl(actorId);
  const filter = { group: grouping, stance: stance || undefined };
  const overview = useApi<ActorStatementsT>(`${base}?${q({ ...filter, limit: 1 })}`);
  const d = overview.data;
  const isOpen = (key: string) => (open ? open.has(key) : d?.groups[0]?.key === key);
  const toggle = (key: string) => {
    const now = new Set(open ?? (d?.groups[0] ? [d.groups[0].key] : []));
    if (now.has(key)) now.delete(key);
    else now.add(key);
    setOpen(now);
  };
  const all = d ? Object.values(d.stances).reduce((s, n) => s + n, 0) : 0;
  const groupName = (g: Group) =>
    g.label ??
    (grouping === 'year' ? t('record.undated') : grouping === 'topic' ? t('record.noTopic') : t('record.noCommittee'));
  return (
    <section className="actor-record" data-testid="actor-record" aria-labelledby="actor-record-title">
      <h3 id="actor-record-title">
        {t('statementsBy')} {d ? `(${all})` : ''}
      </h3>
      <div className="record-controls">
        <label>
          {t('record.groupBy')}{' '}
          <select
            value={grouping}
            onChange={(e) => {
              setGrouping(e.target.value as RecordGroupingT);
              setOpen(undefined);
            }}
          >
            {RECORD_GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {t(`record.by.${g}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('stance.label')}{' '}
          <select
            value={stance}
            onChange={(e) => {
              setStance(e.target.value as StanceT | '');
              setOpen(undefined);
            }}
          >
            <option value="">
              {t('stance.all')} ({all})
            </option>
            {STANCES.filter((s) => d?.stances[s] || s === stance).map((s) => (
              <option key={s} value={s}>
                {t(`stance.${s}`)} ({d?.stances[s] ?? 0})
              </option>
            ))}
          </select>
        </label>
      </div>
      <Status
        loading={overview.loading && !d}
        error={overview.error}
        retry={overview.retry}
        empty={
          d && !d.groups.length ? (
            <p className="hint">{stance ? t('record.noneOfStance') : t('record.none')}</p>
          ) : undefined
        }
      >
        {d && d.groups.length > 0 && (
          <ul className="record-groups">
            {d.groups.map((g) => (
              <li key={g.key}>
                <button
                  type="button"
                  className="record-group"
                  aria-expanded={isOpen(g.key)}
                  onClick={() => toggle(g.key)}
                >
                  <span aria-hidden>{isOpen(g.key) ? '▾' : '▸'}</span> <strong>{groupName(g)}</strong>: {g.count}{' '}
                  {t('record.statements')}
                </button>{' '}
                <StanceCounts stances={g.stances} />
                {isOpen(g.key) && (
                  <GroupStatements
                    url={`${base}?${q({ ...filter, key: g.key === NO_GROUP ? NO_GROUP : g.key, limit: RECORD_PAGE })}`}
                    group={g}
                    onOpen={onOpen}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </Status>
    </section>
  );
}
