import { useState } from 'react';
import type { ConcernTimelineT, TopicVoicesT } from '../../../graph/api/strategy.js';
import { useApi } from '../api/client.js';
import { useStrategyT } from '../i18n/strategyStrings.js';
import { Status } from './Status.js';
import '../views/dependencies/dependencies.css';

const keyOf = (id: string) => encodeURIComponent(id.slice(id.indexOf(':') + 1));

/** A small bar per meeting date: how many statements on the topic that day. */
function Sparkline({ points, label }: { points: { date: string; count: number }[]; label: string }) {
  const max = Math.max(1, ...points.map((p) => p.count));
  return (
    <span className="timeline" role="img" aria-label={label}>
      {points.map((p) => (
        <span key={p.date} title={`${p.date}: ${p.count}`} style={{ height: `${4 + (14 * p.count) / max}px` }} />
      ))}
    </span>
  );
}

function Timeline({ orgId, onOpen }: { orgId: string; onOpen: (id: string) => void }) {
  const { s } = useStrategyT();
  const res = useApi<ConcernTimelineT>(`/api/organizations/${keyOf(orgId)}/concerns`);
  const d = res.data;
  return (
    <Status loading={res.loading && !d} error={res.error} retry={res.retry}>
      {d && (
        <div className="concerns" data-testid="concern-timeline">
          <h4>{s('concernTopics')}</h4>
          <ul>
            {d.topics.map((tp) => (
              <li key={tp.id}>
                <button type="button" className="link" onClick={() => onOpen(tp.id)}>
                  {tp.name}
                </button>
                <Sparkline points={tp.points} label={tp.points.map((p) => `${p.date}: ${p.count}`).join(', ')} />
                <span className="muted">
                  {tp.first}
                  {tp.last && tp.last !== tp.first ? ` – ${tp.last}` : ''} · {s(`trend.${tp.trend}`)}
                </span>
              </li>
            ))}
          </ul>
          <h4>{s('concernCases')}</h4>
          <ul>
            {d.cases.map((c) => (
              <li key={c.id}>
                <button type="button" className="link" onClick={() => onOpen(c.id)}>
                  {c.id.replace(/^Case:/, '').replace('-', ' ')} {c.title}
                </button>{' '}
                {c.date && <span className="muted">({c.date})</span>}
                <ul>
                  {c.statements.map((st) => (
                    <li key={st.id}>{st.text}</li>
                  ))}
                </ul>
                {c.decision && (
                  <p className="muted">
                    <strong>{s('decided')}:</strong> {c.decision}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Status>
  );
}

/** In an organisation's details: opens how its concerns moved over the years. */
export function ConcernTimeline({ orgId, onOpen }: { orgId: string; onOpen: (id: string) => void }) {
  const { s } = useStrategyT();
  const [open, setOpen] = useState(false);
  return (
    <section>
      <h3>{s('concerns')}</h3>
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? s('hideConcerns') : s('showConcerns')}
      </button>
      {open && <Timeline orgId={orgId} onOpen={onOpen} />}
    </section>
  );
}

/** In a topic's details: who spoke on it, and when. */
export function TopicVoices({ topicId, onOpen }: { topicId: string; onOpen: (id: string) => void }) {
  const { s } = useStrategyT();
  const res = useApi<TopicVoicesT>(`/api/topics/${keyOf(topicId)}/voices`);
  if (!res.data?.voices.length) return null;
  return (
    <section className="concerns">
      <h3>{s('statedBy')}</h3>
      <ul>
        {res.data.voices.map((v) => (
          <li key={v.id}>
            <button type="button" className="link" onClick={() => onOpen(v.id)}>
              {v.name}
            </button>{' '}
            <span className="muted">
              ({v.statements} {s('statementsShort')}: {v.dates.join(', ')})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
