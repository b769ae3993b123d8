import { useState } from 'react';
import type { ConcernTimelineT, TopicVoicesT } from '../../../graph/api/strategy.js';
import { STANCES } from '../../../graph/schema/nodes.js';
import { useApi } from '../api/client.js';
import { useT } from '../i18n/i18n.js';
import { useStrategyT } from '../i18n/strategyStrings.js';
import { StanceTimeline, TopicStrip } from './concerns/StanceTimeline.js';
import { binPoints } from './concerns/timeBins.js';
import { StanceBadge } from './StanceBadge.js';
import { Status } from './Status.js';
import '../views/dependencies/dependencies.css';
import './concerns/stanceChart.css';

const keyOf = (id: string) => encodeURIComponent(id.slice(id.indexOf(':') + 1));

/** Cases listed at first under the timeline; ten years of them come ten at a time. */
const CASES_SHOWN = 10;

type Counts = ConcernTimelineT['topics'][number]['stances'];

function useStanceText() {
  const { t } = useT();
  return (c: Counts) =>
    STANCES.filter((s) => c[s])
      .map((s) => `${t(`stance.${s}`)} ${c[s]}`)
      .join(' · ');
}

function Timeline({ orgId, onOpen }: { orgId: string; onOpen: (id: string) => void }) {
  const { s } = useStrategyT();
  const { t } = useT();
  const stanceText = useStanceText();
  const [casesShown, setCasesShown] = useState(CASES_SHOWN);
  const res = useApi<ConcernTimelineT>(`/api/organizations/${keyOf(orgId)}/concerns`);
  const d = res.data;
  const frame = d ? binPoints(d.timeline) : undefined;
  // Newest cases first: over ten years the latest are what a reader looks for.
  const cases = d ? [...d.cases].reverse() : [];
  return (
    <Status
      loading={res.loading && !d}
      error={res.error}
      retry={res.retry}
      empty={d && !d.cases.length ? <p className="hint">{t('record.none')}</p> : undefined}
    >
      {d && frame && (
        <div className="concerns" data-testid="concern-timeline">
          <StanceTimeline unit={frame.unit} bins={frame.bins} />
          <h4>{s('concernTopics')}</h4>
          <ul className="concern-topics">
            {d.topics.map((tp) => (
              <li key={tp.id}>
                <button type="button" className="link" onClick={() => onOpen(tp.id)}>
                  {tp.name}
                </button>{' '}
                <span className="muted">
                  {tp.first}
                  {tp.last && tp.last !== tp.first ? ` – ${tp.last}` : ''} · {s(`trend.${tp.trend}`)}
                </span>
                {frame.bins.length > 0 && (
                  <TopicStrip
                    bins={binPoints(tp.points, frame).bins}
                    label={`${tp.name}: ${tp.points.map((p) => `${p.date}: ${p.count}`).join(', ')}`}
                  />
                )}
                <span className="muted record-stances">{stanceText(tp.stances)}</span>
              </li>
            ))}
          </ul>
          <h4>{s('concernCases')}</h4>
          <ul>
            {cases.slice(0, casesShown).map((c) => (
              <li key={c.id}>
                <button type="button" className="link" onClick={() => onOpen(c.id)}>
                  {c.id.replace(/^Case:/, '').replace('-', ' ')} {c.title}
                </button>{' '}
                {c.date && <span className="muted">({c.date})</span>}
                <ul>
                  {c.statements.map((st) => (
                    <li key={st.id}>
                      <StanceBadge stance={st.stance} cue={st.stanceCue} />
                      {st.text}
                    </li>
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
          {cases.length > casesShown && (
            <button type="button" onClick={() => setCasesShown((n) => n + CASES_SHOWN)}>
              {t('timeline.moreCases').replace('{shown}', String(casesShown)).replace('{n}', String(cases.length))}
            </button>
          )}
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

/**
 * In a topic's details: who spoke on it, split by stance ("who supports, who is concerned"): per
 * stance the organisations with how many such statements, then everyone with when.
 */
export function TopicVoices({ topicId, onOpen }: { topicId: string; onOpen: (id: string) => void }) {
  const { s } = useStrategyT();
  const { t } = useT();
  const res = useApi<TopicVoicesT>(`/api/topics/${keyOf(topicId)}/voices`);
  if (!res.data?.voices.length) return null;
  const voices = res.data.voices;
  const byStance = STANCES.map((st) => ({
    stance: st,
    who: voices
      .filter((v) => v.stances[st])
      .sort((a, b) => b.stances[st]! - a.stances[st]! || a.name.localeCompare(b.name, 'nb')),
  })).filter((g) => g.who.length);
  return (
    <section className="concerns topic-voices" data-testid="topic-voices">
      <h3>{t('voices.byStance')}</h3>
      <dl className="voices-by-stance">
        {byStance.map((g) => (
          <div key={g.stance}>
            <dt>
              <span className={`stance stance-${g.stance}`}>{t(`stance.${g.stance}`)}</span>
            </dt>
            <dd>
              {g.who.map((v, i) => (
                <span key={v.id}>
                  {i > 0 && ', '}
                  <button type="button" className="link" onClick={() => onOpen(v.id)}>
                    {v.name}
                  </button>{' '}
                  <span className="muted">({v.stances[g.stance]})</span>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <h3>{s('statedBy')}</h3>
      <ul>
        {voices.map((v) => (
          <li key={v.id}>
            <button type="button" className="link" onClick={() => onOpen(v.id)}>
              {v.name}
            </button>{' '}
            <span className="muted">
              ({v.statements} {s('statementsShort')}
              {v.dates.length ? `: ${v.dates[0]}${v.dates.length > 1 ? ` – ${v.dates[v.dates.length - 1]}` : ''}` : ''})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
