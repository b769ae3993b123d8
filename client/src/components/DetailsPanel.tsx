import type { EdgeSourcesT, ElementsT, EntityT, MeetingDetailT } from '../../../graph/api/responses.js';
import { edgeKind } from '../../../graph/api/edgeId.js';
import { q, useApi } from '../api/client.js';
import type { DrawnElements } from '../state/drawnElements.js';
import { isGroupId } from '../state/groupElements.js';
import { useT } from '../i18n/i18n.js';
import { KIND_STYLE } from '../kinds.js';
import { ActorRecord } from './actorRecord/ActorRecord.js';
import { CommitteeAtDate, PersonMemberships } from './memberships/Memberships.js';
import { ConcernTimeline, TopicVoices } from './ConcernTimeline.js';
import { SourceList } from './SourceList.js';
import { Status } from './Status.js';
import { FollowButton, type FeedScope } from './FollowButton.js';

const FEED_SCOPE: Record<string, FeedScope | undefined> = {
  Topic: 'topics',
  Committee: 'committees',
  Organization: 'organizations',
};

/** Properties shown first, in reading order; the rest follow. */
const PROP_ORDER = ['committee', 'number', 'type', 'date', 'startDate', 'endDate', 'place', 'category'];
const rank = (k: string) => (PROP_ORDER.includes(k) ? PROP_ORDER.indexOf(k) : PROP_ORDER.length);

const HIDDEN_PROPS = new Set([
  'id',
  'key',
  'title',
  'name',
  'text',
  'decision',
  'proposedDecision',
  'summary',
  'aliases',
  'stub',
]);

function StatementsOfCase({ caseId, onOpen }: { caseId: string; onOpen: (id: string) => void }) {
  const { t } = useT();
  const res = useApi<ElementsT>(
    `/api/neighbourhood?${q({ ids: caseId, depth: 2, kinds: ['Statement', 'Organization', 'Person'], rels: ['ON', 'RAISED', 'RESPONDS_TO'], limit: 400, fold: 'none' })}`,
  );
  const els = res.data;
  const byId = new Map((els?.nodes ?? []).map((n) => [n.data.id, n]));
  const raisers = (sid: string) =>
    (els?.edges ?? [])
      .filter((e) => e.data.type === 'RAISED' && e.data.target === sid)
      .map((e) => byId.get(e.data.source)?.data.label ?? e.data.source);
  const responsesTo = (sid: string) =>
    (els?.edges ?? [])
      .filter((e) => e.data.type === 'RESPONDS_TO' && e.data.target === sid)
      .flatMap((e) => byId.get(e.data.source) ?? []);
  const inputs = (els?.nodes ?? []).filter((n) => n.data.kind === 'Statement' && n.data.category === 'input');
  const textOf = (n: { data: Record<string, unknown> }) => String(n.data.text ?? n.data.label);
  return (
    <Status loading={res.loading && !els} error={res.error} retry={res.retry}>
      {inputs.length > 0 && (
        <section>
          <h3>
            {t('statements')} ({inputs.length})
          </h3>
          <ul className="statement-list">
            {inputs.map((s) => {
              const who = raisers(s.data.id);
              return (
                <li key={s.data.id}>
                  <button type="button" className="link" onClick={() => onOpen(s.data.id)}>
                    <strong>{who.length ? who.join(', ') : t('anonymous')}:</strong> {textOf(s)}
                  </button>
                  {responsesTo(s.data.id).map((r) => (
                    <p key={r.data.id} className="response">
                      ↳ <strong>{raisers(r.data.id).join(', ') || t('anonymous')}:</strong> {textOf(r)}
                    </p>
                  ))}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </Status>
  );
}

function MeetingAgenda({ meetingId, onOpen }: { meetingId: string; onOpen: (id: string) => void }) {
  const { t, value } = useT();
  const res = useApi<MeetingDetailT>(`/api/meetings/${encodeURIComponent(meetingId.replace(/^Meeting:/, ''))}`);
  const m = res.data;
  const present = m?.attendance.filter((a) => a.status === 'present' || a.status === 'substitute').length ?? 0;
  return (
    <Status loading={res.loading && !m} error={res.error} retry={res.retry}>
      {m && (
        <section>
          <h3>{t('agenda')}</h3>
          <ul className="agenda">
            {m.agenda.map((a) => (
              <li key={a.id}>
                <button type="button" className="link" onClick={() => onOpen(a.id)}>
                  {a.number} {a.title}
                </button>
                {a.type && <span className="muted"> · {value(a.type)}</span>}
              </li>
            ))}
          </ul>
          {m.attendance.length > 0 && (
            <p className="muted">
              {t('attendance')}: {present}
            </p>
          )}
        </section>
      )}
    </Status>
  );
}

/** Everything about the selected node or edge, with the quoted source passages. */
export function DetailsPanel({
  selected,
  elements,
  onOpen,
}: {
  selected?: string;
  elements: DrawnElements;
  onOpen: (id: string) => void;
}) {
  const { t, kind, prop, value, relation } = useT();
  const isEdge = selected?.includes('|');
  const entity = useApi<EntityT>(selected && !isEdge ? `/api/entities/${encodeURIComponent(selected)}` : undefined);
  const edge = isEdge ? elements.edges.find((e) => e.data.id === selected) : undefined;
  // Edges carry only the count of their sources; the sources are asked for when one is opened.
  const kindOf = edge && edgeKind(edge.data);
  // An edge to a group stands for several relationships: their sources are on the members' edges.
  const toGroup = !!edge && (isGroupId(edge.data.source) || isGroupId(edge.data.target));
  const edgeSources = useApi<EdgeSourcesT>(
    edge && !toGroup
      ? `/api/edges/sources?${q({
          source: edge.data.source,
          target: edge.data.target,
          type: edge.data.type,
          kind: typeof kindOf === 'string' ? kindOf : undefined,
        })}`
      : undefined,
  );
  if (!selected) return <p className="hint">{t('selectSomething')}</p>;
  if (isEdge) {
    if (!edge) return <p className="hint">{t('selectSomething')}</p>;
    const name = (id: string) => elements.nodes.find((n) => n.data.id === id)?.data.label ?? id;
    const listed = edgeSources.data;
    return (
      <article className="details">
        <h2>{String(edge.data.label)}</h2>
        <p>
          {name(edge.data.source)} → {name(edge.data.target)}
        </p>
        {toGroup && <p className="hint">{t('group.edgeHint').replace('{n}', String(edge.data.count ?? ''))}</p>}
        <Status loading={edgeSources.loading && !listed} error={edgeSources.error} retry={edgeSources.retry}>
          <SourceList sources={listed?.sources ?? []} />
          {listed && listed.total > listed.sources.length && (
            <p className="hint">
              {t('sources.more').replace('{shown}', String(listed.sources.length)).replace('{n}', String(listed.total))}
            </p>
          )}
        </Status>
      </article>
    );
  }
  const e = entity.data;
  const p = (e?.properties ?? {}) as Record<string, unknown>;
  const shown = Object.entries(p)
    .filter(([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && v !== '' && !(Array.isArray(v) && !v.length))
    .sort(([a], [b]) => rank(a) - rank(b));
  return (
    <Status loading={entity.loading && !e} error={entity.error} retry={entity.retry}>
      {e && (
        <article className="details">
          {/* The kind's colour marks the icon only: as text colour some fall below 4.5:1 contrast. */}
          <p className="details-kind">
            <span style={{ color: KIND_STYLE[e.kind]?.color }} aria-hidden>
              {KIND_STYLE[e.kind]?.icon}
            </span>{' '}
            {kind(e.kind)}
          </p>
          <h2>{e.kind === 'Statement' || e.kind === 'ActionItem' ? kind(e.kind) : e.label}</h2>
          {FEED_SCOPE[e.kind] && (
            <FollowButton scope={FEED_SCOPE[e.kind]!} feedKey={e.id.slice(e.id.indexOf(':') + 1)} name={e.label} />
          )}
          {typeof p.text === 'string' && <p className="statement-text">{p.text}</p>}
          {typeof p.summary === 'string' && (
            <section>
              <h3>{t('summary')}</h3>
              <p>{p.summary}</p>
            </section>
          )}
          {typeof p.decision === 'string' && (
            <section className="decision">
              <h3>{t('decision')}</h3>
              <p>{p.decision}</p>
            </section>
          )}
          {typeof p.proposedDecision === 'string' && (
            <section>
              <h3>{t('proposedDecision')}</h3>
              <p>{p.proposedDecision}</p>
            </section>
          )}
          {e.kind === 'Case' && <StatementsOfCase caseId={e.id} onOpen={onOpen} />}
          {e.kind === 'Topic' && !e.relationshipCounts.some((r) => r.type === 'ABOUT' && r.count > 0) && (
            <p className="hint">{t('topicNoCases')}</p>
          )}
          {e.kind === 'Person' && <PersonMemberships personId={e.id} onOpen={onOpen} />}
          {e.kind === 'Committee' && (
            <CommitteeAtDate committees={[{ key: e.id.replace(/^Committee:/, ''), name: e.label }]} onOpen={onOpen} />
          )}
          {(e.kind === 'Organization' || e.kind === 'Person') && <ActorRecord actorId={e.id} onOpen={onOpen} />}
          {e.kind === 'Meeting' && <MeetingAgenda meetingId={e.id} onOpen={onOpen} />}
          {e.kind === 'Organization' && <ConcernTimeline orgId={e.id} onOpen={onOpen} />}
          {e.kind === 'Topic' && <TopicVoices topicId={e.id} onOpen={onOpen} />}
          {shown.length > 0 && (
            <section>
              <h3>{t('properties')}</h3>
              <dl className="props">
                {shown.map(([k, v]) => (
                  <div key={k}>
                    <dt>{prop(k)}</dt>
                    <dd>{Array.isArray(v) ? v.map(value).join(', ') : value(v)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
          <section>
            <h3>{t('relations')}</h3>
            <ul className="rel-counts">
              {e.relationshipCounts.map((r) => (
                <li key={`${r.type}${r.direction}`}>
                  {relation(r.type, r.direction)}: {r.count}
                </li>
              ))}
            </ul>
          </section>
          <SourceList sources={e.sources} />
        </article>
      )}
    </Status>
  );
}
